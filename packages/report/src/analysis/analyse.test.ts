import { readFileSync } from 'node:fs';
import { fy2024, programmeOf } from '@smesec/programme';
import { readInstruments, type CodebookSet } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { toFigures } from '../figures/figure-ids.js';
import { buildReportModel } from '../model/build-report-model.js';
import { analyse } from './analyse.js';

const root = new URL('../../../../', import.meta.url).pathname;
const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`${root}data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));

/** Run the analysis, the figures and the model with a codebook set. */
function run(codebooks: CodebookSet) {
  const results = analyse(readInstruments(inputs, { codebooks }), { programme: programmeOf(codebooks) });
  const figures = toFigures(results);
  return { figures, model: buildReportModel(results, { figures }) };
}

type Json = { [k: string]: Json } & Json[] & { code: string; in: string[]; class: string; id: string; options: Json[] };

/** FY2024 with codes renamed as another year's codebook.json might: a class, a status, a chamber, a yes. */
function renamed(): CodebookSet {
  const set = JSON.parse(JSON.stringify(fy2024)) as { instruments: Json[] };
  const [experts, attendees, , guidance] = set.instruments as [Json, Json, Json, Json];
  const skills = experts['rules']!['skills']!;
  for (const c of skills['ability']!['classes']!) if (c.code === 'solo') c.code = 'alone';
  for (const g of skills['groups']!) if (g.class === 'solo') g.class = 'alone';
  const option = (cb: Json, column: string, from: string, to: string) => {
    for (const o of cb['columns']!.find((c: Json) => c.id === column)!.options) if (o.code === from) o.code = to;
  };
  option(experts, 'chamber_connection', 'yes', 'ari');
  experts['rules']!['chamberConnection']!.in = ['ari'];
  option(attendees, 'chamber', 'osaka', 'osk');
  option(guidance, 'status', 'done', 'implemented');
  for (const c of guidance['columns']!) if (c['askedWhen']) c['askedWhen'].in = ['implemented'];
  guidance['rules']!['guided']!.in = ['implemented'];
  return set as unknown as CodebookSet;
}

const BACK: Readonly<Record<string, string>> = { alone: 'solo', ari: 'yes', osk: 'osaka', implemented: 'done' };
/** A string with the renamed codes put back, where they stand as a whole segment of an id or key. */
const back = (s: string) => s.replace(/(^|[._])(alone|ari|osk|implemented)(?=$|[._])/g, (_m, p: string, c: string) => `${p}${BACK[c]}`);

/** Every string of a value, deep. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('renaming codes in the codebook changes no number', () => {
  const before = run(fy2024);
  const after = run(renamed());

  test('every figure keeps its value under its renamed id', () => {
    const mapped = Object.fromEntries(Object.entries(after.figures).map(([id, v]) => [back(id), v]));
    expect(Object.keys(mapped).sort()).toEqual(Object.keys(before.figures).sort());
    expect(mapped).toEqual(before.figures);
    expect(after.figures['experts.ability.S5.alone.count']).toBe(before.figures['experts.ability.S5.solo.count']);
  });

  test('the model reads the same numbers and no text says NaN', () => {
    expect(strings(after.model.sections).filter((s) => s.includes('NaN'))).toEqual([]);
    expect(strings(after.model.keyNumbers).filter((s) => s.includes('NaN'))).toEqual([]);
    expect(after.model.keyNumbers.map((k) => k.value)).toEqual(before.model.keyNumbers.map((k) => k.value));
    expect(strings(after.model.sections).map(back)).toEqual(strings(before.model.sections));
    expect(after.model.sections.find((s) => s.id === 'experts-skills')?.lead).toMatch(/^S2・S3（リスクの識別、対策の実践）では約\d+%が「単独での支援が可能」、S5・S6（インシデント対応・復旧）では約\d+%が「実践的な運用には至っていない」と回答しています。$/);
  });

  test('a model without an instrument it needs is an error, not zeros', () => {
    const results = analyse(new Map([...readInstruments(inputs, { codebooks: fy2024 })].filter(([id]) => id !== 'guidance')), { programme: programmeOf(fy2024) });
    expect(() => buildReportModel(results, { figures: toFigures(results) })).toThrow(/^the report needs .*guidance/);
  });
});
