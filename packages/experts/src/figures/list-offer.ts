import { countIds, storedColumn, type Codebook, type Coded } from '@smesec/survey';
import type { PublicRecord, PublicValue } from '../records/public-record.js';
import { assertCatalogue } from '../search/check-catalogue.js';
import type { ColumnTable } from 'arquero';
import { activeListRulesOf, type ActiveListRules } from '../active-list/eligibility.js';
import { codedColumnOf } from '../active-list/picked-column.js';
import { listColumns, plain, recordId } from '../records/public-records.js';
import { codesOf, meetsRequirement } from '../search/requirement.js';
import { supportMenus, type Requirement, type SupportMenuCatalogue } from '../search/support-menus.js';
import { SEARCH_COLUMNS, vocabularyOf, type Term } from '../search/vocabulary.js';

export interface ListOfferOptions {
  /** The experts codebook. */
  codebook: Codebook;
  /** Support menus and contents (default: the FY2024 catalogue). */
  catalogue?: SupportMenuCatalogue;
}

/** A code of the codebook or the catalogue, with its label and the listed specialists counted. */
export interface OfferCount extends Term {
  readonly count: number;
}

/** What the active list offers, counted over its public records (listed specialists only). */
export interface ListOffer {
  /** Specialists handling each guidance theme, in codebook order. */
  readonly themes: readonly OfferCount[];
  /** Specialists able to support each prefecture (全国 counts for all 47), in JIS order. */
  readonly support: { readonly prefectures: readonly OfferCount[]; readonly covered: number; readonly uncovered: number };
  /** Specialists supporting 全国. */
  readonly nationwide: number;
  /** Specialists per fee band (cheapest first), and those who give none. */
  readonly feeBands: { readonly bands: readonly OfferCount[]; readonly missing: number };
  /**
   * Per Step 1 menu, the specialists able to take at least one of its contents, and per Step 2
   * content those meeting it.
   */
  readonly menus: readonly (OfferCount & { readonly contents: readonly OfferCount[] })[];
}

/**
 * The tallies of `listOffer`, each added for one record, or once for `m` records alike in what it
 * counts: the codes of a multiple answer (a record counts once per code it holds, however often
 * the code repeats), a fee band, and which contents of the catalogue (numbered across its menus)
 * a record meets.
 */
interface OfferTally {
  themes(codes: readonly string[], m: number): void;
  reach(codes: readonly string[], m: number): void;
  fee(fee: PublicValue | undefined, m: number): void;
  menus(meets: (content: number) => boolean, m: number): void;
  result(): ListOffer;
}

function offerTally(codebook: Codebook, catalogue: SupportMenuCatalogue): OfferTally {
  assertCatalogue(catalogue, codebook);
  const v = vocabularyOf(codebook);
  const themes = new Map<string, number>();
  const regions = new Map<string, number>();
  const fees = new Map<string, number>();
  let nationwide = 0;
  let feeMissing = 0;
  const menus = catalogue.menus;
  const menuCounts = menus.map((m) => ({ any: 0, contents: m.contents.map(() => 0) }));
  const tally = (counts: Map<string, number>, codes: readonly string[], m: number) => {
    for (let j = 0; j < codes.length; j++) {
      const c = codes[j]!;
      if (codes.indexOf(c) === j) counts.set(c, (counts.get(c) ?? 0) + m);
    }
  };
  return {
    themes: (codes, m) => tally(themes, codes, m),
    reach(codes, m) {
      if (codes.includes(v.nationwide.code)) nationwide += m;
      else tally(regions, codes, m);
    },
    fee(fee, m) {
      if (fee == null) feeMissing += m;
      else if (typeof fee === 'string') fees.set(fee, (fees.get(fee) ?? 0) + m);
    },
    menus(meets, m) {
      for (let i = 0, at = 0; i < menus.length; i++) {
        const counts = menuCounts[i]!;
        let any = false;
        for (let k = 0; k < counts.contents.length; k++, at++) {
          if (!meets(at)) continue;
          counts.contents[k]! += m;
          any = true;
        }
        if (any) counts.any += m;
      }
    },
    result() {
      // 全国 reaches every prefecture.
      const prefectures = v.prefectures.map((p) => ({ ...p, count: (regions.get(p.code) ?? 0) + nationwide }));
      const covered = prefectures.filter((p) => p.count > 0).length;
      return {
        themes: v.options.guidance_themes.map((t) => ({ ...t, count: themes.get(t.code) ?? 0 })),
        support: { prefectures, covered, uncovered: v.prefectures.length - covered },
        nationwide,
        feeBands: { bands: v.options.fee_band.map((b) => ({ ...b, count: fees.get(b.code) ?? 0 })), missing: feeMissing },
        menus: menus.map((m, i) => ({
          code: m.code,
          label: m.label,
          count: menuCounts[i]!.any,
          contents: m.contents.map((c, k) => ({ code: c.code, label: c.label, count: menuCounts[i]!.contents[k]! })),
        })),
      };
    },
  };
}

