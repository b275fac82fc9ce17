/**
 * Node entry: the report's tables as an Excel workbook. Kept apart from the core so that code
 * bundled for browsers does not carry the workbook writer.
 */
export { tablesWorkbook, displayWidth, captionN } from './xlsx/tables-workbook.js';
export type { TablesWorkbookOptions, TableSheet } from './xlsx/tables-workbook.js';
