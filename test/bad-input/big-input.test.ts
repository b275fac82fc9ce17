/**
 * Inputs too big to check in, made at test time in a temporary folder and deleted after: a
 * 200 MB attendees.csv and a cell of 1 MB. Each is read by the command in a child process whose
 * peak resident memory is measured (`rss-probe.ts`): the answer must be a correct report or a clear
 * error, with memory holding the tables, never the file.
 */
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeFigures, type ValidationSummary } from '@smesec/report';
import { instrumentOf, readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root, runCli, withoutProgress } from './run-cli.js';

const MB = 1024 * 1024;
const tmp = mkdtempSync(join(tmpdir(), 'big-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const probe = join(root, 'test/bad-input/rss-probe.ts');

/** The FY2024 data with attendees.csv replaced; returns the folder. */
function dataWith(name: string, attendees: (path: string) => void): string {
  const dir = join(tmp, name);
  cpSync(join(root, 'data/fy2024'), dir, { recursive: true });
  attendees(join(dir, 'attendees.csv'));
  return dir;
}

/** The command on a data folder, with its peak resident set size in bytes. */
async function measured(data: string, name: string) {
  const rssFile = join(tmp, `${name}.rss`);
  const out = join(tmp, `${name}-out`);
  const validation = join(tmp, `${name}-validation.json`);
  const run = await runCli(['--data', data, '--out', out, '--validation', validation, '--activity', 'none'], { preload: [probe], env: { SMESEC_RSS_FILE: rssFile } });
  return { run, out, rss: Number(readFileSync(rssFile, 'utf8')), validation: JSON.parse(readFileSync(validation, 'utf8')) as ValidationSummary };
}

const fy2024Text = readFileSync(join(root, 'data/fy2024/attendees.csv'), 'utf8');
const [header, ...body] = fy2024Text.split('\r\n');
const records = body.filter((r) => r !== '');
const attendeeFigures = (figures: Record<string, number>) => Object.fromEntries(Object.entries(figures).filter(([k]) => k.startsWith('attendees.')));

/** Figures of the bundled FY2024 data, computed in this process. */
function fy2024Figures(): Record<string, number> {
  const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: new Uint8Array(readFileSync(join(root, `data/fy2024/${cb.id}.csv`))), file: `${cb.id}.csv` }]));
  return computeFigures(readInstruments(inputs, { codebooks: fy2024 }), { codebooks: fy2024 });
}

