import type { ColumnTable } from 'arquero';
import { codesOf, columnOf, optionLabel, prefectureByCode, type Codebook } from '@smesec/survey';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { citeSource } from './citation.js';

/** One row of the searchable practices table. */
export interface PracticeRow {
  /** `p3-01`, `p2-19`. */
  readonly id: string;
  /** Edition code (`3`, `2`) and its label (第3版). */
  readonly edition: string;
  readonly editionLabel: string;
  /** プラクティス N as printed; null where the dump lost the heading (p3-14). */
  readonly number: number | null;
  readonly title: string;
  /** `index` when the title is the index table's wording because the dump lost the heading. */
  readonly titleSource: 'body' | 'index';
  /** The community as the text names it, and its id in communities.csv. */
  readonly community: string | null;
  readonly communityId: string | null;
  /** Purpose codes and their labels as printed, in the document's order. */
  readonly purposeCodes: readonly string[];
  readonly purposes: readonly string[];
  /** JIS code and name (大阪府) of the prefecture, when the text names one. */
  readonly prefecture: string | null;
  readonly prefectureName: string | null;
  /** Region code and label (九州, 沖縄), when known. */
  readonly region: string | null;
  readonly regionLabel: string | null;
  /** Page printed in the index table; null for p2-28, which no index row cites by its page. */
  readonly page: number | null;
  /** Seed code (`000`), its file name, and the line of the practice's title. */
  readonly seed: string;
  readonly seedFile: string;
  readonly line: number;
  /** The document and page, as an official cites them: 「title」（publisher、date）p.N. */
  readonly citation: string | null;
  /** Title, community, purposes, prefecture and region joined, NFKC and lower case: for a search box. */
  readonly searchText: string;
}

export interface PracticeRowsOptions {
  /** The `practices` codebook (default: built-in). */
  codebook?: Codebook;
}

/** The practices as table rows for display and search: editions in codebook order (3rd first), then by id (zero-padded, so printed order). */
export function practiceRows(practices: ColumnTable, { codebook = activityCodebook('practices') }: PracticeRowsOptions = {}): PracticeRow[] {
  const rows = practices.objects() as Record<string, unknown>[];
  const editionOrder = codesOf(columnOf(codebook, 'edition'));
  return rows
    .map((o): PracticeRow => {
      const purposeCodes = (o.purposes as readonly string[]) ?? [];
      const purposes = purposeCodes.map((c) => optionLabel(codebook, 'purposes', c));
      const prefecture = (o.prefecture as string | null) ?? null;
      const prefectureName = prefecture ? prefectureByCode(prefecture).name : null;
      const region = (o.region as string | null) ?? null;
      const regionLabel = region ? optionLabel(codebook, 'region', region) : null;
      const community = (o.community as string | null) ?? null;
      const title = o.title as string;
      return {
        id: o.id as string,
        edition: o.edition as string,
        editionLabel: optionLabel(codebook, 'edition', o.edition as string),
        number: (o.number as number | null) ?? null,
        title,
        titleSource: o.title_source as 'body' | 'index',
        community,
        communityId: (o.community_id as string | null) ?? null,
        purposeCodes,
        purposes,
        prefecture,
        prefectureName,
        region,
        regionLabel,
        page: (o.page as number | null) ?? null,
        seed: o.source_seed as string,
        seedFile: optionLabel(codebook, 'source_seed', o.source_seed as string),
        line: o.source_line as number,
        citation: citeSource(o.source_seed as string, o.source_line as number, { page: (o.page as number | null) ?? null }),
        searchText: [title, community, ...purposes, prefectureName, regionLabel].filter(Boolean).join(' ').normalize('NFKC').toLowerCase(),
      };
    })
    .sort((a, b) => editionOrder.indexOf(a.edition) - editionOrder.indexOf(b.edition) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
