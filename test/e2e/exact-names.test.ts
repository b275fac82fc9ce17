/**
 * Names are kept exactly as written: a specialist who writes their name with a variant kanji of
 * the IBM extension (神 U+FA19, 﨑 U+FA11) or with 髙 finds it unchanged on the active list and in
 * the dashboard. The report runs on a copy of data/fy2024 whose names are edited to use them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeRecords, type ListData } from '../../packages/dashboard/src/render/list-data.js';
import { runReport } from '../../pipelines/annual-report/run-report.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'exact-names-'));
const data = join(tmp, 'data');
const out = join(tmp, 'out');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Surnames in forms that NFC or NFKC would rewrite (U+FA19 → U+795E, U+FA11 → U+5D0E) or that CP932 holds only in its extensions (髙). */
const SURNAMES = ['\ufa19田', '髙﨑', '山\ufa11', '\ufa19谷 髙'];
/** The name written for each specialist, by id. */
const written = new Map<string, string>();

beforeAll(async () => {
  cpSync(join(root, 'data/fy2024'), data, { recursive: true });
  const path = join(data, 'experts.csv');
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.replace(/^\ufeff/, '').split(',');
  // The id and the name are the first two cells, never quoted in this file: edit the name in place.
  expect(header.slice(0, 2)).toEqual(['respondent_id', 'name']);
  let k = 0;
  const edited = lines.map((line) => {
    const m = /^(E\d+),([^,"]*),/.exec(line);
    if (!m) return line;
    const given = m[2]!.split(' ')[1] ?? '';
    const name = `${SURNAMES[k++ % SURNAMES.length]} ${given}`;
    written.set(m[1]!, name);
    return `${m[1]},${name},${line.slice(m[0].length)}`;
  });
  expect(written.size).toBeGreaterThan(200);
  writeFileSync(path, edited.join('\n'));
  const r = await runReport({ data, out, activity: join(root, 'data/program-activity'), quiet: true, help: false });
  expect(r.status).toBe(0);
}, 300_000);

describe('variant kanji in names go through the report unchanged', () => {
  test('active-list.csv holds every listed name as written', () => {
    const lines = readFileSync(join(out, 'active-list.csv'), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/);
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['回答者ID', '氏名']);
    // A record starts with its id (later lines of a quoted cell with line breaks do not).
    const names = lines.flatMap((line) => {
      const m = /^(E\d+),([^,"]*),/.exec(line);
      return m ? [[m[1]!, m[2]!] as const] : [];
    });
    expect(names.length).toBeGreaterThan(150);
    for (const [id, name] of names) expect(name, id).toBe(written.get(id));
    // Every form is on the list, code point for code point.
    const all = names.map(([, n]) => n).join('\n');
    for (const s of SURNAMES) expect(all).toContain(s);
    expect(all).not.toMatch(/[\u795e\u5d0e]/);
  });

  test('the dashboard\'s list data (the JSON in index.html) holds the same names', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const json = /<script type="application\/json" id="active-list-data">([^<]*)<\/script>/.exec(html);
    expect(json).not.toBeNull();
    const records = decodeRecords(JSON.parse(json![1]!) as ListData) as { id: string; name: string }[];
    expect(records.length).toBeGreaterThan(150);
    for (const r of records) expect(r.name, r.id).toBe(written.get(r.id));
    for (const s of SURNAMES) expect(records.some((r) => r.name.startsWith(s))).toBe(true);
  });
});
