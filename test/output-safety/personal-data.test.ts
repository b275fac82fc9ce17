/**
 * The personal data of the specialists who are not on the active list (no consent, an employer
 * that forbids SME support, or no skill answer: 18 of data/fy2024's 221) appear in no file of the
 * report folder: every file is searched for every name, e-mail, registration number,
 * organisation and free text of theirs that no listed specialist shares.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCsv, instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { root, runCli } from '../bad-input/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'personal-'));
const out = join(tmp, 'out');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PERSONAL = ['name', 'email', 'riss_number', 'organization', 'achievements', 'self_pr'] as const;
const experts = instrumentOf(fy2024, 'experts');
const table = fromCsv(new Uint8Array(readFileSync(join(root, 'data/fy2024/experts.csv'))), { codebook: experts }).table;
const rows = table.objects() as Record<string, unknown>[];
const skills = experts.columns.filter((c) => c.type === 'scale').map((c) => c.id);
// The published exclusions, decided here from the answers rather than by the library under test.
const unlisted = rows.filter((r) => r['list_consent'] === 'no' || r['sme_support_allowed'] === 'no' || skills.every((s) => r[s] == null));
const listed = rows.filter((r) => !unlisted.includes(r));
const listedText = listed.flatMap((r) => PERSONAL.map((f) => String(r[f] ?? '')));

/** Every file of the report folder, as text. */
function outputFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(join(e.parentPath, e.name).slice(out.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8'));
  }
  return files;
}

/** The forms a string takes in the outputs: as written, escaped for HTML, inside JSON, quoted in CSV. */
const forms = (v: string) => [v, v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'), JSON.stringify(v).slice(1, -1), v.replace(/"/g, '""')];

beforeAll(async () => {
  const r = await runCli(['--out', out, '--quiet']);
  expect([r.status, r.stderr]).toEqual([0, '']);
}, 120_000);

test('no personal datum of an unlisted specialist is in any output file', () => {
  expect([rows.length, unlisted.length, listed.length]).toEqual([221, 18, 203]);
  const files = outputFiles();
  expect([...files.keys()]).toEqual(expect.arrayContaining(['index.html', 'figures.json', 'validation.json', 'active-list.csv', 'tables/experts-active-list.csv']));
  const searched: Record<string, number> = {};
  for (const field of PERSONAL) {
    for (const r of unlisted) {
      const v = String(r[field] ?? '').trim();
      // Shared with a listed specialist (a common employer, say): published for them, not a leak.
      if (v.length < 2 || listedText.some((t) => t.includes(v))) continue;
      searched[field] = (searched[field] ?? 0) + 1;
      for (const [file, text] of files) for (const f of forms(v)) expect(text.includes(f), `${field} of ${String(r['respondent_id'])} in ${file}`).toBe(false);
    }
  }
  // Every name, e-mail and registration number was searched for; the synthetic organisations
  // repeat, and only 4 of the unlisted specialists' are no listed one's as well.
  expect(searched).toEqual({ name: 18, email: 18, riss_number: 18, organization: 4, achievements: expect.any(Number), self_pr: expect.any(Number) });
  expect(searched['achievements']! + searched['self_pr']!).toBeGreaterThan(0);
  console.info(`searched every output file for ${JSON.stringify(searched)} personal data of the 18 unlisted specialists`);
});

test('the listed specialists\' names are there, so the search looks where names go', () => {
  const files = outputFiles();
  for (const r of listed.slice(0, 20)) {
    expect(files.get('active-list.csv')!.includes(String(r['name'])), String(r['respondent_id'])).toBe(true);
    expect(files.get('index.html')!.includes(String(r['name'])), String(r['respondent_id'])).toBe(true);
  }
  const ids = new Set(unlisted.map((r) => String(r['respondent_id'])));
  const listIds = files.get('active-list.csv')!.split('\r\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
  expect(listIds).toHaveLength(203);
  expect(listIds.filter((id) => ids.has(id))).toEqual([]);
});
