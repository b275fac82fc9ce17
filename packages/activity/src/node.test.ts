import { ValidationError } from '@smesec/survey';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DATA_DIR } from '../test/tiny.js';
import { loadActivity } from './node.js';

test('loadActivity reads the bundled folder by default (from the repository root)', () => {
  expect(loadActivity().events.numRows()).toBe(loadActivity(DATA_DIR).events.numRows());
  expect(loadActivity().issues).toEqual([]);
});

test('loadActivity is strict by default: one ValidationError naming file, row and column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'activity-'));
  for (const f of readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'))) writeFileSync(join(dir, f), readFileSync(join(DATA_DIR, f)));
  try {
    // e002 is on row 3 (the header is row 1, e001 row 2).
    const events = readFileSync(join(dir, 'events.csv'), 'utf8').replace('e002,2024-07-17,', 'e002,2024-07-32,');
    writeFileSync(join(dir, 'events.csv'), events);
    expect(() => loadActivity(dir)).toThrow(ValidationError);
    expect(() => loadActivity(dir)).toThrow('events.csv:3:date: "2024-07-32" is not a date for 開催日');
    expect(loadActivity(dir, { mode: 'lenient' }).events.numRows()).toBe(82);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
