import type { Codebook, Figures } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import { assertCatalogue } from '../search/check-catalogue.js';
import { codesOf, meetRequirement } from '../search/requirement.js';
import { supportMenus, type SupportMenuCatalogue } from '../search/support-menus.js';
import { SEARCH_COLUMNS, vocabularyOf } from '../search/vocabulary.js';

export interface ListFiguresOptions {
  /** The experts codebook. */
  codebook: Codebook;
  /** Support menus and contents (default: the FY2024 catalogue). */
  catalogue?: SupportMenuCatalogue;
  /** Instrument prefix of the ids (default `experts`). */
  prefix?: string;
}

/**
 * What the active list offers, counted over its public records (listed specialists only):
 * `<prefix>.active_list.theme.<theme>.count`, `.support_coverage.<pref>.count` with
 * `.prefectures_covered`/`.prefectures_uncovered`, `.nationwide.count`, `.fee_band.<band>.count`
 * with `.fee_band.missing`, and the specialists able to take each Step 1 menu
 * (`.menu.<menu>.count`, at least one of its contents) and each Step 2 content (`.content.<content>.count`).
 */
export function listFigures(records: readonly PublicRecord[], { codebook, catalogue = supportMenus, prefix = 'experts' }: ListFiguresOptions): Figures {
  assertCatalogue(catalogue, codebook);
  const v = vocabularyOf(codebook);
  const id = `${prefix}.active_list`;
  const out: Figures = {};
  const count = (test: (r: PublicRecord) => boolean) => records.filter(test).length;
  for (const t of v.options.guidance_themes) out[`${id}.theme.${t.code}.count`] = count((r) => codesOf(r, SEARCH_COLUMNS.themes).includes(t.code));
  let covered = 0;
  for (const p of v.prefectures) {
    const k = count((r) => {
      const regions = codesOf(r, SEARCH_COLUMNS.region);
      return regions.includes(p.code) || regions.includes(v.nationwide.code);
    });
    out[`${id}.support_coverage.${p.code}.count`] = k;
    if (k > 0) covered++;
  }
  out[`${id}.support_coverage.prefectures_covered`] = covered;
  out[`${id}.support_coverage.prefectures_uncovered`] = v.prefectures.length - covered;
  out[`${id}.nationwide.count`] = count((r) => codesOf(r, SEARCH_COLUMNS.region).includes(v.nationwide.code));
  for (const b of v.options.fee_band) out[`${id}.fee_band.${b.code}.count`] = count((r) => r.fields[SEARCH_COLUMNS.feeCeiling] === b.code);
  out[`${id}.fee_band.missing`] = count((r) => r.fields[SEARCH_COLUMNS.feeCeiling] == null);
  for (const m of catalogue.menus) {
    const able = records.map((r) => m.contents.map((c) => meetRequirement(r, c.require, v) !== null));
    m.contents.forEach((c, k) => (out[`${id}.content.${c.code}.count`] = able.filter((a) => a[k]).length));
    out[`${id}.menu.${m.code}.count`] = able.filter((a) => a.some(Boolean)).length;
  }
  return out;
}
