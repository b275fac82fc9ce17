/**
 * The charts' compiled and parsed shapes kept from run to run. Vega-Lite's compile and Vega's
 * parse of each kind of chart are the same in every run of one build (see
 * packages/charts/src/render/compile-cache.ts), and were a third of the charts phase in a new
 * process. The compiled command keeps them in `report.<build>.<node>.<arch>.charts.json` beside
 * itself: read just before the charts are drawn (not at start: a run that stops at validation
 * loads no renderer), written again at the end of a successful run that made new ones. The
 * file is named by the build, so it never meets another version of the renderers.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ShapeCache } from '@smesec/charts';

const size = (c: ShapeCache) => c.shapes.reduce((n, [, s]) => n + 1 + (s.runtime ? 1 : 0), 0);

let file: string | undefined;

/** Keep the charts' shapes in `path` (the compiled command does, beside its code cache). */
export function keepChartShapesIn(path: string): void {
  file = path;
}

/**
 * Before the charts are drawn: take the kept shapes, and keep them again at the end of a
 * successful run that made new ones. Nothing without {@link keepChartShapesIn}.
 */
export async function useKeptChartShapes(): Promise<void> {
  const path = file;
  if (path === undefined) return;
  file = undefined;
  const { exportShapes, importShapes } = await import('@smesec/charts');
  let before = 0;
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as ShapeCache;
    importShapes(cache);
    before = size(cache);
  } catch {
    // None yet, or unreadable: this run makes them and leaves a new file.
  }
  process.once('exit', (code) => {
    if (code !== 0) return;
    const now = exportShapes();
    if (size(now) <= before) return;
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(now));
      renameSync(tmp, path);
    } catch {
      // A read-only install draws its charts from scratch, as before.
    }
  });
}
