import type { Rng } from './rng.js';

/**
 * Fictitious people and organisations. Surnames are words that are not family names (見本
 * "sample", 試験 "test", 架空 "fictitious", 仮名 "pseudonym", 例示 "example", 模擬 "mock"), so no
 * generated name can be a real person's; e-mail addresses are at example.com and registration
 * numbers carry a SYN- prefix that no real register uses.
 */
export const SURNAMES = ['見本', '試験', '架空', '仮名', '例示', '模擬'] as const;
const MALE = ['太郎', '一郎', '健太', '大輔', '翔太', '直樹', '誠', '浩二', '隆', '修', '剛', '拓也', '和也', '哲也', '聡', '学', '亮', '悠斗', '蓮', '大樹'] as const;
const FEMALE = ['花子', '陽子', '恵子', '由美', '美穂', '真由美', '直美', '愛', '彩', '葵', '結衣', '優子', '久美子', '裕子', '智子', '明美', '洋子', '香織', '沙織', '里奈'] as const;

/** Share of men among the specialists [decision]: the profession is mostly male. */
const MALE_SHARE = 0.88;

/** Names for `n` people, distinct while the pool of combinations lasts. */
export function personNames(n: number, rng: Rng): string[] {
  const pool = (given: readonly string[]) => rng.shuffle(SURNAMES.flatMap((s) => given.map((g) => `${s} ${g}`)));
  const men = pool(MALE);
  const women = pool(FEMALE);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const from = rng.chance(MALE_SHARE) ? (men.length ? men : women) : women.length ? women : men;
    out.push(from.length ? from.pop()! : `${rng.pick(SURNAMES)} ${rng.pick(rng.chance(MALE_SHARE) ? MALE : FEMALE)}`);
  }
  return out;
}

const ORG_STEMS = ['システム', '情報技術', 'ネットワーク', 'セキュリティ', 'ソリューションズ', 'データサービス', 'ITコンサルティング'] as const;
const ORG_FORMS = ['株式会社', '合同会社'] as const;

/** A fictitious employer or, for an independent specialist, a practice (or blank). */
export function organizationName(independent: boolean, surname: string, rng: Rng): string {
  if (independent) {
    if (rng.chance(0.3)) return '';
    return `${surname}${rng.pick(['情報セキュリティ事務所', 'ITコンサルティング事務所', 'セキュリティ研究所'])}`;
  }
  return `${rng.pick(SURNAMES)}${rng.pick(ORG_STEMS)}${rng.pick(ORG_FORMS)}`;
}

const ACHIEVEMENTS = [
  '中小製造業の情報セキュリティ規程の策定支援',
  'ISMS認証取得支援',
  'Pマーク取得・更新の支援',
  '従業員向けセキュリティ研修の講師',
  'クラウドサービス導入時のリスク評価',
  'ランサムウェア被害を受けた企業の復旧支援',
  '取引先からのセキュリティチェックシートへの回答支援',
  '自工会/部工会ガイドラインに沿った自己評価の支援',
  '医療機関のネットワーク見直し',
  '商工会議所でのセミナー講演',
  'SECURITY ACTION宣言の支援',
  '情報資産台帳の作成支援',
] as const;

/** Free text of support achievements: a few items joined as people write them. */
export function achievementsText(rng: Rng): string {
  const k = 1 + rng.int(3);
  const items = rng.shuffle(ACHIEVEMENTS).slice(0, k).map((s) => (rng.chance(0.4) ? `${s}（${1 + rng.int(8)}社）` : s));
  // Some write a list with ascii commas, some one item per line: both must survive CSV quoting.
  const sep = rng.chance(0.15) ? '\n' : rng.chance(0.2) ? ', ' : '、';
  return items.join(sep);
}

const PR = [
  '中小企業の現場に寄り添った支援を心がけています。',
  '製造業の現場経験を活かし、実践的な対策をご提案します。',
  '経営者の方にも分かる言葉で説明します。',
  'インシデント対応の経験が豊富です。',
  '規程づくりから運用の定着まで伴走します。',
  'オンラインでの相談にも柔軟に対応します。',
  '地域の商工会議所と連携した支援実績があります。',
  '"まず何から"という段階からお手伝いします。',
] as const;

/** A short self-introduction. */
export function selfPrText(rng: Rng): string {
  const k = 1 + rng.int(2);
  return rng.shuffle(PR).slice(0, k).join('');
}

const COMMENTS = [
  '具体的な事例を聞けて参考になった。',
  '自社で何から始めればよいか分かった。',
  '個別相談の時間がもう少し欲しい。',
  '取引先から求められている対策について相談したい。',
  '社内で共有したいので資料がほしい。',
  '次回も参加したい。',
] as const;

/** A short free comment from an attending company. */
export function attendeeComment(rng: Rng): string {
  return rng.pick(COMMENTS);
}
