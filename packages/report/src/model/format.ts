/** Round to one decimal for display tables (figures.json keeps the unrounded value). */
export const round1 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/** `1,234` */
export const int = (n: number): string => n.toLocaleString('ja-JP');
