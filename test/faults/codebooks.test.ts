/**
 * Hostile and unusual codebooks that the schema accepts: each either produces a report or is
 * refused with one line `codebook.json:<path>: <message>` and exit 1, never a stack trace, and
 * never hangs. The data are the bad-input corpus's valid set, read with a codebook.json derived
 * from the built-in FY2024 codebook and changed in one way.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fy2024 } from '@smesec/programme';
import { MAX_LABEL_CHARS } from '../../packages/charts/src/text/wrap-label.js';
import { afterAll, describe, expect, test } from 'vitest';
import { root, runCli, withoutProgress } from '../bad-input/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'faults-codebooks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const valid = join(root, 'test/fixtures/bad/valid');

type Json = { id: string; instruments: { id: string; rules: Record<string, unknown>; columns: { id: string; options?: { code: string; label: string }[] }[] }[] };
const base = () => JSON.parse(JSON.stringify(fy2024)) as Json;
const experts = (cb: Json) => cb.instruments.find((i) => i.id === 'experts')!;
const industries = (cb: Json) => experts(cb).columns.find((c) => c.id === 'industries')!;

/** Run the report on the valid set with this codebook.json text; the report folder is `out`. */
async function withCodebook(text: string) {
  const data = mkdtempSync(join(tmp, 'data-'));
  cpSync(valid, data, { recursive: true });
  writeFileSync(join(data, 'codebook.json'), text);
  const out = join(data, '..', `${data.split('/').at(-1)}-out`);
  const r = await runCli(['--data', data, '--out', out, '--quiet']);
  return { ...r, out, lines: withoutProgress(r.stderr) };
}
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('codebooks the report cannot be built from: one line, exit 1', () => {
  test.each<[string, () => string, string[]]>([
    [
      'an instrument renamed',
      () => {
        const cb = base();
        experts(cb).id = 'specialists';
        return JSON.stringify(cb);
      },
      ['codebook.json:instruments: the report needs the instrument experts, which is missing'],
    ],
    [
      'a single-instrument codebook',
      () => JSON.stringify(experts(base())),
      ['attendees', 'consultations', 'guidance'].map((id) => `codebook.json:instruments: the report needs the instrument ${id}, which is missing`),
    ],
    ...(['skills', 'activeList'] as const).map((rule) => [
      `rules.${rule} missing`,
      () => {
        const cb = base();
        delete experts(cb).rules[rule];
        return JSON.stringify(cb);
      },
      [`codebook.json:instruments[${fy2024.instruments.findIndex((i) => i.id === 'experts')}].rules.${rule}: Invalid input: expected object, received undefined`],
    ] as [string, () => string, string[]]),
  ])('%s', async (_name, make, message) => {
    const r = await withCodebook(make());
    expect([r.status, r.lines]).toEqual([1, message]);
    noStack(r.stderr);
    expect(existsSync(r.out)).toBe(false);
  }, 180_000);
});

describe('unusual codebooks that make a report', () => {
  test('saved with a UTF-8 byte-order mark', async () => {
    const r = await withCodebook(`\ufeff${JSON.stringify(base())}`);
    expect([r.status, r.lines]).toEqual([0, []]);
  }, 180_000);

  test('rules nested 10,000 deep: the page embeds only the skill scheme', async () => {
    const cb = base();
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const text = JSON.stringify(cb).replace('"rules":{', `"rules":{"deep":${deep},`);
    const r = await withCodebook(text);
    expect([r.status, r.lines]).toEqual([0, []]);
    const page = readFileSync(join(r.out, 'index.html'), 'utf8');
    expect(page).not.toContain('"deep"');
    expect(page).not.toContain('"activeList"');
  }, 180_000);

  test.each([1_000, 10_000])('an option label of %i characters: cut in the chart, whole in the table', async (length) => {
    const cb = base();
    const long = '中小企業の情報セキュリティ対策を支援する業種'.repeat(length / 20).slice(0, length);
    // A new option (no one chose it: a bar of 0), so that the data's labels still match.
    industries(cb).options!.splice(1, 0, { code: 'long', label: long });
    const r = await withCodebook(JSON.stringify(cb));
    expect([r.status, r.lines]).toEqual([0, []]);
    const tables = readdirSync(join(r.out, 'tables')).map((f) => readFileSync(join(r.out, 'tables', f), 'utf8'));
    expect(tables.some((t) => t.includes(long))).toBe(true);
    const svgs = [...readFileSync(join(r.out, 'index.html'), 'utf8').matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.length).toBeGreaterThan(10);
    expect(svgs.some((s) => s.includes(long.slice(0, MAX_LABEL_CHARS)))).toBe(false);
    expect(svgs.some((s) => s.includes(long.slice(0, 10)))).toBe(true);
  }, 300_000);

  test('10,000 options of one question: the figure shows its table with a note instead of a chart', async () => {
    const cb = base();
    const col = industries(cb);
    col.options = [...col.options!, ...Array.from({ length: 10_000 }, (_, i) => ({ code: `x${i}`, label: `追加業種${i}` }))];
    const r = await withCodebook(JSON.stringify(cb));
    expect([r.status, r.lines]).toEqual([0, []]);
    const page = readFileSync(join(r.out, 'index.html'), 'utf8');
    expect(page).toMatch(/項目が 10,0\d\d 件と多いため（図は 120 件まで）、図は省略しました。/);
  }, 300_000);
});
