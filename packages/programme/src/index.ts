export { fy2024, fy2024Programme } from './fy2024.js';
export {
  SkillGroup,
  ProgrammeSkills,
  ExpertsRules,
  AttendeesRules,
  ConsultationsRules,
  GuidanceRules,
  ProgrammeCodebookError,
  programmeFromJson,
  programmeFromValue,
  programmeOf,
  jsonPath,
} from './programme.js';
export type { Programme, ProgrammeInstrument, CodebookProblem } from './programme.js';
export type { ColumnIds as Fy2024ColumnIds, ExpertsColumnId, AttendeesColumnId, ConsultationsColumnId, GuidanceColumnId } from './codebook/fy2024/column-ids.js';
export { bestPracticesCodebook, readBestPractices, BestPracticesSource } from './best-practices.js';
export type { BestPractice, BestPracticesRead } from './best-practices.js';
