import type { BarItem, CountMatrix, FunnelStep, ShareRow } from '../src/index.js';

/** The S1–S6 ability table as published (the FY2024 programme report, n=221): solo / supported / not yet. */
export const ABILITY_COUNTS: Record<string, readonly [number, number, number]> = {
  S1: [52, 137, 32],
  S2: [74, 119, 28],
  S3: [73, 129, 19],
  S4: [46, 139, 36],
  S5: [50, 82, 89],
  S6: [42, 91, 88],
};

/** Domain names as in the instruments spec. */
const DOMAINS: Record<string, string> = {
  S1: 'S1 サイバーセキュリティ対策の方針策定と管理体制づくり',
  S2: 'S2 セキュリティリスクの識別',
  S3: 'S3 サイバーセキュリティ対策の実践と運用の強化',
  S4: 'S4 サイバー攻撃の検知と監視、検知後の運用策定',
  S5: 'S5 サイバー攻撃発生時の対応',
  S6: 'S6 セキュリティインシデントからの復旧とコミュニケーション',
};

const LEVELS = [
  ['solo', '単独での支援が可能'],
  ['supported', '他の専門家の指導・サポートがあれば支援可能'],
  ['not_yet', '実践的な運用には至っていない'],
] as const;

export const abilityRows: ShareRow[] = Object.entries(ABILITY_COUNTS).map(([code, counts]) => ({
  code,
  label: DOMAINS[code]!,
  segments: LEVELS.map(([level, label], i) => ({ code: level, label, count: counts[i]!, pct: (100 * counts[i]!) / 221 })),
}));

/** Experience years (published: 42 / 25 / 64 / 89, 1 blank, base 221). */
export const experience: BarItem[] = [
  ['lt3', '3年未満', 42],
  ['3to5', '3-5年', 25],
  ['5to10', '5-10年', 64],
  ['10plus', '10年以上', 89],
].map(([code, label, count]) => ({ code: code as string, label: label as string, count: count as number, pct: (100 * (count as number)) / 221 }));

/** Industries experts support best (published counts, multiple response, base 221). */
export const industries: BarItem[] = [
  ['automotive', '自動車産業', 37],
  ['semiconductor', '半導体産業', 9],
  ['other_manufacturing', 'その他製造業', 88],
  ['construction', '建設業', 35],
  ['retail', '小売業', 61],
  ['services', 'サービス業', 90],
  ['other', 'その他', 37],
].map(([code, label, count]) => ({ code: code as string, label: label as string, count: count as number, pct: (100 * (count as number)) / 221 }));

export const funnel: FunnelStep[] = [
  { code: 'attended', label: '相談会参加', count: 105 },
  { code: 'consulted', label: '個別相談', count: 55 },
  { code: 'matched', label: 'マッチング', count: 35 },
  { code: 'guided', label: '指導実施', count: 34 },
  { code: 'best_practices', label: 'ベストプラクティス', count: 7, unit: '事例' },
];

/** Guided companies by region and theme (published; margins 17 / 13 / 4 and 15 4 3 5 7, 34). */
export const themeByRegion: CountMatrix = {
  rows: [
    { code: 'osaka', label: '大阪' },
    { code: 'nagoya', label: '名古屋' },
    { code: 'saitama', label: '埼玉' },
  ],
  columns: [
    { code: 'rules', label: '情報セキュリティ規程の整備' },
    { code: 'assets', label: '情報資産の洗い出しとリスク分析' },
    { code: 'cloud', label: 'クラウドサービスの安全利用' },
    { code: 'incident', label: 'セキュリティインシデント対応' },
    { code: 'education', label: '従業員向け情報セキュリティ教育' },
  ],
  counts: [
    [10, 1, 1, 1, 4],
    [2, 2, 2, 4, 3],
    [3, 1, 0, 0, 0],
  ],
};

/** Made-up chamber coverage for the tile map: 25 prefectures above zero, 22 at zero. */
export const coverage: Record<string, number> = {
  '01': 2, '04': 3, '08': 2, '09': 1, '10': 1, '11': 6, '12': 4, '13': 14, '14': 7, '15': 1, '20': 1, '22': 2, '23': 8,
  '26': 3, '27': 12, '28': 5, '29': 1, '33': 1, '34': 2, '37': 1, '38': 1, '40': 4, '43': 1, '46': 1, '47': 1,
};
