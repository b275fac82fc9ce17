import { passMark, ratingOf, subitemScore, type SkillScheme } from '@smesec/experts';
import type { PublishedTable } from './best-practices-figure.js';
import { publishedSourceLine } from './published-source.js';

/** 「3点×2、2点×3」: the answers of a sub-item grouped by value, highest first, as the report writes them. */
function answersText(answers: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[0] - a[0]).map(([v, n]) => `${v}点×${n}`).join('、');
}

/**
 * The worked scoring example of the codebook (`rules.skills.example`): per sub-item its pass mark
 * (評点) and, per example specialist, the answers, their sum and whether the sub-item is held;
 * the last row the domain's rating (◎/○/blank). Sums, holdings and ratings are computed with the
 * scheme's own rules (the ones that score every respondent), so the example cannot disagree with
 * the scoring. Null when the codebook has no example.
 */
export function scoringExampleTable(scheme: SkillScheme): PublishedTable | null {
  const ex = scheme.example;
  const domain = ex && scheme.domains.find((d) => d.id === ex.domain);
  if (!ex || !domain) return null;
  const held = (i: number, subId: string) => {
    const sub = domain.subitems.find((s) => s.id === subId)!;
    return subitemScore(ex.experts[i]!.answers[subId]!, scheme.missingAs) >= passMark(sub, scheme);
  };
  const expertKey = (i: number) => `expert${i + 1}`;
  const rows = domain.subitems.map((sub) => ({
    subitem: `${sub.id.replace(/^(\w+?)([a-z])$/, '$1-$2')} ${sub.label}（質問数${sub.columns.length}）`,
    passMark: `${passMark(sub, scheme)}点`,
    ...Object.fromEntries(
      ex.experts.map((e, i) => {
        const answers = e.answers[sub.id]!;
        return [expertKey(i), `${answersText(answers)} 計${subitemScore(answers, scheme.missingAs)}点: ${held(i, sub.id) ? '評点以上 スキル有り' : '評点未満'}`];
      }),
    ),
  }));
  const rating = (i: number) => {
    const notHeld = domain.subitems.filter((s) => !held(i, s.id)).length;
    const code = ratingOf(notHeld, scheme.ratings);
    return scheme.ratings.find((r) => r.code === code)!.label || '空白';
  };
  return {
    table: {
      id: 'experts-scoring-example',
      title: ex.title,
      columns: [
        { key: 'subitem', header: `【${domain.id}】${domain.label}`, kind: 'text' },
        { key: 'passMark', header: '評点', kind: 'text' },
        ...ex.experts.map((e, i) => ({ key: expertKey(i), header: e.label, kind: 'text' as const })),
      ],
      rows: [...rows, { subitem: '総合評価', passMark: null, ...Object.fromEntries(ex.experts.map((_, i) => [expertKey(i), rating(i)])) }],
    },
    source: ex.source ? publishedSourceLine([ex.source]) : '',
  };
}