/**
 * Count what the listed specialists offer: themes, reach, fee bands, and the support menus they can
 * take. One pass over the records tallies every code (a record counts once per code it holds), so
 * the cost grows with the records, not with records × prefectures.
 */
export function listOffer(records: Iterable<PublicRecord>, { codebook, catalogue = supportMenus }: ListOfferOptions): ListOffer {
  const tally = offerTally(codebook, catalogue);
  // The body is a function of its own, called per record: the loop of a function that runs once
  // waits for on-stack replacement, and ran interpreted through 100k records on a busy machine.
  const v = vocabularyOf(codebook);
  const requirements = catalogue.menus.flatMap((m) => m.contents.map((c) => c.require));
  const count = (r: PublicRecord) => {
    tally.themes(codesOf(r, SEARCH_COLUMNS.themes), 1);
    tally.reach(codesOf(r, SEARCH_COLUMNS.region), 1);
    tally.fee(r.fields[SEARCH_COLUMNS.feeCeiling], 1);
    tally.menus((k) => meetsRequirement(r, requirements[k]!, v), 1);
  };
  for (const r of records) count(r);
  return tally.result();
}

/** A record holding only some fields and ratings: what one tally reads. */
const partial = (fields: Record<string, PublicValue>, ratings: Record<string, string> = {}): PublicRecord => ({ id: '', name: null, email: null, fields, ratings });

/** The largest number of combinations counted in an array (beyond it, in a map). */
const DENSE = 1 << 20;

/**
 * `listOffer` of the active list's table (from `activeList`), counted from its columns as ids
 * into their distinct values (`codedColumnOf`): themes per distinct set of themes, reach per
 * distinct set of regions, fees per code, each tallied once with the number of rows holding it.
 * A content's requirement is a condition on the themes, on the forms and on each domain's rating
 * apart, so the rows are grouped by which requirements each of those meets, and the menus are
 * counted once per group on one of its rows, with the group's size. Equal to `listOffer` over
 * `publicRecords(list)`, without a record per row.
 */
export function listOfferOfList(list: ColumnTable, { rules, ...options }: ListOfferOptions & { rules?: ActiveListRules }): ListOffer {
  const { codebook, catalogue = supportMenus } = options;
  const { domains, idCol, published } = listColumns(list, codebook, rules ?? activeListRulesOf(codebook));
  const tally = offerTally(codebook, catalogue);
  const n = list.numRows();
  checkIds(list, idCol);
  // A field the rules do not publish is blank in every record.
  const column = (c: string): Coded => (published.includes(c) ? codedColumnOf(list, c) : { ids: new Uint8Array(n), values: [null] });
  const byValue = <T>(coded: Coded, of: (value: unknown) => T, add: (x: T, m: number) => void) => {
    const counts = countIds(coded);
    coded.values.forEach((value, id) => counts[id]! > 0 && add(of(value), counts[id]!));
  };
  const themes = column(SEARCH_COLUMNS.themes);
  const forms = column(SEARCH_COLUMNS.forms);
  byValue(themes, codesOfValue, tally.themes);
  byValue(column(SEARCH_COLUMNS.region), codesOfValue, tally.reach);
  byValue(column(SEARCH_COLUMNS.feeCeiling), plain, tally.fee);
  const field = (c: string) => (value: unknown) => partial({ [c]: plain(value) });

  const requirements = catalogue.menus.flatMap((m) => m.contents.map((c) => c.require));
  const v = vocabularyOf(codebook);
  const rating = (value: unknown) => String(value ?? '');
  const factors: Factor[] = [
    { coded: themes, record: field(SEARCH_COLUMNS.themes), part: (req) => ({ themes: req.themes, skills: [], forms: [] }) },
    { coded: forms, record: field(SEARCH_COLUMNS.forms), part: (req) => ({ themes: [], skills: [], forms: req.forms }) },
    ...domains.map(
      (d): Factor => ({
        coded: codedColumnOf(list, `${d}_rating`),
        record: (value) => partial({}, { [d]: rating(value) }),
        part: (req) => ({ themes: [], skills: req.skills.filter((s) => s.domain === d), forms: [] }),
      }),
    ),
  ];
  // Every domain a catalogue names is one of the scheme's (assertCatalogue), so the factors
  // together ask all of each requirement.
  const classes = factors.map((f) => classesOf(f.coded, (value) => requirements.map((req) => meetsRequirement(f.record(value), f.part(req), v))));
  // A content is met when every part of its requirement is: what one row of a group meets, all do.
  for (const [row, m] of groupRows(n, classes)) {
    const parts = classes.map((c) => c.meets[c.classOf[c.ids[row]!]!]!);
    tally.menus((k) => parts.every((meets) => meets[k]), m);
  }
  return tally.result();
}

