import { textWidth } from './text-width.js';

/** Options of {@link wrapLabel}. */
export interface WrapLabelOptions {
  /** Widest line allowed, in px. */
  maxWidth: number;
  /** Font size in px. Default 12. */
  fontSize?: number;
}

// Japanese line-breaking rules (禁則処理), reduced to what category labels contain: these may not
// begin a line …
const NO_START = new Set([...'、。，．・：；？！ー）」』】〕％%,.)ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～-']);
// … and these may not end one.
const NO_END = new Set([...'（「『【〔(']);
// A break right after these reads naturally.
const GOOD_AFTER = new Set([...'・、）」／/ ']);

// Words common in this programme's labels that a break must not split: scripts alone cannot tell
// where two katakana words meet (セキュリティ|インシデント) or where a kanji name ends (名古屋|商工会議所).
const KNOWN_WORDS = ['商工会議所', '商工会', '都道府県', '中小企業', '専門家', 'セキスペ', 'セキュリティ', 'インシデント', 'クラウド', 'サービス', 'マッチング', 'サポート', 'コミュニケーション', 'リスク', 'ベンダー', 'インターネット', 'ウイルス', 'ソフト', 'ガイドライン', 'コンサルティング', 'コーディネータ', 'ストラテジスト', 'システム', 'ベストプラクティス', 'マネジメント', 'アクセス', 'アカウント', 'データ', 'コンテンツ', 'ステークホルダー', 'コンプライアンス', 'ヒヤリハット', 'リスト', 'アクティブ'];
// Single-kana particles that end a phrase (専門家の|指導, 洗い出しと|リスク).
const PARTICLES = new Set([...'のとにをがはでへやも']);

type Script = 'hiragana' | 'katakana' | 'kanji' | 'latin' | 'other';

function script(token: string): Script {
  const c = token[0] ?? '';
  if (/[\u3041-\u309f]/.test(c)) return 'hiragana';
  if (/[\u30a0-\u30ff]/.test(c)) return 'katakana';
  if (/[\u4e00-\u9fff々]/.test(c)) return 'kanji';
  if (/[A-Za-z0-9]/.test(c)) return 'latin';
  return 'other';
}

/**
 * How bad a break before token `i` reads. Without a dictionary, word boundaries are guessed from
 * punctuation and scripts: after ・、） or before （ is free, so is the end of a particle (による|紹介);
 * a change of script (情報|セキュリティ) is cheap; inside a kanji compound dearer; inside a known
 * word dearest; a kinsoku violation is all but forbidden.
 */
function breakCost(tokens: readonly string[], i: number, words: WordMarks): number {
  const prev = tokens[i - 1]!;
  const next = tokens[i]!;
  if (NO_START.has(next[0]!) || NO_END.has(prev[prev.length - 1]!)) return 1000;
  if (words.inside.has(i)) return 20;
  if (GOOD_AFTER.has(prev) || next === ' ' || next === '（' || next === '(') return 0;
  const a = script(prev);
  const b = script(next);
  if (a === 'hiragana' && b !== 'hiragana') {
    // A particle or a longer hiragana run (による, があれば) ends a phrase; one kana of
    // okurigana (洗い|出し) does not.
    const run = i >= 2 && script(tokens[i - 2]!) === 'hiragana';
    return run || PARTICLES.has(prev) ? 0 : 4;
  }
  if (words.edge.has(i)) return 1;
  if (a !== b) return 2;
  if (a === 'kanji') return 6;
  return 8;
}

interface WordMarks {
  /** Token positions strictly inside a known word. */
  inside: Set<number>;
  /** Token positions where a known word starts or ends. */
  edge: Set<number>;
}

