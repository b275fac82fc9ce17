export { analyse, expertsResults, instrumentResults } from './analysis/analyse.js';
export type {
  AnalyseOptions,
  Results,
  InstrumentResults,
  ExpertsResults,
  DomainSkills,
  GroupSkills,
  FunnelResults,
  ProgrammeResults,
  ActivityResults,
  Share,
} from './analysis/analyse.js';
export { activityKeyId, KEY_FIGURE_IDS, toFigures } from './figures/figure-ids.js';
export { computeFigures, tableOf } from './figures/compute-figures.js';
export type { ComputeFiguresOptions } from './figures/compute-figures.js';
export { expertsFileFigures, instrumentFigures } from './figures/instrument-figures.js';
export { validationSummary } from './validation/validation-summary.js';
export type { ValidationSummary, FileValidation, IssueRecord } from './validation/validation-summary.js';
export { buildReportModel } from './model/build-report-model.js';
export type { ReportModel, BuildReportModelOptions } from './model/build-report-model.js';
export { frequencyFigure, frequencyCaption, frequencyOf } from './model/frequency-figure.js';
export type { FrequencyFigureOptions } from './model/frequency-figure.js';
export { reportTableCsv } from './model/report-table-csv.js';
export type { ChartIntent, ChartItem, KeyNumber, ReportFigure, ReportSection, ReportTable, TableColumn, TableCell } from './model/types.js';
export { activityModel } from './model/activity-section.js';
export type { ActivityModel, ActivityKeyNumber } from './model/activity-section.js';
export { buildDocument, formatFigure, TemplateError, SPECIAL_BLOCKS } from './document/report-document.js';
export { signedPoints } from './model/format.js';
export type { ReportDocument, DocumentSection, DocumentBlock, SpecialBlock, BuildDocumentOptions } from './document/report-document.js';
export { DEFAULT_TEMPLATE } from './document/default-template.js';
export { bestPracticesTable } from './model/best-practices-figure.js';
export type { PublishedTable } from './model/best-practices-figure.js';
export { themeDescriptionsTable } from './model/theme-descriptions-table.js';
export { skillDescriptionsTable } from './model/skill-descriptions-table.js';
export { scoringExampleTable } from './model/scoring-example-table.js';
export { publishedSourceLine } from './model/published-source.js';
export { previousFrequencies, previousResults } from './figures/figure-ids.js';
export type { PreviousCrosstab, PreviousExperts, PreviousFlow, PreviousFrequency, PreviousResults, PreviousShare } from './figures/figure-ids.js';
export { yearOverYear } from './model/year-over-year.js';
export type { YearOverYear } from './model/year-over-year.js';
