import * as vega from 'vega';
import { textWidth } from '../text/text-width.js';

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

function isBold(weight: string | number | undefined): boolean {
  return weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
}

// Vega measures text with a canvas when one is installed and otherwise guesses 0.8 em per
// character. Neither is acceptable here: a canvas makes the output depend on the host's fonts,
// and the guess clips Japanese. `textMetrics.width` is Vega's documented hook for a custom
// measure (vl-convert replaces it too); it is module state, so it is swapped in only while a
// render runs and restored when the last concurrent render ends.
// Vega measures the same labels again and again (layout, legends, label limits): widths are kept
// per size, weight and text for the process.
const widths = new Map<string, number>();

function measure(item: TextItem, text: unknown): number {
  const s = text == null ? '' : String(text).trim();
  const fontSize = item.fontSize ?? 11;
  const bold = isBold(item.fontWeight);
  const key = `${fontSize}${bold ? 'b' : 'r'}${s}`;
  let w = widths.get(key);
  if (w === undefined) widths.set(key, (w = textWidth(s, { fontSize, bold })));
  return w;
}

type Measure = (item: TextItem, text: unknown) => number;

// vega-typings does not declare the scenegraph's text measure, though vega exports it.
const { textMetrics } = vega as unknown as { textMetrics: { width: Measure } };

let active = 0;
let saved: Measure | undefined;

/** Run `fn` with Vega measuring text by {@link textWidth}. */
export async function withCjkTextMetrics<T>(fn: () => Promise<T>): Promise<T> {
  if (active++ === 0) {
    saved = textMetrics.width;
    textMetrics.width = measure;
  }
  try {
    return await fn();
  } finally {
    if (--active === 0 && saved) textMetrics.width = saved;
  }
}
