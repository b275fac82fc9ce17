import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { activeListRulesOf, skillSchemeOf } from '@smesec/experts';
import type { Codebook, Column, Figures } from '@smesec/survey';
import { figuresOf, isMulti, TABULATED, type ColumnCounts, type ExpertCounts } from './counts.js';
import { labelCodes } from './label-codes.js';

type Row = Record<string, string | undefined>;

/**
 * The naive way: the whole file decoded at once, papaparse to one object per row, then plain
 * loops with label → code maps. It shows what the library's compiled, column-wise reading saves.
 * UTF-8 only and no validation: it trusts the file.
 */
export function baselineFigures(path: string, { codebook }: { codebook: Codebook }): Figures {
  const text = new TextDecoder().decode(readFileSync(path)).replace(/^\ufeff/, '');
  const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
  const missing = new Set(codebook.missing);
  const maps = new Map(codebook.columns.map((c) => [c.id, labelCodes(c)]));
  const one = (row: Row, c: Column): string | null => {
    const raw = (row[c.id] ?? '').trim();
    return raw === '' || missing.has(raw) ? null : (maps.get(c.id)!.get(raw) ?? null);
  };
  const many = (row: Row, c: Column): string[] => {
    const raw = (row[c.id] ?? '').trim();
    if (raw === '' || missing.has(raw)) return [];
    return raw.split(';').map((s) => maps.get(c.id)!.get(s.trim())).filter((s): s is string => s !== undefined);
  };
  const tabulated = codebook.columns.filter((c) => TABULATED.has(c.type));
  const columns = new Map<string, ColumnCounts>(tabulated.map((c) => [c.id, { asked: 0, missing: 0, counts: new Map(), ...(c.type === 'scale' ? { sum: 0 } : {}) }]));
  const scheme = skillSchemeOf(codebook);
  const exclusions = activeListRulesOf(codebook).exclusions;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const nested = () => new Map<string, Map<string, number>>();
  const rating = nested();
  const ability = nested();
  const abilityBy: ExpertCounts['abilityBy'] = new Map(['experience_years', 'affiliation'].map((b) => [b, new Map()]));
  const exclusion = new Map<string, number>();
  const chamber = new Map<string, number>();
  const supportExplicit = new Map<string, number>();
  let nationwide = 0;
  const classes = [...scheme.ability.classes].sort((a, b) => b.min - a.min);
  for (const row of rows) {
    const coded = new Map<string, string | null | string[]>();
    for (const c of tabulated) coded.set(c.id, isMulti(c) ? many(row, c) : one(row, c));
    for (const c of tabulated) {
      const cc = columns.get(c.id)!;
      const gate = c.askedWhen ? coded.get(c.askedWhen.column) : undefined;
      if (c.askedWhen && !(typeof gate === 'string' && c.askedWhen.in.includes(gate))) continue;
      cc.asked++;
      const v = coded.get(c.id);
      if (v == null || (Array.isArray(v) && v.length === 0)) {
        cc.missing++;
        continue;
      }
      for (const code of Array.isArray(v) ? v : [v]) bump(cc.counts, code);
      if (cc.sum !== undefined) cc.sum += Number(v);
    }
    const answer = (col: string) => {
      const v = coded.get(col);
      return typeof v === 'string' ? Number(v) : null;
    };
    let answered = 0;
    for (const d of scheme.domains) {
      let notHeld = 0;
      const values: number[] = [];
      for (const sub of d.subitems) {
        let sum = 0;
        for (const col of sub.columns) {
          const v = answer(col);
          if (v !== null) answered++;
          sum += v ?? scheme.missingAs;
          values.push(v ?? scheme.ability.missingAs);
        }
        if (sum < scheme.passMarks[String(sub.columns.length)]!) notHeld++;
      }
      const r = scheme.ratings.find((x) => x.maxNotHeld === undefined || notHeld <= x.maxNotHeld)!.code;
      values.sort((a, b) => a - b);
      const m = values[Math.floor((values.length - 1) / 2)]!;
      const a = (classes.find((c) => m >= c.min) ?? classes[classes.length - 1]!).code;
      bump(rating.get(d.id) ?? rating.set(d.id, new Map()).get(d.id)!, r);
      bump(ability.get(d.id) ?? ability.set(d.id, new Map()).get(d.id)!, a);
      for (const [by, m2] of abilityBy) {
        const rv = coded.get(by);
        if (typeof rv !== 'string') continue;
        const dm = m2.get(d.id) ?? m2.set(d.id, new Map()).get(d.id)!;
        bump(dm.get(rv) ?? dm.set(rv, new Map()).get(rv)!, a);
      }
    }
    const ex = exclusions.find((e) => ('allSkillsMissing' in e.when ? answered === 0 : e.when.in.includes(String(coded.get(e.when.column)))));
    bump(exclusion, ex?.reason ?? 'listed');
    const pref = coded.get('residence_prefecture');
    if (coded.get('chamber_connection') === 'yes' && typeof pref === 'string') bump(chamber, pref);
    const regions = coded.get('support_regions') as string[];
    if (regions.includes('nationwide')) nationwide++;
    else for (const p of new Set(regions)) bump(supportExplicit, p);
  }
  return figuresOf({ n: rows.length, columns, rating, ability, abilityBy, exclusion, chamber, supportExplicit, nationwide }, { codebook });
}
