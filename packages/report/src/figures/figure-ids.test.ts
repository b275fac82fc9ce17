import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadActivity } from '@smesec/activity/node';
import { ratingTable } from '@smesec/experts';
import { fy2024, programmeOf } from '@smesec/programme';
import { readInstruments } from '@smesec/survey';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { analyse } from '../analysis/analyse.js';
import { buildReportModel } from '../model/build-report-model.js';
import { activityKeyId, KEY_FIGURE_IDS, toFigures } from './figure-ids.js';

const root = new URL('../../../../', import.meta.url).pathname;
const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`${root}data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));
const results = analyse(readInstruments(inputs, { codebooks: fy2024 }), { programme: programmeOf(fy2024), activity: loadActivity(`${root}data/program-activity`) });
const figures = toFigures(results);
const docs = readFileSync(`${root}docs/figure-ids.md`, 'utf8');

/** The id patterns of the table rows of docs/figure-ids.md that start with `prefix`, as regular expressions. */
function documented(prefix: string): { pattern: string; re: RegExp }[] {
  return [...docs.matchAll(new RegExp(`^\\| \`(${prefix.replace(/\./g, '\\.')}[^\`]*)\``, 'gm'))].map((m) => {
    const pattern = m[1]!.replace(/\\\|/g, '|');
    const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/<([^>]+)>/g, (_, alts: string) => (alts.includes('|') ? `(${alts})` : '[A-Za-z0-9_]+'))}$`);
    return { pattern, re };
  });
}

describe('activity.* ids, flattened from activitySummary', () => {
  test('docs/figure-ids.md states the bundled values', () => {
    const stated: Record<string, number> = {
      'activity.communities.count': 25,
      'activity.practices.edition.3.count': 14,
      'activity.practices.edition.2.count': 32,
      'activity.practices.edition.3.purpose.more_participants.count': 9,
      'activity.practices.edition.2.purpose.involve_institutions.count': 17,
      'activity.events.count': 83,
      'activity.measures.count': 31,
      'activity.program.security_action_declarations_total': 71610,
      'activity.program.otasuketai_participating_smes.max': 200,
      'activity.practices.count': 46,
      'activity.practices.edition.2.purpose.engage_companies.practices': 16,
      'activity.communities.region.kyushu.count': 6,
      'activity.communities.region.missing': 0,
      'activity.practices.region.kyushu.count': 10,
      'activity.practices.region.missing': 2,
      'activity.communities.prefectures_covered': 26,
      'activity.events.dated.count': 59,
      'activity.events.prefectures_covered': 20,
      'activity.measures.reposted.count': 3,
      'activity.measures.category.smes.count': 10,
      'activity.measures.category.youth.count': 12,
      'activity.measures.category.regional.count': 6,
    };
    for (const [id, value] of Object.entries(stated)) expect([id, figures[id]]).toEqual([id, value]);
  });

  test('every documented pattern is produced, and every activity id is documented', () => {
    const patterns = documented('activity.');
    expect(patterns).toHaveLength(18);
    const ids = Object.keys(figures).filter((id) => id.startsWith('activity.'));
    for (const p of patterns) expect([p.pattern, ids.some((id) => p.re.test(id))]).toEqual([p.pattern, true]);
    expect(ids.filter((id) => !patterns.some((p) => p.re.test(id)))).toEqual([]);
  });

  test('one id per count of the summary: editions, purposes, regions, categories and stated rows', () => {
    const s = results.activity!.summary;
    const count = (re: RegExp) => Object.keys(figures).filter((id) => re.test(id)).length;
    expect(count(/^activity\.practices\.edition\.[^.]+\.count$/)).toBe(s.practices.editions.length);
    expect(count(/^activity\.practices\.edition\.[^.]+\.purpose\.[^.]+\.(count|practices)$/)).toBe(2 * s.practices.purposes.length);
    expect(count(/^activity\.(communities|practices)\.region\.[^.]+\.count$/)).toBe(2 * s.regions.rows.length);
    expect(count(/^activity\.measures\.category\.[^.]+\.count$/)).toBe(s.measures.categories.length);
    expect(count(/^activity\.program\./)).toBe(s.program.length + s.program.filter((p) => p.max !== null).length);
  });

  test('every key number of the activity section is named by its figure id, with the same value', () => {
    const model = buildReportModel(results, { figures });
    const keys = model.activity!.view.keyNumbers;
    expect(keys).toHaveLength(7);
    for (const k of keys) expect([k.id, figures[k.id]]).toEqual([k.id, k.value]);
    expect(keys.map((k) => k.id).slice(3)).toEqual(['activity.practices.edition.3.count', 'activity.practices.edition.2.count', 'activity.communities.count', 'activity.events.count']);
    expect(activityKeyId({ kind: 'program', figureId: 'x_y' })).toBe('activity.program.x_y');
  });
});

describe('experts.* and guidance.assignment_fit.* ids', () => {
  test('what the list offers: every documented pattern is produced, with the typed counts', () => {
    const patterns = documented('experts.active_list.').filter((p) => /\.(theme|support|nationwide|fee|menu|content)/.test(p.pattern));
    expect(patterns).toHaveLength(6);
    for (const p of patterns) expect([p.pattern, Object.keys(figures).some((id) => p.re.test(id))]).toEqual([p.pattern, true]);
    const o = results.experts!.offer;
    for (const t of o.themes) expect(figures[`experts.active_list.theme.${t.code}.count`]).toBe(t.count);
    for (const m of o.menus) {
      expect(figures[`experts.active_list.menu.${m.code}.count`]).toBe(m.count);
      for (const c of m.contents) expect(figures[`experts.active_list.content.${c.code}.count`]).toBe(c.count);
    }
    expect(Object.keys(figures).filter((id) => /^experts\.active_list\.support_coverage\.\d\d\.count$/.test(id))).toHaveLength(47);
    expect(figures['experts.active_list.support_coverage.prefectures_covered']! + figures['experts.active_list.support_coverage.prefectures_uncovered']!).toBe(47);
    expect(figures['experts.active_list.nationwide.count']).toBe(o.nationwide);
    expect(figures['experts.active_list.fee_band.missing']).toBe(o.feeBands.missing);
  });

  test('assignment fit: documented, and every FY2024 assignment fits', () => {
    const patterns = documented('guidance.assignment_fit.');
    expect(patterns).toHaveLength(3);
    for (const p of patterns) expect([p.pattern, Object.keys(figures).some((id) => p.re.test(id))]).toEqual([p.pattern, true]);
    expect(Object.fromEntries(Object.entries(figures).filter(([id]) => id.startsWith('guidance.assignment_fit.')))).toEqual({
      'guidance.assignment_fit.n': 35,
      'guidance.assignment_fit.listed.count': 35,
      'guidance.assignment_fit.theme_ok.count': 35,
      'guidance.assignment_fit.region_ok.count': 35,
      'guidance.assignment_fit.all_ok.count': 35,
      'guidance.assignment_fit.misfit.count': 0,
    });
  });

  test('the rating ids agree with ratingTable, one per domain and rating', () => {
    const codebook = results.programme.experts.codebook;
    const scheme = results.programme.experts.rules.skills;
    const rows = ratingTable(results.experts!.scores, { codebook }).objects() as { domain: string; code: string; count: number }[];
    const ids = Object.keys(figures).filter((id) => id.startsWith('experts.rating.'));
    expect(ids).toHaveLength(scheme.domains.length * scheme.ratings.length);
    for (const id of ids) {
      const [, , domain, code] = id.split('.');
      expect(rows.find((r) => r.domain === domain && r.code === code)?.count, id).toBe(figures[id]);
    }
  });

  test('the key numbers are named by ids the flattening wrote', () => {
    for (const id of Object.values(KEY_FIGURE_IDS)) expect([id, figures[id]]).toEqual([id, expect.any(Number)]);
  });
});

describe('figure-ids.ts is the only writer of figure ids', () => {
  const packages = join(root, 'packages');
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) sources.push(path);
    }
  };
  for (const pkg of readdirSync(packages)) walk(join(packages, pkg, 'src'));
  const OWNER = 'report/src/figures/figure-ids.ts';
  // The generic pieces of the grammar (`<prefix>.<code>.count`, crosstab margins), called by figure-ids.ts alone.
  const GRAMMAR = 'survey/src/figures/figures.ts';

  /** Each string literal and template of a source, with template holes as `${}`; comments are not literals. */
  function literals(file: string): { line: number; text: string; template: boolean }[] {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const out: { line: number; text: string; template: boolean }[] = [];
    const visit = (n: ts.Node) => {
      const line = () => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push({ line: line(), text: n.text, template: false });
      else if (ts.isTemplateExpression(n)) out.push({ line: line(), text: n.head.text + n.templateSpans.map((s) => '${}' + s.literal.text).join(''), template: true });
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return out;
  }

  /**
   * A literal that writes an id: one starting with an instrument or section prefix (`experts.`,
   * `activity.`, …; not a file name such as `experts.csv`), or a template that puts a value into a
   * dotted id ending in one of the grammar's measures (`${x}.count`, `${x}.pct`, …).
   */
  const PREFIX = /^(experts|attendees|consultations|guidance|funnel|activity)\.(?!(csv|xlsx|json|arrow|parquet|md)$)[a-z_$]/;
  const MEASURE = /\.(count|pct|base|missing|sum|distinct|max|n)(\.|$)/;
  const writesId = (l: { text: string; template: boolean }) => PREFIX.test(l.text) || (l.template && l.text.includes('${}') && MEASURE.test(l.text));

  test('the rule finds the id writers that were removed, and passes labels and file names', () => {
    expect(writesId({ text: 'activity.practices.edition.${}.count', template: true })).toBe(true);
    expect(writesId({ text: '${}.theme.${}.count', template: true })).toBe(true);
    expect(writesId({ text: 'guidance.assignment_fit', template: false })).toBe(true);
    expect(writesId({ text: 'experts.n', template: false })).toBe(true);
    for (const text of ['experts.csv', 'experts.xlsx', 'x.pct', '${}.csv', '${}（${}件）', 'activity-purposes', 'data/fy2024/experts.csv', '出典: ${}', '${}.${}']) expect([text, writesId({ text, template: text.includes('${}') })]).toEqual([text, false]);
  });

  test('no source outside figure-ids.ts writes an id', () => {
    expect(sources.length).toBeGreaterThan(100);
    const found = sources
      .filter((f) => !f.endsWith(OWNER) && !f.endsWith(GRAMMAR))
      .flatMap((f) => literals(f).filter(writesId).map((l) => `${relative(root, f)}:${l.line}: ${l.text}`));
    expect(found).toEqual([]);
    // The owner does write them (so the rule reads the sources as it should).
    expect(literals(sources.find((f) => f.endsWith(OWNER))!).filter(writesId).length).toBeGreaterThan(40);
  });

  test('the generic grammar is called from figure-ids.ts alone', () => {
    const callers = sources.filter((f) => !f.endsWith(GRAMMAR) && /\b(frequencyFigures|crosstabFigures)\(/.test(readFileSync(f, 'utf8')));
    expect(callers.map((f) => relative(packages, f))).toEqual([OWNER]);
  });
});
