/** Round to one decimal for display tables (figures.json keeps the unrounded value). */
export const round1 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/** `1,234` */
export const int = (n: number): string => n.toLocaleString('ja-JP');

/** A change in percentage points as tables show it: signed, one decimal (+4.0, -0.4, 0.0). */
export const signedPoints = (x: number): string => {
  const t = x.toFixed(1);
  return x > 0 && t !== '0.0' ? `+${t}` : t === '-0.0' ? '0.0' : t;
};
