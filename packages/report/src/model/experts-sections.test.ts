import { instrumentOf, type Codebook } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { abilityRuleText } from './experts-sections.js';

const experts = instrumentOf(fy2024, 'experts');
const withAbility = (ability: object): Codebook => {
  const skills = experts.rules['skills'] as Record<string, unknown>;
  return { ...experts, rules: { ...experts.rules, skills: { ...skills, ability: { ...(skills['ability'] as object), ...ability } } } };
};

describe('the ability rule note follows the codebook', () => {
  test('FY2024: lower median, 3 / 2 / 0・1', () => {
    expect(abilityRuleText(experts)).toBe(
      '分類の規則: 各支援領域の回答（0〜3、無回答は0）の下側中央値が3なら「単独での支援が可能」、2なら「他の専門家の指導・サポートがあれば支援可能」、0・1なら「実践的な運用には至っていない」。',
    );
  });

  test('another statistic and other thresholds are described as they are', () => {
    const cb = withAbility({
      statistic: 'mean',
      classes: [
        { code: 'solo', label: '単独', min: 2.5 },
        { code: 'not_yet', label: '未', min: 0 },
      ],
    });
    expect(abilityRuleText(cb)).toBe('分類の規則: 各支援領域の回答（0〜3、無回答は0）の平均が2.5以上なら「単独」、0以上なら「未」。');
    expect(abilityRuleText(withAbility({ statistic: 'upper_median' }))).toContain('の上側中央値が3なら');
  });
});