/** The codes of a multiple answer as a record holds them (`plain`), [] for anything else. */
function codesOfValue(value: unknown): readonly string[] {
  if (Array.isArray(value) && value.every((c) => typeof c === 'string')) return value as readonly string[];
  const v = plain(value);
  return Array.isArray(v) ? v : [];
}

/** A column that one part of every requirement reads, and that part of a requirement. */
interface Factor {
  readonly coded: Coded;
  readonly record: (value: unknown) => PublicRecord;
  readonly part: (req: Requirement) => Requirement;
}

/** Per row, which class of values (values alike in the requirements they meet) it holds. */
export interface Classes {
  readonly ids: ArrayLike<number>;
  /** `classOf[id]`: the class of `values[id]`. */
  readonly classOf: Int32Array;
  readonly size: number;
  /** Per class, which requirements its values meet. */
  readonly meets: readonly (readonly boolean[])[];
}

function classesOf(coded: Coded, meetsOf: (value: unknown) => readonly boolean[]): Classes {
  const keys = new Map<string, number>();
  const meets: (readonly boolean[])[] = [];
  const classOf = new Int32Array(coded.values.length);
  coded.values.forEach((value, id) => {
    const met = meetsOf(value);
    const key = met.map((b) => (b ? '1' : '0')).join('');
    let k = keys.get(key);
    if (k === undefined) {
      keys.set(key, (k = keys.size));
      meets.push(met);
    }
    classOf[id] = k;
  });
  return { ids: coded.ids, classOf, size: keys.size, meets };
}

/**
 * The rows grouped by their classes in every column: per group, one of its rows and its number
 * of rows. Groups are numbered in an array while there are at most `dense` combinations.
 */
export function groupRows(n: number, columns: readonly Pick<Classes, 'ids' | 'classOf' | 'size'>[], dense = DENSE): [row: number, count: number][] {
  // Exact integers up to 2^53: a group number (at most one per row once renumbered) times a
  // number of classes (at most one per distinct value) stays below it.
  const group = new Float64Array(n);
  let size = 1;
  for (const { ids, classOf, size: s } of columns) {
    if (size * s > dense) size = renumber(group);
    combine(group, ids, classOf, s);
    size *= s;
  }
  if (size > dense) size = renumber(group);
  const counts = new Float64Array(size);
  const first = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (counts[g] === 0) first[g] = i;
    counts[g]!++;
  }
  const out: [number, number][] = [];
  for (let g = 0; g < size; g++) if (counts[g]! > 0) out.push([first[g]!, counts[g]!]);
  return out;
}

function combine(group: Float64Array, ids: ArrayLike<number>, classOf: Int32Array, s: number): void {
  for (let i = 0; i < group.length; i++) group[i] = group[i]! * s + classOf[ids[i]!]!;
}

/** Numbers the groups 0, 1, … in order of first row; returns how many there are. */
function renumber(group: Float64Array): number {
  const seen = new Map<number, number>();
  for (let i = 0; i < group.length; i++) {
    let g = seen.get(group[i]!);
    if (g === undefined) seen.set(group[i]!, (g = seen.size));
    group[i] = g;
  }
  return seen.size;
}

/** Every row of the list has an id, as `publicRecords` requires. */
function checkIds(list: ColumnTable, idCol: string): void {
  const stored = storedColumn(list, idCol);
  const ids = (Array.isArray(stored) ? stored : list.array(idCol)) as ArrayLike<unknown>;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    // A text id is checked in place; anything else as the record would spell it.
    if (typeof id !== 'string' || id === '') recordId(id, i, idCol);
  }
}
