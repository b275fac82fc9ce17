import { expect, test } from 'vitest';
import { buildClientScript } from './node.js';

test('the page script bundles without zod and stays a few kilobytes', async () => {
  const script = await buildClientScript();
  // zod was 190 KB of the 224 KB script; the page searches with the experts package's zod-free core.
  expect(script).not.toMatch(/\$ZodType|ZodError|zod/i);
  expect(script.length).toBeLessThan(40 * 1024);
  expect(script).toContain('もっと見る');
}, 60_000);
