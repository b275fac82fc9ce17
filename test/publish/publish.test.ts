/**
 * What a researcher installs: the built packages. One file, run in order, because every step
 * reads the same `dist/` folders: build → API report → pack, install, import with plain node.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { API_REPORT_DIR, apiReport, entryPoints } from '../../scripts/api-report.js';

const tmp = mkdtempSync(join(tmpdir(), 'smesec-publish-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('API report', () => {
  test('every published entry point has a checked-in report', () => {
    const reports = readdirSync(API_REPORT_DIR).filter((f) => f.endsWith('.api.md'));
    expect(reports.sort()).toEqual(entryPoints().map((e) => `${e.report}.api.md`).sort());
  });

  test('the built declarations match reports/api (run pnpm api:update after reviewing a change)', () => {
    const tempDir = join(tmp, 'api-current');
    const result = apiReport({ tempDir });
    expect(result.errors).toBe(0);
    // Compare the texts so that a failure shows the difference itself.
    for (const name of result.changed) {
      expect(readFileSync(join(tempDir, `${name}.api.md`), 'utf8'), `${name}.api.md`).toBe(readFileSync(join(API_REPORT_DIR, `${name}.api.md`), 'utf8'));
    }
    expect(result.changed).toEqual([]);
  });

  test('a changed export is caught', () => {
    const reportDir = join(tmp, 'api-edited');
    cpSync(API_REPORT_DIR, reportDir, { recursive: true });
    const file = join(reportDir, 'survey.api.md');
    // As if wilson() had been renamed since the reports were written.
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('export function wilson(', 'export function wilsonInterval(');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    expect(apiReport({ tempDir: join(tmp, 'api-edited-out'), reportDir }).changed).toEqual(['survey']);
  });
});
