/**
 * The previous year's ticks in the charts of a `--compare` report, in Debian's Chromium: they are
 * drawn where the page shows the chart, at 1440 px and on a 390 px phone, and the page stays
 * axe-clean; the S1–S6 chart gets a tick per row at each class boundary. The previous year is
 * FY2024's own figures.json with every share moved by a fixed factor and one option left out, so
 * the ticks stand apart from the bars' ends.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runReport } from '../../pipelines/annual-report/run-report.js';
import { axeViolations, launchChromium, watch } from './browser.js';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'previous-year-'));
const shots = join(root, 'test/.output/screenshots');
let browser: Browser;

beforeAll(async () => {
  const first = await runReport({ data: join(root, 'data/fy2024'), out: join(out, 'then'), quiet: true, help: false });
  expect(first.status).toBe(0);
  const then = JSON.parse(readFileSync(join(out, 'then/figures.json'), 'utf8')) as Record<string, number>;
  const moved = Object.entries(then)
    .filter(([id]) => !id.startsWith('attendees.motivation.customer_request.'))
    .map(([id, v], i) => [id, id.endsWith('.pct') ? v * (1 + 0.35 * Math.sin(i)) : /^(funnel|experts\.rating)\./.test(id) ? Math.round(v * (1 + 0.35 * Math.sin(i))) : v]);
  writeFileSync(join(out, 'previous.json'), JSON.stringify(Object.fromEntries(moved)));
  const now = await runReport({ data: join(root, 'data/fy2024'), out: join(out, 'now'), compare: [join(out, 'previous.json')], quiet: true, help: false });
  expect(now.status).toBe(0);
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The ticks of a figure's chart: the dark 2 px rectangles Vega draws, each with whether it lies within its SVG. */
async function ticksOf(page: Page, id: string): Promise<{ inside: boolean; w: number; h: number }[]> {
  return (await page.evaluate(`(() => {
    const svg = document.querySelector('#fig-${id} svg').getBoundingClientRect();
    return [...document.querySelectorAll('#fig-${id} svg path[fill="#1a1a1a"]')]
      .filter((p) => /h2v/.test(p.getAttribute('d')))
      .map((p) => { const b = p.getBoundingClientRect(); return { inside: b.left >= svg.left && b.right <= svg.right && b.top >= svg.top && b.bottom <= svg.bottom, w: b.width, h: b.height }; });
  })()`)) as { inside: boolean; w: number; h: number }[];
}

for (const width of [1440, 390]) {
  test(`at ${width} px the ticks are drawn inside their chart, named under it, and axe finds nothing`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const seen = watch(page);
    await page.goto(pathToFileURL(join(out, 'now/index.html')).href);
    const fig = page.locator('#fig-attendees-motivation');
    await fig.scrollIntoViewIfNeeded();
    const boxes = await ticksOf(page, 'attendees-motivation');
    // Every option but the one the previous year lacked (取引先から対策を求められた), and 無回答.
    const bars = await fig.locator('table.data tbody th[scope="row"]').count();
    expect(boxes.length).toBe(bars - 2);
    for (const b of boxes) expect(b).toMatchObject({ inside: true });
    expect(Math.min(...boxes.map((b) => b.h))).toBeGreaterThan(10);
    expect(await fig.locator('p.detail.previous').textContent()).toContain('黒い縦線は前年度（令和5年度）の値');
    await fig.screenshot({ path: join(shots, `previous-year-${width}.png`) });
    // The S1–S6 chart: two ticks on each of its six bars (the boundaries of its three classes), inside it.
    const ability = page.locator('#fig-experts-ability');
    await ability.scrollIntoViewIfNeeded();
    expect((await ticksOf(page, 'experts-ability')).map((b) => b.inside)).toEqual(Array(12).fill(true));
    expect(await ability.locator('p.detail.previous').textContent()).toContain('黒い縦線は前年度（令和5年度）の累積割合');
    expect(await ability.locator('table.data thead').textContent()).toContain('前年度（%）');
    await ability.screenshot({ path: join(shots, `previous-year-ability-${width}.png`) });
    // The ◎/○ grouped bars: a tick on each of their twelve bars; the funnel: one at each end of its five bars.
    for (const [id, count] of [['experts-rating', 12], ['funnel', 10]] as const) {
      await page.locator(`#fig-${id}`).scrollIntoViewIfNeeded();
      expect((await ticksOf(page, id)).map((b) => b.inside)).toEqual(Array(count).fill(true));
      await page.locator(`#fig-${id}`).screenshot({ path: join(shots, `previous-year-${id}-${width}.png`) });
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 60_000);
}
