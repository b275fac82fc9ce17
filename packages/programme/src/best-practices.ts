import type { z } from 'zod';
import { Codebook, fromCsv, PublishedSource, type ReadMode, type ReadResult } from '@smesec/survey';
import json from './codebook/fy2024/best-practices.json' with { type: 'json' };

/**
 * The codebook of `best-practices.csv`: the published 指導事例集 (best-practice cases) of a year,
 * one row per case as the report prints it, with the page that prints it. Its `rules.source` names
 * the report (title, publisher, date).
 */
export const bestPracticesCodebook: Codebook = Codebook.parse(json);

/** One published case. Text as printed (line breaks kept). */
export interface BestPractice {
  /** No., as printed. */
  readonly no: string;
  /** 地域: a prefecture or a region, as printed. */
  readonly region: string;
  /** 指導先企業・団体名 (undisclosed ones as the report names them). */
  readonly organisation: string;
  /** 業種, as printed. */
  readonly industry: string;
  /** 指導専門家, as printed (with 氏). */
  readonly expert: string;
  /** 事例タイトル. */
  readonly title: string;
  /** The report's page that prints the row. */
  readonly page: number;
}

/** The report a codebook's cases come from: its title, publisher and date (the page is each row's). */
export const BestPracticesSource = PublishedSource.omit({ page: true });
export type BestPracticesSource = z.infer<typeof BestPracticesSource>;

/** What `readBestPractices` returns. */
export interface BestPracticesRead {
  /** The accepted cases, in file order. */
  readonly cases: readonly BestPractice[];
  /** The report they are published in, from the codebook's `rules.source` (null when it has none). */
  readonly source: BestPracticesSource | null;
  /** The read itself: rejected rows and issues (file:row:column), as for every instrument. */
  readonly result: ReadResult;
}

/**
 * Read `best-practices.csv` (bytes in UTF-8 or Shift_JIS, or text) with the same validating reader
 * as the survey files: a bad cell is a `file:row:column` issue, and strict mode (the default)
 * throws a `ValidationError` with every issue.
 */
export function readBestPractices(
  input: Uint8Array | string,
  { codebook = bestPracticesCodebook, file = codebook.file ?? 'best-practices.csv', mode = 'strict' }: { codebook?: Codebook; file?: string; mode?: ReadMode } = {},
): BestPracticesRead {
  const result = fromCsv(input, { codebook, file, mode });
  const source = BestPracticesSource.safeParse(codebook.rules['source']);
  return { cases: result.table.objects() as unknown as BestPractice[], source: source.success ? source.data : null, result };
}
