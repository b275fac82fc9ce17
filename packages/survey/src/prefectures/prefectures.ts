/**
 * The 47 prefectures in JIS X 0401 order, with their 地方 (region) in the common eight-region
 * division (沖縄 belongs to 九州・沖縄).
 */
export type RegionCode = 'hokkaido' | 'tohoku' | 'kanto' | 'chubu' | 'kinki' | 'chugoku' | 'shikoku' | 'kyushu';

export interface Region {
  readonly code: RegionCode;
  readonly label: string;
  /** Other names the programme's documents use for the region (関西 = 近畿, 東海 ⊂ 中部, …). */
  readonly aliases: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { code: 'hokkaido', label: '北海道', aliases: ['北海道地方'] },
  { code: 'tohoku', label: '東北', aliases: ['東北地方'] },
  { code: 'kanto', label: '関東', aliases: ['関東地方'] },
  { code: 'chubu', label: '中部', aliases: ['中部地方', '東海', '北陸', '甲信越'] },
  { code: 'kinki', label: '近畿', aliases: ['近畿地方', '関西'] },
  { code: 'chugoku', label: '中国', aliases: ['中国地方'] },
  { code: 'shikoku', label: '四国', aliases: ['四国地方'] },
  { code: 'kyushu', label: '九州・沖縄', aliases: ['九州', '沖縄', '九州地方', '九州・沖縄地方'] },
];

export interface Prefecture {
  /** JIS X 0401 code, two digits (`01`–`47`). */
  readonly code: string;
  /** Official name with its suffix (大阪府). */
  readonly name: string;
  /** Name without 都/府/県 (大阪); 北海道 keeps its name. */
  readonly short: string;
  readonly en: string;
  readonly region: RegionCode;
}

const rows: ReadonlyArray<readonly [string, string, string, RegionCode]> = [
  ['北海道', '北海道', 'Hokkaido', 'hokkaido'],
  ['青森県', '青森', 'Aomori', 'tohoku'],
  ['岩手県', '岩手', 'Iwate', 'tohoku'],
  ['宮城県', '宮城', 'Miyagi', 'tohoku'],
  ['秋田県', '秋田', 'Akita', 'tohoku'],
  ['山形県', '山形', 'Yamagata', 'tohoku'],
  ['福島県', '福島', 'Fukushima', 'tohoku'],
  ['茨城県', '茨城', 'Ibaraki', 'kanto'],
  ['栃木県', '栃木', 'Tochigi', 'kanto'],
  ['群馬県', '群馬', 'Gunma', 'kanto'],
  ['埼玉県', '埼玉', 'Saitama', 'kanto'],
  ['千葉県', '千葉', 'Chiba', 'kanto'],
  ['東京都', '東京', 'Tokyo', 'kanto'],
  ['神奈川県', '神奈川', 'Kanagawa', 'kanto'],
  ['新潟県', '新潟', 'Niigata', 'chubu'],
  ['富山県', '富山', 'Toyama', 'chubu'],
  ['石川県', '石川', 'Ishikawa', 'chubu'],
  ['福井県', '福井', 'Fukui', 'chubu'],
  ['山梨県', '山梨', 'Yamanashi', 'chubu'],
  ['長野県', '長野', 'Nagano', 'chubu'],
  ['岐阜県', '岐阜', 'Gifu', 'chubu'],
  ['静岡県', '静岡', 'Shizuoka', 'chubu'],
  ['愛知県', '愛知', 'Aichi', 'chubu'],
  ['三重県', '三重', 'Mie', 'kinki'],
  ['滋賀県', '滋賀', 'Shiga', 'kinki'],
  ['京都府', '京都', 'Kyoto', 'kinki'],
  ['大阪府', '大阪', 'Osaka', 'kinki'],
  ['兵庫県', '兵庫', 'Hyogo', 'kinki'],
  ['奈良県', '奈良', 'Nara', 'kinki'],
  ['和歌山県', '和歌山', 'Wakayama', 'kinki'],
  ['鳥取県', '鳥取', 'Tottori', 'chugoku'],
  ['島根県', '島根', 'Shimane', 'chugoku'],
  ['岡山県', '岡山', 'Okayama', 'chugoku'],
  ['広島県', '広島', 'Hiroshima', 'chugoku'],
  ['山口県', '山口', 'Yamaguchi', 'chugoku'],
  ['徳島県', '徳島', 'Tokushima', 'shikoku'],
  ['香川県', '香川', 'Kagawa', 'shikoku'],
  ['愛媛県', '愛媛', 'Ehime', 'shikoku'],
  ['高知県', '高知', 'Kochi', 'shikoku'],
  ['福岡県', '福岡', 'Fukuoka', 'kyushu'],
  ['佐賀県', '佐賀', 'Saga', 'kyushu'],
  ['長崎県', '長崎', 'Nagasaki', 'kyushu'],
  ['熊本県', '熊本', 'Kumamoto', 'kyushu'],
  ['大分県', '大分', 'Oita', 'kyushu'],
  ['宮崎県', '宮崎', 'Miyazaki', 'kyushu'],
  ['鹿児島県', '鹿児島', 'Kagoshima', 'kyushu'],
  ['沖縄県', '沖縄', 'Okinawa', 'kyushu'],
];

export const PREFECTURES: readonly Prefecture[] = rows.map(([name, short, en, region], i) => ({
  code: String(i + 1).padStart(2, '0'),
  name,
  short,
  en,
  region,
}));

const byKey = new Map<string, Prefecture>();
for (const p of PREFECTURES) {
  for (const key of [p.code, String(Number(p.code)), p.name, p.short, p.en.toLowerCase()]) byKey.set(key, p);
}
// 北海道 is also written 北海 in some abbreviations; 道 alone is ambiguous and not accepted.
byKey.set('北海', PREFECTURES[0]!);

/**
 * Look a prefecture up by JIS code (`27` or `027`… with or without a leading zero), by its name
 * with or without suffix (`大阪府`, `大阪`) or its romanised name. Input should already be NFKC
 * normalised and trimmed; returns undefined when nothing matches.
 */
export function findPrefecture(text: string): Prefecture | undefined {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return byKey.get(String(Number(t)));
  return byKey.get(t) ?? byKey.get(t.toLowerCase());
}

/** The prefecture with this JIS code, or throw. */
export function prefectureByCode(code: string): Prefecture {
  const p = byKey.get(String(Number(code)));
  if (!p || !/^\d+$/.test(code)) throw new Error(`no prefecture with JIS code ${code}`);
  return p;
}

/** Region of a label such as 関西 or 近畿地方. */
export function findRegion(text: string): Region | undefined {
  const t = text.trim();
  return REGIONS.find((r) => r.code === t || r.label === t || r.aliases.includes(t));
}
