import type { Issue } from '@smesec/survey';

/** An issue on an accepted row of one file, found after reading: `index` is the row's position in its table. */
export interface RowIssue {
  /** Codebook id of the file. */
  readonly instrument: string;
  readonly index: number;
  readonly issue: Issue;
}
