/**
 * Hostile strings through the real pipeline (`pnpm report` as a child process, a custom
 * codebook.json): in the dashboard every one is text, never markup or script (checked in the page
 * source and in headless Chromium), and in the CSV exports none starts a formula, with the
 * Japanese text intact for Excel.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CsvTokenizer } from '@smesec/survey/stream';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeRecords, type ListData } from '../../packages/dashboard/src/render/list-data.js';
import { runCli } from '../bad-input/run-cli.js';
import { launchChromium, watch } from '../e2e/browser.js';
import { FORMULAS, MARKUP, writeHostileData } from './hostile-data.js';

const tmp = mkdtempSync(join(tmpdir(), 'hostile-'));
const data = join(tmp, 'data');
const out = join(tmp, 'out');
let html = '';

beforeAll(async () => {
  writeHostileData(data);
  const r = await runCli(['--data', data, '--out', out, '--quiet']);
  expect([r.status, r.stderr]).toEqual([0, '']);
  html = readFileSync(join(out, 'index.html'), 'utf8');
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('index.html source', () => {
  test('no hostile string appears unescaped', () => {
    for (const [key, m] of Object.entries(MARKUP)) expect(html.includes(m), key).toBe(false);
    expect(html).not.toMatch(/<script>alert|<img src=x|<svg onload|<iframe/i);
  });

  test('no script block can be closed or commented out by data: embedded JSON escapes <', () => {
    const blocks = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const [, attrs, body] of blocks) {
      expect(body, attrs).not.toMatch(/<\/?script|<!--/i);
      if (/application\/json/.test(attrs!)) expect(body!.includes('<'), attrs).toBe(false);
    }
    // The JSON still holds the strings exactly.
    const list = /<script type="application\/json" id="active-list-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const records = decodeRecords(JSON.parse(list) as ListData);
    expect(records.map((r) => r.name)).toContain(MARKUP.name);
    expect(records.map((r) => r.fields['organization'])).toContain(MARKUP.organization);
  });
});

describe('the dashboard in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let seen: { errors: string[]; requests: string[] };
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    seen = watch(page);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.waitForLoadState('load');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('the strings are shown as text, where the data and the codebook put them', async () => {
    expect(await page.title()).toContain(MARKUP.year);
    // Every text node of the page, shown or in a closed data table, scripts left out.
    const text = (await page.evaluate(`(() => {
      const parts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('script')) parts.push(walker.currentNode.textContent ?? '');
      return parts.join('\\n');
    })()`)) as string;
    for (const m of [MARKUP.notice, MARKUP.name, MARKUP.optionLabel, MARKUP.chamberLabel, MARKUP.styleLabel]) expect(text, m).toContain(m);
    expect(await page.locator('aside.notice p').textContent()).toBe(MARKUP.notice);
  });

  test('opening every card and using the filters runs no injected script', async () => {
    const buttons = page.locator('button.open-card');
    const n = await buttons.count();
    expect(n).toBe(2);
    for (let i = 0; i < n; i++) {
      await buttons.nth(i).click();
      const card = page.locator('#list-card');
      await expect.poll(() => card.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(true);
      if (i === 0) {
        const cardText = (await card.textContent()) ?? '';
        for (const m of [MARKUP.name, MARKUP.organization, MARKUP.achievements]) expect(cardText, m).toContain(m);
      }
      await card.locator('button').click();
    }
    await page.selectOption('#list-filters select[name=industry]', 'automotive');
    await page.waitForTimeout(200);
    expect(await page.locator('#list-count').textContent()).toMatch(/^1名が該当/);
    expect(dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([]);
  });

  test('no injected element exists: no handler attribute, no extra script, style, image, frame or comment', async () => {
    // Run in the page (a string: the type check of this file knows no DOM).
    const dom = (await page.evaluate(`(() => {
      const all = [...document.querySelectorAll('*')];
      const comments = [];
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
      while (walker.nextNode()) comments.push(walker.currentNode.textContent ?? '');
      return {
        handlers: all.filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((e) => e.outerHTML.slice(0, 80)),
        scripts: [...document.scripts].map((s) => s.type || 'classic'),
        // Charts are SVG with their own <style> and <title>: only the page's own count here.
        styles: [...document.querySelectorAll('style')].filter((e) => !e.closest('svg')).length,
        styleRules: [...document.querySelectorAll('style')].filter((e) => (e.textContent ?? '').includes('body{display:none}')).length,
        injected: document.querySelectorAll('img, iframe, object, embed, svg[onload], title ~ script').length,
        titles: [...document.querySelectorAll('title')].filter((e) => !e.closest('svg')).length,
        comments,
        hidden: getComputedStyle(document.body).display,
      };
    })()`)) as { handlers: string[]; scripts: string[]; styles: number; styleRules: number; injected: number; titles: number; comments: string[]; hidden: string };
    expect(dom.handlers).toEqual([]);
    expect(dom.scripts.filter((t) => t !== 'application/json')).toEqual(['classic']);
    expect([dom.styles, dom.styleRules, dom.injected, dom.titles, dom.hidden]).toEqual([1, 0, 0, 1, 'block']);
    expect(dom.comments).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

/** Cells of a CSV text, read with the survey reader's tokenizer. */
function cells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const t = new CsvTokenizer({
    cell: (s, a, b) => row.push(s.slice(a, b)),
    cellValue: (v) => row.push(v),
    endRecord: () => {
      rows.push(row);
      row = [];
    },
  });
  t.push(text);
  t.end();
  return rows;
}

describe('CSV exports', () => {
  const files = () => ['active-list.csv', ...readdirSync(join(out, 'tables')).map((f) => `tables/${f}`)];
  const TRIGGER = /^[=+\-@\t\r]/;
  const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

  test('every file is UTF-8 with a BOM, so Excel reads the Japanese as it is', () => {
    for (const f of files()) {
      const bytes = readFileSync(join(out, f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), f).not.toThrow();
    }
    const list = readFileSync(join(out, 'active-list.csv'), 'utf8');
    expect(list).toContain('支援料金（1回2時間あたり）');
    expect(cells(list.slice(1)).map((r) => r[0])).toEqual(['回答者ID', 'E001', 'E002']);
  });

  test('no cell starts a formula; the hostile ones are kept as text behind an apostrophe', () => {
    const all = new Set<string>();
    for (const f of files()) {
      for (const row of cells(readFileSync(join(out, f), 'utf8').slice(1))) {
        for (const c of row) {
          all.add(c);
          if (TRIGGER.test(c)) expect(c, `${f}: ${JSON.stringify(c)}`).toMatch(NUMBER);
        }
      }
    }
    const joined = [...all].join('\n');
    for (const [key, f] of Object.entries(FORMULAS)) expect(joined.includes(`'${f}`), key).toBe(true);
  });
});
