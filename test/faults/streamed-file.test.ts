/**
 * A report file given in pieces (the active list of a large year) is written piece by piece,
 * inside the same atomic protocol as the others.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { OutputWriteError, writeFolderAtomic } from '../../pipelines/annual-report/write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'streamed-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the file is the UTF-8 text of every piece, in order', () => {
  const out = join(dir, 'report');
  function* pieces() {
    for (let i = 0; i < 300; i++) yield `${i},専門家${'あ'.repeat(i)}\r\n`;
  }
  writeFolderAtomic(out, new Map<string, string | Iterable<string>>([['index.html', '<p>x</p>'], ['active-list.csv', pieces()]]));
  const expected = Array.from({ length: 300 }, (_, i) => `${i},専門家${'あ'.repeat(i)}\r\n`).join('');
  expect(readFileSync(join(out, 'active-list.csv'), 'utf8')).toBe(expected);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>x</p>');
});

test('a piece that fails to be made leaves the previous report as it was', () => {
  const out = join(dir, 'kept');
  writeFolderAtomic(out, new Map([['index.html', 'old']]));
  function* broken() {
    yield 'a\r\n';
    throw new Error('失敗');
  }
  expect(() => writeFolderAtomic(out, new Map<string, string | Iterable<string>>([['index.html', 'new'], ['active-list.csv', broken()]]))).toThrow(OutputWriteError);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  expect(existsSync(join(out, 'active-list.csv'))).toBe(false);
});
