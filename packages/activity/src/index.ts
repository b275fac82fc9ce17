export { activityCodebooks, activityCodebook, ACTIVITY_FILE_IDS } from './codebook/activity-codebooks.js';
export type { ActivityFileId } from './codebook/activity-codebooks.js';
export { ActivityRules, Link, EditionOptions, Edition, Target, activityRulesOf } from './codebook/rules.js';
export { surveyRegionOf } from './codebook/survey-region-of.js';
export { fromActivityFiles } from './read/from-activity-files.js';
export type { FromActivityFilesOptions } from './read/from-activity-files.js';
export type { Activity, ActivityTables } from './read/activity.js';
