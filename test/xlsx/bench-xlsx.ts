/**
 * How reading a big workbook compares with reading the same rows as CSV: `tsx test/xlsx/bench-xlsx.ts
 * [ROWS]` (default 100000) writes an experts.xlsx and an experts.csv of ROWS rows (the FY2024
 * rows repeated under new ids), then reads each in a child process of its own and prints the time
 * and the peak memory (maximum resident set) of each read. Not part of the test run: it takes
 * minutes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instrumentOf, toCsv } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv, loadXlsx } from '@smesec/survey/node';
import { csvRows, writeWorkbook } from './csv-to-xlsx.js';

const codebook = instrumentOf(fy2024, 'experts');

/** In a child: read one file, print its rows, seconds and peak memory as JSON. */
async function child(kind: string, path: string) {
  const t = performance.now();
  const r = kind === 'xlsx' ? await loadXlsx(path, { codebook, mode: 'lenient' }) : loadCsv(path, { codebook, mode: 'lenient' });
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write(JSON.stringify({ accepted: r.stats.accepted, rejected: r.stats.rejected, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

async function main(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
  try {
    const [header, ...data] = csvRows(new URL('../../data/fy2024/experts.csv', import.meta.url).pathname);
    const idCol = header!.indexOf('respondent_id');
    const rssCol = header!.indexOf('riss_number');
    function* big() {
      yield header!;
      for (let i = 0; i < rows; i++) {
        const r = [...data[i % data.length]!];
        r[idCol] = `E${String(i + 1).padStart(7, '0')}`;
        r[rssCol] = `SYN-${String(i + 1).padStart(7, '0')}`;
        yield r;
      }
    }
    const xlsx = join(dir, 'experts.xlsx');
    const csv = join(dir, 'experts.csv');
    await writeWorkbook(xlsx, [{ name: '回答', rows: big() }]);
    const [h, ...body] = [...big()];
    writeFileSync(csv, toCsv(h!, body));
    const self = new URL(import.meta.url).pathname;
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const run = (kind: string, path: string) => JSON.parse(execFileSync(tsx, [self, '--child', kind, path], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { accepted: number; rejected: number; seconds: number; peakMB: number };
    const x = run('xlsx', xlsx);
    const c = run('csv', csv);
    const mb = (p: string) => (statSync(p).size / 1e6).toFixed(1);
    console.log(`rows: ${rows}`);
    console.log(`experts.xlsx ${mb(xlsx)} MB: ${x.seconds.toFixed(1)} s, peak ${x.peakMB.toFixed(0)} MB RSS, accepted ${x.accepted}, rejected ${x.rejected}`);
    console.log(`experts.csv  ${mb(csv)} MB: ${c.seconds.toFixed(1)} s, peak ${c.peakMB.toFixed(0)} MB RSS, accepted ${c.accepted}, rejected ${c.rejected}`);
    console.log(`xlsx / csv: ${(x.seconds / c.seconds).toFixed(1)}x the time, ${(x.peakMB / c.peakMB).toFixed(2)}x the peak memory`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1]!, argv[2]!);
else await main(Number(argv[0] ?? 100_000));
