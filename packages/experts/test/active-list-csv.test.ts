import { readFileSync } from 'node:fs';
import { instrumentOf, optionLabel, readInstruments, toCsv } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { activeList, activeListCsv, excludeFromList, scoreSkills, skillSchemeOf } from '../src/index.js';

const inputs = new Map(
  ['experts', 'attendees', 'consultations', 'guidance'].map((id) => [id, { bytes: readFileSync(new URL(`../../../data/fy2024/${id}.csv`, import.meta.url)), file: `${id}.csv` }]),
);
const codebook = instrumentOf(fy2024, 'experts');
const experts = readInstruments(inputs, { codebooks: fy2024 }).get('experts')!.table;
const scores = scoreSkills(experts, { codebook });
const list = activeList(experts, { codebook, scores, eligibility: excludeFromList(experts, { codebook, scores }) });
const csv = activeListCsv(list, { codebook });
const lines = csv.slice(1).split('\r\n');

describe('activeListCsv on FY2024', () => {
  test('one line per listed specialist under a Japanese header, UTF-8 with BOM and CRLF', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(list.numRows()).toBe(203);
    const scheme = skillSchemeOf(codebook);
    expect(lines[0]).toContain(`${scheme.domains[0]!.id} ${scheme.domains[0]!.label}`);
    expect(lines[0]).toContain(codebook.columns.find((c) => c.id === 'support_regions')!.label);
  });

  test('every cell is the label of its code, worked out here from the table row by row', () => {
    const scheme = skillSchemeOf(codebook);
    const names = list.columnNames();
    const rows = list.objects() as Record<string, unknown>[];
    const expected = rows.map((r) =>
      names.map((c) => {
        const v = r[c];
        const domain = scheme.domains.find((d) => `${d.id}_rating` === c);
        if (domain) return scheme.ratings.find((x) => x.code === v)?.label ?? '';
        if (v == null) return '';
        if (Array.isArray(v)) return v.map((code: string) => optionLabel(codebook, c, code)).join('、');
        const type = codebook.columns.find((x) => x.id === c)?.type;
        return type === 'single' || type === 'prefecture' ? optionLabel(codebook, c, String(v)) : typeof v === 'number' ? v : String(v);
      }),
    );
    expect(csv.slice(csv.indexOf('\r\n') + 2)).toBe(toCsv([], expected, { bom: false }).slice(2));
    expect(csv.split('\r\n')).toHaveLength(203 + 2);
  });

  test('a list longer than one block of rows is the same rows in the same order', () => {
    const long = list.concat(...Array.from({ length: 24 }, () => list));
    expect(long.numRows()).toBe(25 * 203);
    const body = csv.slice(csv.indexOf('\r\n') + 2);
    expect(activeListCsv(long, { codebook })).toBe(csv + body.repeat(24));
  });
});
