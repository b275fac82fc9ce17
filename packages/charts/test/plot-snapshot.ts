import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Normalise an SVG for comparison, as Observable Plot's test/plot-snapshot.js does: numbers
 * rounded to 3 decimals (float noise across platforms), generated ids renumbered in order of
 * appearance (and every reference to them), one element per line so a diff reads.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size}`);
  let out = svg.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
  out = out.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (all, a: string, id: string) => (ids.has(id) ? a + ids.get(id)! : all));
  return `${out.replace(/></g, '>\n<')}\n`;
}

/**
 * Compare a rendered SVG with `test/snapshots/<name>.svg`. On a mismatch the new rendering is
 * written beside it as `<name>-changed.svg` (git-ignored) to open and compare; `vitest -u`
 * accepts it.
 */
export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const normalized = normalizeSvg(svg);
  const dir = join(here, 'snapshots');
  const changed = join(dir, `${name}-changed.svg`);
  try {
    await expect(normalized).toMatchFileSnapshot(join(dir, `${name}.svg`));
    if (existsSync(changed)) rmSync(changed);
  } catch (error) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(changed, normalized);
    throw error;
  }
}

/** A fixture file's text. */
export function readFixture(name: string): string {
  return readFileSync(join(here, 'fixtures', name), 'utf8');
}
