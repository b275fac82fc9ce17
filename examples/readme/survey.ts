// The example of packages/survey/README.md ("Use it"), run by examples/readme.test.ts.
// --- README example: begin
import { instrumentOf, tabulate } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';

const codebook = instrumentOf(fy2024, 'attendees'); // the questionnaire as data: columns, options, routing
const { table, encoding } = loadCsv('data/fy2024/attendees.csv', { codebook }); // validated; cells become codes
const f = tabulate(table, 'desired_support', { codebook }); // a multiple answer: base = valid respondents
console.log(encoding, f.base, f.n, f.missing); // utf-8-bom valid 100 5
console.log(f.items[0]); // { code: 'education', label: '従業員向けセキュリティ教育', count: 62, pct: 62, ci: [ 52.2…, 70.9… ] }
// --- README example: end
