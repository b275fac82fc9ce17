import type { Crosstab } from '../tabulate/crosstab.js';
import type { Frequency } from '../tabulate/frequency.js';

/** A flat map of figure id → number: what `figures.json` holds. */
export type Figures = Record<string, number>;

/**
 * Figure ids of a frequency (docs/figure-ids.md): `<prefix>.base`, `.missing`, `.<code>.count`,
 * `.<code>.pct`; `.distinct` for single-response and numeric questions, `.responses` for
 * multiple-response ones, `.sum` for numeric ones.
 */
export function frequencyFigures(prefix: string, f: Frequency): Figures {
  const out: Figures = { [`${prefix}.base`]: f.n, [`${prefix}.missing`]: f.missing };
  for (const item of f.items) {
    out[`${prefix}.${item.code}.count`] = item.count;
    if (Number.isFinite(item.pct)) out[`${prefix}.${item.code}.pct`] = item.pct;
  }
  const multi = f.type === 'multi' || f.type === 'multi-prefecture' || f.type === 'list';
  if (multi) out[`${prefix}.responses`] = f.responses;
  else out[`${prefix}.distinct`] = f.items.filter((i) => i.count > 0).length;
  if (f.stats) out[`${prefix}.sum`] = f.stats.sum;
  return out;
}

/** Figure ids of a crosstab: `<prefix>.<row|total>.<col|total>.count`. */
export function crosstabFigures(prefix: string, x: Crosstab): Figures {
  const out: Figures = {};
  x.rowCodes.forEach((r, i) => {
    x.colCodes.forEach((c, j) => (out[`${prefix}.${r}.${c}.count`] = x.counts[i]![j]!));
    out[`${prefix}.${r}.total.count`] = x.rowTotals[i]!;
  });
  x.colCodes.forEach((c, j) => (out[`${prefix}.total.${c}.count`] = x.colTotals[j]!));
  out[`${prefix}.total.total.count`] = x.n;
  return out;
}

/** Merge figure maps; the same id with two different values is a programming error. */
export function mergeFigures(...parts: Figures[]): Figures {
  const out: Figures = {};
  for (const part of parts) {
    for (const [id, v] of Object.entries(part)) {
      if (id in out && out[id] !== v && !(Number.isNaN(out[id]) && Number.isNaN(v))) throw new Error(`figure ${id} computed twice with different values: ${out[id]} and ${v}`);
      out[id] = v;
    }
  }
  return out;
}
