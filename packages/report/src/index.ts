export { computeFigures, tableOf } from './figures/compute-figures.js';
export type { ComputeFiguresOptions } from './figures/compute-figures.js';
export { instrumentFigures } from './figures/instrument-figures.js';
export { programmeFigures } from './figures/programme-figures.js';
export type { ProgrammeTables } from './figures/programme-figures.js';
export { validationSummary } from './validation/validation-summary.js';
export type { ValidationSummary, FileValidation, IssueRecord } from './validation/validation-summary.js';
