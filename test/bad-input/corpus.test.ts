import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationSummary } from '@smesec/report';
import { formatIssue, fromCsv, isError, messagesJa, readInstruments, ValidationError, type Issue, type ReadResult } from '@smesec/survey';
import { fy2024, programmeFromJson, ProgrammeCodebookError } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';
import { CASES, type BadCase } from './cases.js';
import { corpusFiles, FIXTURES } from './make-fixtures.js';
import { runCli, withoutProgress } from './run-cli.js';
import { FILES, type FileName } from './valid-set.js';

const tmp = mkdtempSync(join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const folder = (c: BadCase) => join(FIXTURES, c.id);
/** An issue as the command prints it by default. */
const ja = (i: Issue) => formatIssue(i, messagesJa);
const expectedLines = (c: BadCase) => readFileSync(join(folder(c), 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
const expectedJson = (c: BadCase) => JSON.parse(readFileSync(join(folder(c), 'expected.json'), 'utf8')) as { status: number; rows?: Record<FileName, [number, number, number]> };
/** The `file:row:column: message` lines of a case's expected stderr: no warnings, no summary, no count. */
const errorLines = (c: BadCase) => expectedLines(c).filter((l) => /^[\w.-]+\.csv:\d+:/.test(l));
/** Cases whose four files are all there and readable by the library (no folder-level setting broken). */
const readable = CASES.filter((c) => FILES.every((f) => c.files[f] !== null) && !('codebook.json' in c.files) && !('dataset.json' in c.files));

describe('the corpus on disk', () => {
  test('every folder holds exactly what cases.ts makes (run make-fixtures.ts after changing a case)', () => {
    const files = corpusFiles();
    const onDisk = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(FIXTURES.length))
      .sort();
    expect(onDisk).toEqual([...files.keys()].sort());
    for (const [path, content] of files) {
      const want = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      expect(readFileSync(join(FIXTURES, path)).equals(want), path).toBe(true);
    }
  });

  test('the valid set builds a report with no issue', async () => {
    const out = join(tmp, 'valid-out');
    const r = await runCli(['--data', join(FIXTURES, 'valid'), '--out', out, '--quiet']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    for (const f of ['index.html', 'figures.json', 'validation.json', 'active-list.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8'));
    expect([figures['experts.n'], figures['attendees.n'], figures['consultations.n'], figures['guidance.n'], figures['experts.active_list.count']]).toEqual([4, 4, 3, 2, 2]);
  });
});

describe.concurrent('pnpm report on each case', () => {
  test.each(CASES.map((c) => [c.id, c] as const))('%s', async (id, c) => {
    const data = folder(c);
    const out = join(tmp, id, 'out');
    const validationPath = join(tmp, id, 'validation.json');
    mkdirSync(join(tmp, id));
    const r = await runCli(['--data', data, '--out', out, '--validation', validationPath]);
    const expected = expectedJson(c);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(expected.status);
    // Exactly the expected lines: no stack trace, nothing else.
    const shown = withoutProgress(r.stderr).map((l) => l.split(data).join('<data>').split(out).join('<out>'));
    expect(shown).toEqual(expectedLines(c));
    expect(r.stdout).toBe('');

    if (c.status === 1) {
      // A failed run writes no report, not even a partial one.
      expect(existsSync(out), 'out folder').toBe(false);
      expect(readdirSync(join(tmp, id)).filter((e) => e.startsWith('.out.'))).toEqual([]);
    } else {
      for (const f of ['index.html', 'figures.json', 'validation.json', 'active-list.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    }

    if (!expected.rows) {
      expect(existsSync(validationPath), 'validation.json of a run that read nothing').toBe(false);
      return;
    }
    const v = JSON.parse(readFileSync(validationPath, 'utf8')) as ValidationSummary;
    expect(v.ok).toBe(c.status === 0);
    expect(v.files.map((f) => f.file)).toEqual(FILES);
    for (const f of v.files) {
      // Every row of every file is accounted for, as accepted or as rejected with its reasons.
      expect([f.rows_read, f.rows_accepted, f.rows_rejected], f.file).toEqual(expected.rows[f.file as FileName]);
      expect(f.rows_read).toBe(f.rows_accepted + f.rows_rejected);
      expect(f.rejected).toHaveLength(f.rows_rejected);
      for (const x of f.rejected) expect(x.reasons.length, `${f.file}:${x.row}`).toBeGreaterThan(0);
    }
    // Each error printed is in validation.json: a file error, or a reason of the rejected row it names.
    for (const line of errorLines(c)) {
      const [file, row, column] = line.split(':') as [string, string, string];
      const f = v.files.find((x) => x.file === file)!;
      const found = [...f.file_errors, ...f.rejected.filter((x) => x.row === Number(row)).flatMap((x) => x.reasons)].some((i) => i.row === Number(row) && i.column === column);
      expect(found, line).toBe(true);
    }
  });
});

/** The case's four files, as the library is given them. */
function inputs(c: BadCase) {
  return new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: new Uint8Array(readFileSync(join(folder(c), `${cb.id}.csv`))), file: `${cb.id}.csv` }]));
}

describe('the library on each case', () => {
  test.each(readable.map((c) => [c.id, c] as const))('%s: strict mode throws every error at once; lenient mode accounts for every row', (_id, c) => {
    const rows = expectedJson(c).rows!;
    // Strict: one typed error carrying every issue of every file, the same the command prints.
    let thrown: unknown = null;
    try {
      readInstruments(inputs(c), { codebooks: fy2024 });
    } catch (e) {
      thrown = e;
    }
    if (c.status === 1) {
      expect(thrown).toBeInstanceOf(ValidationError);
      const err = thrown as ValidationError;
      expect(err.exitCode).toBe(1);
      expect(err.issues.filter(isError).map(ja).sort()).toEqual(errorLines(c).sort());
    } else expect(thrown).toBeNull();

    // Lenient: accepted rows in the table, rejected rows with their reasons, nothing else.
    const results = readInstruments(inputs(c), { codebooks: fy2024, mode: 'lenient' });
    const all: ReadResult[] = [...results.values()];
    expect(all.flatMap((r) => r.issues).map((i) => (isError(i) ? ja(i) : `警告: ${ja(i)}`)).sort()).toEqual(
      expectedLines(c)
        .filter((l) => !/^エラー \d+件/.test(l) && !l.startsWith('  ') && !l.startsWith('内訳'))
        .sort(),
    );
    for (const r of all) {
      const [read, accepted, rejected] = rows[r.file as FileName];
      expect([r.stats.rows, r.stats.accepted, r.stats.rejected, r.table.numRows(), r.rowNumbers.length], r.file).toEqual([read, accepted, rejected, accepted, accepted]);
      const rejectedRows = r.rejected.filter((x) => !x.issues.every((i) => i.code === 'blank_row'));
      expect(rejectedRows).toHaveLength(rejected);
      for (const x of rejectedRows) expect(x.issues.some(isError), `${r.file}:${x.row}`).toBe(true);
      // No row is both accepted and rejected, and rows are numbered as Excel shows them.
      const numbers = [...r.rowNumbers, ...r.rejected.map((x) => x.row)];
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(Math.min(...numbers, Infinity)).toBeGreaterThanOrEqual(2);
    }
  });

  test.each(readable.filter((c) => c.status === 1).map((c) => [c.id, c] as const))('%s: each file read alone in strict mode throws its own issues or none', (_id, c) => {
    for (const cb of fy2024.instruments) {
      const file = `${cb.id}.csv`;
      const own = errorLines(c).filter((l) => l.startsWith(`${file}:`) && !/にありません$|それ自体が不採用です/.test(l));
      const bytes = new Uint8Array(readFileSync(join(folder(c), file)));
      if (own.length === 0) {
        expect(() => fromCsv(bytes, { codebook: cb, file }), file).not.toThrow();
        continue;
      }
      expect(() => fromCsv(bytes, { codebook: cb, file })).toThrow(ValidationError);
      try {
        fromCsv(bytes, { codebook: cb, file });
      } catch (e) {
        expect((e as ValidationError).issues.filter(isError).map(ja)).toEqual(own);
        expect((e as ValidationError).message.split('\n')[0]).toBe(`${own.length} validation error${own.length === 1 ? '' : 's'}:`);
      }
    }
  });

  test.each(CASES.filter((c) => 'codebook.json' in c.files).map((c) => [c.id, c] as const))('%s: the codebook is refused with a typed error', (_id, c) => {
    const text = readFileSync(join(folder(c), 'codebook.json'), 'utf8');
    expect(() => programmeFromJson(text)).toThrow(ProgrammeCodebookError);
    try {
      programmeFromJson(text);
    } catch (e) {
      expect((e as ProgrammeCodebookError).message.split('\n')).toEqual(expectedLines(c));
    }
  });
});
