import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Run `pnpm report` as an analyst would, in the repository root: the compiled command it runs
 * (built once per test run by test/global-setup.ts).
 */
function report(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist/report/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the FY2024 data with one file's text changed. */
function broken(name: string, edit: (csv: string) => string): string {
  const dir = mkdtempSync(join(tmp, 'data-'));
  cpSync(join(root, 'data/fy2024'), dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('pnpm report', () => {
  const out = join(tmp, 'fy2024');

  test('writes the report folder and reports its steps on stderr', () => {
    const r = report('--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/experts\.csv を読み込みました: 221行、採用 221行、不採用 0行/);
    expect(r.stderr).toMatch(/グラフ \d+件を SVG に描画しました/);
    for (const f of ['index.html', 'figures.json', 'figures.csv', 'validation.json', 'active-list.csv', 'tables/experts-ability.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    // The page's size as the file has it on disk (UTF-8 bytes, not characters).
    expect(r.stderr).toContain(`ダッシュボード: ${Math.round(statSync(join(out, 'index.html')).size / 1024)} KB`);
    const validation = JSON.parse(readFileSync(join(out, 'validation.json'), 'utf8'));
    expect(validation.ok).toBe(true);
    expect(validation.files.map((f: { rows_read: number; rows_accepted: number }) => [f.rows_read, f.rows_accepted])).toEqual([
      [221, 221],
      [105, 105],
      [55, 55],
      [35, 35],
      [7, 7],
    ]);
    // The published 指導事例集 is read like an input and shown as its table.
    expect(validation.files.at(-1).file).toBe('best-practices.csv');
    const cases = readFileSync(join(out, 'tables/guidance-best-practices.csv'), 'utf8');
    expect(cases.startsWith('\ufeffNo.,地域,指導先企業・団体名,業種,指導専門家,事例タイトル')).toBe(true);
    expect(cases.match(/^\d+,/gm)).toHaveLength(7);
    expect(readFileSync(join(out, 'tables/experts-ability.csv'), 'utf8').startsWith('\ufeffスキル（支援領域）,')).toBe(true);
    // Sources as officials cite them: title, publisher, date and page, never a file and line.
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('出典: 「中小企業に向けた主な活動」（IPA セキュリティセンター、2019年7月）p.3');
    expect(page).not.toMatch(/資料00\d|\d行目/);
  });

  test('--quiet prints nothing', () => {
    const r = report('--out', join(tmp, 'quiet'), '--quiet');
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', '']);
  });

  test('invalid input: exit 1, every error as file:row:column, and the previous report left as it was', () => {
    const before = readFileSync(join(out, 'figures.json'), 'utf8');
    const data = broken('guidance.csv', (csv) => csv.replace(/\r\n([^,\r\n]+),([^,]+),大阪,/, '\r\n$1,$2,京都,').replace(/,3,達成できた,/, ',5,達成できた,'));
    const validation = join(tmp, 'validation-failed.json');
    const r = report('--data', data, '--out', out, '--validation', validation);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('guidance.csv:'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^guidance\.csv:\d+:region: 地域に不明な選択肢「京都」があります。選択肢: 大阪、名古屋、埼玉$/);
    expect(lines[1]).toMatch(/^guidance\.csv:\d+:visits: 訪問回数の「5」は範囲外です。整数（0–3）で入力してください$/);
    expect(r.stderr).toMatch(/エラー 2件: レポートは作成していません/);
    // --lang en: the same lines in English.
    const en = report('--data', data, '--out', out, '--lang', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr.split('\n').filter((l) => l.startsWith('guidance.csv:'))[0]).toMatch(/^guidance\.csv:\d+:region: unknown option "京都" for 地域; expected one of: 大阪, 名古屋, 埼玉$/);
    expect(en.stderr).toMatch(/2 errors: no report written/);
    expect(readFileSync(join(out, 'figures.json'), 'utf8')).toBe(before);
    const v = JSON.parse(readFileSync(validation, 'utf8'));
    const g = v.files.find((f: { file: string }) => f.file === 'guidance.csv');
    expect(v.ok).toBe(false);
    expect(g.rows_read).toBe(g.rows_accepted + g.rows_rejected);
    expect(g.rejected.flatMap((x: { reasons: { column: string }[] }) => x.reasons.map((i) => i.column)).sort()).toEqual(['region', 'visits']);
  });

  test('invalid programme-activity records: the located lines and count in Japanese, no stack trace', () => {
    const activity = mkdtempSync(join(tmp, 'activity-'));
    cpSync(join(root, 'data/program-activity'), activity, { recursive: true });
    const events = join(activity, 'events.csv');
    writeFileSync(events, readFileSync(events, 'utf8').replace('\r\ne002,2024-07-17,', '\r\ne002,2024-02-30,'));
    const r = report('--out', join(tmp, 'activity-out'), '--activity', activity, '--quiet');
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^events\.csv:3:date: 開催日の「2024-02-30」は日付ではありません。YYYY-MM-DD 形式の日付で入力してください$/);
    expect(lines.at(-1)).toMatch(/^エラー 1件: レポートは作成していません/);
    expect(r.stderr).not.toMatch(/ at |Error:/);
  });

  test('wrong usage exits 2 with the usage text', () => {
    const r = report('--colour');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: pnpm report/);
    expect(report('extra').status).toBe(2);
    expect(report('--lang', 'fr').stderr).toMatch(/--lang fr: expected ja or en/);
  });

  test('--compare shows each key figure\'s change against a previous year', () => {
    const previous = join(tmp, 'previous.json');
    const figures = JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8'));
    writeFileSync(previous, JSON.stringify({ ...figures, 'funnel.attended': 90, 'experts.n': 221 }));
    const r = report('--out', join(tmp, 'compared'), '--compare', previous, '--quiet');
    expect(r.status).toBe(0);
    const html = readFileSync(join(tmp, 'compared/index.html'), 'utf8');
    expect(html).toContain('前年度比 +15社（前年度 90社）');
    expect(html).toContain('前年度比 ±0件（前年度 221件）');
    expect(report('--compare', join(tmp, 'nowhere'), '--out', join(tmp, 'x')).status).toBe(2);
  });
});
