import type { TopLevelSpec } from 'vega-lite';

/** Loose views into a built spec, for assertions. */
export type Row = Record<string, unknown>;

export interface Layer {
  mark: { type: string; [k: string]: unknown };
  encoding?: Record<string, Record<string, unknown>>;
  transform?: { filter: string }[];
}

export function rowsOf(spec: TopLevelSpec): Row[] {
  return (spec as unknown as { data: { values: Row[] } }).data.values;
}

export function layersOf(spec: TopLevelSpec): Layer[] {
  return (spec as unknown as { layer: Layer[] }).layer;
}

export function encodingOf(spec: TopLevelSpec): Record<string, Record<string, unknown>> {
  return (spec as unknown as { encoding: Record<string, Record<string, unknown>> }).encoding;
}

export function subtitleOf(spec: TopLevelSpec): unknown {
  return (spec as unknown as { title: { subtitle?: unknown } }).title.subtitle;
}
