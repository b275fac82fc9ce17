import type { Codebook } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import { assertCatalogue } from '../search/check-catalogue.js';
import type { ColumnTable } from 'arquero';
import type { ActiveListRules } from '../active-list/eligibility.js';
import { eachPublicRecord } from '../records/public-records.js';
import { codesOf, meetsRequirement } from '../search/requirement.js';
import { supportMenus, type SupportMenuCatalogue } from '../search/support-menus.js';
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
 * Count what the listed specialists offer: themes, reach, fee bands, and the support menus they can
 * take. One pass over the records tallies every code (a record counts once per code it holds), so
 * the cost grows with the records, not with records × prefectures.
 */
export function listOffer(records: Iterable<PublicRecord>, { codebook, catalogue = supportMenus }: ListOfferOptions): ListOffer {
  assertCatalogue(catalogue, codebook);
  const v = vocabularyOf(codebook);
  const themes = new Map<string, number>();
  const regions = new Map<string, number>();
  const fees = new Map<string, number>();
  let nationwide = 0;
  let feeMissing = 0;
  const menuCounts = catalogue.menus.map((m) => ({ any: 0, contents: m.contents.map(() => 0) }));
  const tally = (m: Map<string, number>, codes: readonly string[]) => {
    for (const c of new Set(codes)) m.set(c, (m.get(c) ?? 0) + 1);
  };
  const menus = catalogue.menus;
  // The body is a function of its own, called per record: the loop of a function that runs once
  // waits for on-stack replacement, and ran interpreted through 100k records on a busy machine.
  const count = (r: PublicRecord) => {
    tally(themes, codesOf(r, SEARCH_COLUMNS.themes));
    const reach = codesOf(r, SEARCH_COLUMNS.region);
    if (reach.includes(v.nationwide.code)) nationwide++;
    else tally(regions, reach);
    const fee = r.fields[SEARCH_COLUMNS.feeCeiling];
    if (fee == null) feeMissing++;
    else if (typeof fee === 'string') fees.set(fee, (fees.get(fee) ?? 0) + 1);
    for (let i = 0; i < menus.length; i++) {
      const counts = menuCounts[i]!;
      const contents = menus[i]!.contents;
      let any = false;
      for (let k = 0; k < contents.length; k++) {
        if (!meetsRequirement(r, contents[k]!.require, v)) continue;
        counts.contents[k]!++;
        any = true;
      }
      if (any) counts.any++;
    }
  };
  for (const r of records) count(r);
  // 全国 reaches every prefecture.
  const prefectures = v.prefectures.map((p) => ({ ...p, count: (regions.get(p.code) ?? 0) + nationwide }));
  const covered = prefectures.filter((p) => p.count > 0).length;
  return {
    themes: v.options.guidance_themes.map((t) => ({ ...t, count: themes.get(t.code) ?? 0 })),
    support: { prefectures, covered, uncovered: v.prefectures.length - covered },
    nationwide,
    feeBands: { bands: v.options.fee_band.map((b) => ({ ...b, count: fees.get(b.code) ?? 0 })), missing: feeMissing },
    menus: catalogue.menus.map((m, i) => ({
      code: m.code,
      label: m.label,
      count: menuCounts[i]!.any,
      contents: m.contents.map((c, k) => ({ code: c.code, label: c.label, count: menuCounts[i]!.contents[k]! })),
    })),
  };
}

/**
 * `listOffer` of the active list's table (from `activeList`): its records are made one at a time
 * with only the fields counted, and none is kept.
 */
export function listOfferOfList(list: ColumnTable, { rules, ...options }: ListOfferOptions & { rules?: ActiveListRules }): ListOffer {
  const fields = Object.values(SEARCH_COLUMNS);
  return listOffer(eachPublicRecord(list, { codebook: options.codebook, ...(rules ? { rules } : {}), fields }), options);
}
