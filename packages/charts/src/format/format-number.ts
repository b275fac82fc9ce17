/**
 * Percent with one decimal and an ascii `%`, as the programme report prints it (`52.8%`).
 * Rounds half away from zero on the decimal value, not on the binary float, so 0.05 → 0.1.
 */
export function formatPct(pct: number, digits = 1): string {
  const f = 10 ** digits;
  const rounded = Math.sign(pct) * Math.round(Math.abs(pct) * f + 1e-9) / f;
  return `${rounded.toFixed(digits)}%`;
}

/** Count with thousands separators (`1,234`); no locale lookup, so output never varies by host. */
export function formatCount(count: number): string {
  const [int, frac] = String(count).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
