// The example of packages/interop/README.md, run by examples/readme.test.ts.
// --- README example: begin
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';
import { respondentTable, tableArrow, tableParquet } from '@smesec/interop';

const codebook = instrumentOf(fy2024, 'experts');
const { table } = loadCsv('data/fy2024/experts.csv', { codebook }); // 221 respondents, as codes
const tidy = respondentTable(table, { codebook }); // codebook columns, personal ones left out
const arrow = tableArrow(tidy, { codebook }); // Uint8Array: an .arrow (IPC file) with typed columns
const parquet = tableParquet(tidy, { codebook }); // Uint8Array: a .parquet, multiple answers as LIST
console.log(tidy.numRows(), tidy.columnNames().includes('email'), arrow.byteLength > 0, parquet.byteLength > 0); // 221 false true true
// --- README example: end
