// The example of packages/report/README.md ("Use it"), run by examples/readme.test.ts.
// --- README example: begin
import { readFileSync } from 'node:fs';
import { readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { computeFigures } from '@smesec/report';

const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));
const results = readInstruments(inputs, { codebooks: fy2024 }); // strict: one ValidationError lists every bad cell
const figures = computeFigures(results, { codebooks: fy2024 }); // figure id → number, as figures.json holds it
console.log(figures['funnel.attended'], figures['funnel.matched'], figures['experts.n']); // 105 35 221
// --- README example: end
