import { columnOf, type Codebook, type PublishedSource } from '@smesec/survey';
import type { PublishedTable } from './best-practices-figure.js';
import { publishedSourceLine } from './published-source.js';

/**
 * The guidance themes with what each covers, from the options' `description` in the codebook (the
 * published report's description of each theme), and the pages that print them as the source.
 * Options without a description are listed with an empty one, so no theme goes missing.
 */
export function themeDescriptionsTable(codebook: Codebook, column = 'theme'): PublishedTable {
  const col = columnOf(codebook, column);
  const options = 'options' in col ? col.options : [];
  return {
    table: {
      id: `${codebook.id}-${column}-descriptions`,
      title: `${col.label}の内容`,
      columns: [
        { key: 'no', header: 'No.', kind: 'text' },
        { key: 'theme', header: col.label, kind: 'text' },
        { key: 'description', header: '内容', kind: 'text' },
      ],
      rows: options.map((o, i) => ({ no: String(i + 1), theme: o.label, description: o.description ?? null })),
    },
    source: publishedSourceLine(options.flatMap((o): PublishedSource[] => (o.descriptionSource ? [o.descriptionSource] : []))),
  };
}
