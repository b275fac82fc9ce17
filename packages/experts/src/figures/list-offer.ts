import type { Codebook } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import { assertCatalogue } from '../search/check-catalogue.js';
import { codesOf, meetRequirement } from '../search/requirement.js';
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

/** Count what the listed specialists offer: themes, reach, fee bands, and the support menus they can take. */
export function listOffer(records: readonly PublicRecord[], { codebook, catalogue = supportMenus }: ListOfferOptions): ListOffer {
  assertCatalogue(catalogue, codebook);
  const v = vocabularyOf(codebook);
  const count = (test: (r: PublicRecord) => boolean) => records.filter(test).length;
  const prefectures = v.prefectures.map((p) => ({
    ...p,
    count: count((r) => {
      const regions = codesOf(r, SEARCH_COLUMNS.region);
      return regions.includes(p.code) || regions.includes(v.nationwide.code);
    }),
  }));
  const covered = prefectures.filter((p) => p.count > 0).length;
  return {
    themes: v.options.guidance_themes.map((t) => ({ ...t, count: count((r) => codesOf(r, SEARCH_COLUMNS.themes).includes(t.code)) })),
    support: { prefectures, covered, uncovered: v.prefectures.length - covered },
    nationwide: count((r) => codesOf(r, SEARCH_COLUMNS.region).includes(v.nationwide.code)),
    feeBands: {
      bands: v.options.fee_band.map((b) => ({ ...b, count: count((r) => r.fields[SEARCH_COLUMNS.feeCeiling] === b.code) })),
      missing: count((r) => r.fields[SEARCH_COLUMNS.feeCeiling] == null),
    },
    menus: catalogue.menus.map((m) => {
      const able = records.map((r) => m.contents.map((c) => meetRequirement(r, c.require, v) !== null));
      return {
        code: m.code,
        label: m.label,
        count: able.filter((a) => a.some(Boolean)).length,
        contents: m.contents.map((c, k) => ({ code: c.code, label: c.label, count: able.filter((a) => a[k]).length })),
      };
    }),
  };
}
