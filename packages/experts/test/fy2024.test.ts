import { readFileSync } from 'node:fs';
import { instrumentOf, readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { activeList, assignmentFit, canSupport, excludeFromList, listOffer, matchSpecialists, publicRecords, scoreSkills, searchSpecialists } from '../src/index.js';

// The synthetic FY2024 microdata, calibrated to the published report (data/fy2024).
const inputs = new Map(
  ['experts', 'attendees', 'consultations', 'guidance'].map((id) => [id, { bytes: readFileSync(new URL(`../../../data/fy2024/${id}.csv`, import.meta.url)), file: `${id}.csv` }]),
);
const results = readInstruments(inputs, { codebooks: fy2024 });
const codebook = instrumentOf(fy2024, 'experts');
const experts = results.get('experts')!.table;
const scores = scoreSkills(experts, { codebook });
const eligibility = excludeFromList(experts, { codebook, scores });
const records = publicRecords(activeList(experts, { codebook, scores, eligibility }), { codebook });

type Row = { respondent_id: string; name: string | null; guidance_themes: string[]; support_regions: string[]; fee_band: string | null };
const rows = experts.objects() as Row[];
const listed = eligibility.array('listed') as ArrayLike<boolean>;
const unlisted = rows.filter((_, i) => !listed[i]);

test('the records are the 203 listed specialists of the report', () => {
  expect(records).toHaveLength(203);
  expect(unlisted).toHaveLength(18);
});

describe('search on FY2024: クラウドサービスの安全利用 in 大阪府', () => {
  const result = searchSpecialists(records, { themes: ['cloud'], region: '27' }, { codebook });
  // Computed from the raw table, independently of the records and the search.
  const expected = rows.filter((r, i) => listed[i] && r.guidance_themes.includes('cloud') && canSupport(r.support_regions, '27')).map((r) => r.respondent_id);

  test('exactly the listed specialists who handle the theme and reach 大阪府', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(result.hits.map((h) => h.record.id).sort()).toEqual([...expected].sort());
  });

  test('each hit has its reasons; 全国 is said so', () => {
    for (const h of result.hits) {
      const explicit = (h.record.fields['support_regions'] as string[]).includes('27');
      expect(h.reasons).toEqual(['対応テーマ: クラウドサービスの安全利用', explicit ? '支援可能地域: 大阪府' : '支援可能地域: 大阪府（全国対応）']);
    }
  });

  test('most relevant first, then id', () => {
    for (let k = 1; k < result.hits.length; k++) {
      const [a, b] = [result.hits[k - 1]!, result.hits[k]!];
      expect(a.relevance.score > b.relevance.score || (a.relevance.score === b.relevance.score && a.record.id < b.record.id)).toBe(true);
    }
  });
});

test('a fee ceiling keeps bands at or below it and never a blank band', () => {
  const bands = ['lt20k', '20k_30k', '30k_40k', '40k_50k', '50k_plus'];
  const result = searchSpecialists(records, { feeCeiling: '20k_30k' }, { codebook });
  expect(result.matched).toBe(rows.filter((r, i) => listed[i] && r.fee_band != null && bands.indexOf(r.fee_band) <= 1).length);
  for (const h of result.hits) expect(['lt20k', '20k_30k']).toContain(h.record.fields['fee_band']);
});

test('no search, match or figure names an unlisted specialist', () => {
  const outputs = [
    searchSpecialists(records, {}, { codebook }),
    searchSpecialists(records, { menu: 'incident', region: '11' }, { codebook }),
    matchSpecialists({ topics: ['getting_started'], industry: 'medical_welfare', prefecture: '11' }, records, { codebooks: fy2024 }),
  ];
  const json = JSON.stringify(outputs);
  for (const r of unlisted) {
    expect(json).not.toContain(`"${r.respondent_id}"`);
    if (r.name) expect(json).not.toContain(r.name);
  }
});

test('matching is deterministic on FY2024', () => {
  const c = { topics: ['guideline'], industry: 'manufacturing_auto', prefecture: '23', theme: 'rules' };
  const once = matchSpecialists(c, records, { codebooks: fy2024 }).matches.map((m) => [m.record.id, m.score]);
  const shuffled = [...records].sort((a, b) => (a.email ?? '').localeCompare(b.email ?? ''));
  expect(matchSpecialists(c, shuffled, { codebooks: fy2024 }).matches.map((m) => [m.record.id, m.score])).toEqual(once);
  expect(once.length).toBeGreaterThan(0);
});

test('every FY2024 guidance assignment fits: expert listed, theme handled, region supported', () => {
  const fit = assignmentFit(results.get('guidance')!.table, experts, { codebook, eligibility });
  expect(fit.misfits).toEqual([]);
  expect(fit.counts).toEqual({ n: 35, listed: 35, themeOk: 35, regionOk: 35, allOk: 35, misfit: 0 });
});

test('what the list offers on FY2024 agrees with the coverage of the listed rows', () => {
  const f = listOffer(records, { codebook });
  expect(f.themes.find((t) => t.code === 'cloud')?.count).toBe(rows.filter((r, i) => listed[i] && r.guidance_themes.includes('cloud')).length);
  expect(f.support.prefectures.find((p) => p.code === '27')?.count).toBe(rows.filter((r, i) => listed[i] && canSupport(r.support_regions, '27')).length);
});
