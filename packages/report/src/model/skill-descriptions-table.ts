import type { SkillScheme } from '@smesec/experts';
import type { PublishedSource } from '@smesec/survey';
import type { PublishedTable } from './best-practices-figure.js';
import { publishedSourceLine } from './published-source.js';

/**
 * The skill domains (S1–S6) with the support ability each stands for (実行可能な支援能力) and its
 * NIST CSF 2.0 function, from the codebook's skill scheme, as the published report prints them.
 */
export function skillDescriptionsTable(scheme: SkillScheme): PublishedTable {
  const sources = [...scheme.domains.flatMap((d): PublishedSource[] => (d.descriptionSource ? [d.descriptionSource] : [])), ...(scheme.csfSource ? [scheme.csfSource] : [])];
  return {
    table: {
      id: 'experts-skill-domains',
      title: 'スキル（支援領域）と実行可能な支援能力',
      columns: [
        { key: 'no', header: 'スキルNo.', kind: 'text' },
        { key: 'label', header: 'スキル名（支援領域）', kind: 'text' },
        { key: 'description', header: '実行可能な支援能力', kind: 'text' },
        { key: 'csf', header: 'NIST CSF 2.0 の機能', kind: 'text' },
      ],
      rows: scheme.domains.map((d) => ({ no: d.id, label: d.label, description: d.description ?? null, csf: d.csf ?? null })),
    },
    source: publishedSourceLine(sources),
  };
}
