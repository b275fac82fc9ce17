/**
 * A Vega expression that maps a code (`datum.value` in an axis or legend) to its display label,
 * one string per line. Charts are keyed by ascii codes; the Japanese text is attached only here,
 * at the guide, so sorting and colour assignment never depend on label spelling.
 */
export function labelExpr(labels: ReadonlyMap<string, readonly string[]>): string {
  const entries = [...labels].map(([code, lines]) => {
    const value = lines.length === 1 ? JSON.stringify(lines[0]) : JSON.stringify(lines);
    return `${JSON.stringify(code)}: ${value}`;
  });
  return `({${entries.join(', ')}})[datum.value]`;
}
