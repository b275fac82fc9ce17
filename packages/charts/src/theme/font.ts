/**
 * Japanese-first font stack for every chart: macOS (Hiragino), the Noto CJK family on Linux and
 * Android, then Windows (Yu Gothic, Meiryo). Latin glyphs come from the same Japanese font so
 * digits and kana share one baseline.
 */
export const FONT_FAMILY =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic", YuGothic, Meiryo, sans-serif';