function markWords(tokens: readonly string[]): WordMarks {
  const inside = new Set<number>();
  const edge = new Set<number>();
  const indexAt = new Map<number, number>();
  let offset = 0;
  tokens.forEach((t, i) => {
    indexAt.set(offset, i);
    offset += t.length;
  });
  indexAt.set(offset, tokens.length);
  const text = tokens.join('');
  for (const word of KNOWN_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = at + 1; k < at + word.length; k++) if (indexAt.has(k)) inside.add(indexAt.get(k)!);
      for (const k of [at, at + word.length]) if (indexAt.has(k)) edge.add(indexAt.get(k)!);
    }
  }
  return { inside, edge };
}

/** Split into unbreakable tokens: a run of Latin letters and digits stays whole. */
function tokenize(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,\-+%]*|./gsu) ?? [];
}

/**
 * Most characters of a label that are wrapped and shown. A label longer than this (a codebook
 * with a paragraph for an option) is cut with … for display; the tables beside the charts keep it
 * whole. Wrapping looks at a window of one line's tokens per break, so its work grows linearly
 * with the label up to this cap, and stays bounded above it.
 */
export const MAX_LABEL_CHARS = 200;

/**
 * Wrap a label into as few lines as fit `maxWidth`, of similar length, breaking where Japanese
 * reads naturally (after ・、）, before （, between a particle and the next word) and never
 * before a closing bracket or small kana. A token wider than `maxWidth` (a long Latin word) gets
 * a line of its own rather than being cut. A label over `MAX_LABEL_CHARS` characters is cut with ….
 */
export function wrapLabel(text: string, { maxWidth, fontSize = 12 }: WrapLabelOptions): string[] {
  const chars = [...text.trim()];
  const tokens = tokenize(chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…` : chars.join(''));
  const n = tokens.length;
  const line = (i: number, j: number) => tokens.slice(i, j).join('').trim();
  const widths = new Map<number, number>();
  const width = (i: number, j: number) => {
    const key = i * (n + 1) + j;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = textWidth(line(i, j), { fontSize })));
    return w;
  };
  if (n === 0 || width(0, n) <= maxWidth) return [line(0, n)];
  // The first token a line ending before token j may start at: lines only get wider as they start
  // earlier, so the lines that fit are a window, found once (a single token always fits).
  const first = new Array<number>(n + 1).fill(0);
  for (let j = 1; j <= n; j++) {
    let i = j - 1;
    while (i > 0 && width(i - 1, j) <= maxWidth) i--;
    first[j] = i;
  }

  const words = markWords(tokens);
  const breakAt = Array.from({ length: n + 1 }, (_, j) => (j > 0 && j < n ? breakCost(tokens, j, words) : 0));
  // The fewest lines that fit, or one more when that reads much better: per line, breaks that
  // read naturally and widths close to the average.
  const fewest = new Array<number>(n + 1).fill(Infinity);
  fewest[0] = 0;
  for (let j = 1; j <= n; j++) for (let i = first[j]!; i < j; i++) fewest[j] = Math.min(fewest[j]!, fewest[i]! + 1);
  let best = { cost: Infinity, from: [] as number[][], lines: 0 };
  for (const lines of [fewest[n]!, fewest[n]! + 1]) {
    if (lines > n) continue;
    const avg = width(0, n) / lines;
    const cost: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
    cost[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let j = 1; j <= n; j++) {
        for (let i = first[j]!; i < j; i++) {
          const before = cost[k - 1]![i]!;
          if (before === Infinity) continue;
          // A short last line is fine; only an overlong one unbalances the label.
          const off = j === n ? Math.max(0, width(i, j) - avg) : width(i, j) - avg;
          const c = before + 0.1 * (off / fontSize) ** 2 + breakAt[j]!;
          if (c < cost[k]![j]!) {
            cost[k]![j] = c;
            from[k]![j] = i;
          }
        }
      }
    }
    const total = cost[lines]![n]! + (lines - fewest[n]!) * 4;
    if (total < best.cost) best = { cost: total, from, lines };
  }
  const out: string[] = [];
  for (let k = best.lines, j = n; k > 0; k--) {
    const i = best.from[k]![j]!;
    out.unshift(line(i, j));
    j = i;
  }
  return out;
}