describe('a 200 MB attendees.csv', () => {
  let data: string;
  let copies = 0;
  let size = 0;

  beforeAll(() => {
    // The 105 FY2024 attendees again and again, each copy with new ids (C0001 → C0001-7), so the
    // consultations still find theirs in the first copy. Written in pieces: never held whole.
    data = dataWith('big', (path) => {
      const fd = openSync(path, 'w');
      writeSync(fd, `\ufeff${header!.replace(/^\ufeff/, '')}\r\n`);
      for (size = 0; size < 200 * MB; copies++) {
        const piece = Buffer.from(records.map((r) => (copies === 0 ? r : r.replace(/^C(\d+)/, `C$1-${copies}`))).join('\r\n') + '\r\n');
        writeSync(fd, piece);
        size += piece.length;
      }
      closeSync(fd);
      size = statSync(path).size;
    });
  }, 120_000);

  test('gives the FY2024 attendee figures times the number of copies, in memory far below the file\'s', async () => {
    const { run, out, rss, validation } = await measured(data, 'big');
    expect(run.status).toBe(0);
    const rows = copies * records.length;
    const attendees = validation.files.find((f) => f.file === 'attendees.csv')!;
    expect([attendees.rows_read, attendees.rows_accepted, attendees.rows_rejected]).toEqual([rows, rows, 0]);
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')) as Record<string, number>;
    const base = attendeeFigures(fy2024Figures());
    const big = attendeeFigures(figures);
    expect(Object.keys(big).sort()).toEqual(Object.keys(base).sort());
    for (const [id, v] of Object.entries(base)) {
      if (id.endsWith('.pct')) expect(big[id], id).toBeCloseTo(v, 9);
      else if (id.endsWith('.count') || id.endsWith('.base') || id.endsWith('.missing') || id.endsWith('.sum') || id === 'attendees.n') expect(big[id], id).toBe(v * copies);
    }
    // Holding the file would take its 200 MB of bytes plus its text (two bytes a character for
    // Japanese): well past 600 MB with the rest of the run. The table alone stays far below.
    console.info(`200 MB attendees.csv (${rows} rows, ${size} bytes): peak RSS ${Math.round(rss / MB)} MB`);
    expect(rss).toBeLessThan(600 * MB);
  }, 300_000);

  test('with a quote opened on its first row and never closed: a clear error, in bounded memory', async () => {
    // The first data row's first byte becomes a quote: the rest of the file is one open cell.
    const path = join(data, 'attendees.csv');
    const fd = openSync(path, 'r+');
    writeSync(fd, '"', Buffer.byteLength(`\ufeff${header!.replace(/^\ufeff/, '')}\r\n`));
    closeSync(fd);
    const { run, rss, validation } = await measured(data, 'open-quote');
    expect(run.status).toBe(1);
    const lines = withoutProgress(run.stderr);
    expect(lines[0]).toBe('attendees.csv:2:company_id: 引用符で始まったセルが引用符で閉じていません（セルの中の引用符は "" と2つ重ねます）。閉じない引用符があると、ファイルの残りがすべてこのセルになります');
    // The consultations name companies of a file with no readable row; the guidance rows name
    // consultations rejected for it, and say so. Nothing else is wrong.
    const located = lines.slice(1).filter((l) => /^[\w.-]+\.csv:\d+:/.test(l));
    expect(located.length).toBeGreaterThan(0);
    for (const l of located) {
      expect(l).toMatch(/^consultations\.csv:\d+:company_id: 企業IDの「.*」は attendees\.csv（company_id）にありません$|^guidance\.csv:\d+:company_id: 企業IDの「.*」が指す consultations\.csv の\d+行目は、それ自体が不採用です。先にその行を直してください$/);
    }
    expect(lines.at(-1)).toMatch(/^エラー \d+件、ほかに不採用の行への参照 \d+件: レポートは作成していません/);
    expect(validation.files.find((f) => f.file === 'attendees.csv')).toMatchObject({ rows_read: 1, rows_accepted: 0, rows_rejected: 1 });
    console.info(`200 MB attendees.csv with a quote never closed: peak RSS ${Math.round(rss / MB)} MB`);
    expect(rss).toBeLessThan(600 * MB);
  }, 300_000);
});

describe('a cell of 1 MB', () => {
  // Japanese free text with line breaks and doubled quotes, about 1 MB in UTF-8, in C0001's comment.
  const cell = Array.from({ length: 20_000 }, (_, k) => `相談${k}件目は「規程」の"見直し"について。\n`).join('').slice(0, 500_000);

  test('is read whole by the command and the library, and changes no figure', async () => {
    const data = dataWith('cell', (path) => {
      const quoted = `"${cell.replace(/"/g, '""')}"`;
      const lines = fy2024Text.split('\r\n');
      lines[1] = lines[1]!.replace(/,[^,]*$/, `,${quoted}`);
      writeFileSync(path, lines.join('\r\n'));
    });
    expect(statSync(join(data, 'attendees.csv')).size - Buffer.byteLength(fy2024Text)).toBeGreaterThan(MB);
    const { run, out, rss, validation } = await measured(data, 'cell');
    expect(run.status).toBe(0);
    expect(validation.files.find((f) => f.file === 'attendees.csv')).toMatchObject({ rows_read: 105, rows_accepted: 105, rows_rejected: 0 });
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8')) as Record<string, number>;
    expect(attendeeFigures(figures)).toEqual(attendeeFigures(fy2024Figures()));
    const read = loadCsv(join(data, 'attendees.csv'), { codebook: instrumentOf(fy2024, 'attendees') });
    expect(read.table.get('comment', 0) === cell).toBe(true);
    expect(read.lineNumbers[1]).toBe(3 + (cell.match(/\n/g)?.length ?? 0));
    console.info(`1 MB cell: peak RSS ${Math.round(rss / MB)} MB`);
    expect(rss).toBeLessThan(400 * MB);
  }, 120_000);
});
