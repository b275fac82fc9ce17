/**
 * A next year's data folder, made here from FY2024's files with other counts, three declined
 * guidance visits, another list of sessions in its own codebook.json and its own dataset.json:
 * the dashboard states none of FY2024's facts. And what stops a run before anything is written:
 * a report.md with a bad figure id, a dataset.json naming another year.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fy2024, fy2024Programme } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'report-fy2025-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The compiled command `pnpm report` runs (built once per test run by test/global-setup.ts). */
function report(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'dist/report/cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const lines = (text: string) => text.replace(/\r?\n$/, '').split(/\r?\n/);

/** CSV records (a quoted cell may hold line breaks): lines joined until their quotes balance. */
function records(text: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const line of lines(text)) {
    open = open ? `${open}\n${line}` : line;
    if ((open.match(/"/g) ?? []).length % 2 === 0) {
      out.push(open);
      open = '';
    }
  }
  return out;
}

/** The FY2025-like folder. */
function fy2025(): string {
  const dir = join(tmp, 'fy2025');
  cpSync(join(root, 'data/fy2024'), dir, { recursive: true });
  rmSync(join(dir, 'report.md'));
  // Another list of sessions (開催回): three in 神戸 and two in 京都, relabelled round-robin.
  const sessions = ['神戸商工会議所 第1回', '神戸商工会議所 第2回', '神戸商工会議所 第3回', '京都商工会議所 第1回', '京都商工会議所 第2回'];
  const codebooks = JSON.parse(JSON.stringify(fy2024)) as { id: string; label: string; instruments: { id: string; columns: { id: string; options?: unknown[] }[] }[] };
  codebooks.id = 'fy2025';
  codebooks.label = '令和7年度';
  const attendeesCb = codebooks.instruments.find((i) => i.id === 'attendees')!;
  attendeesCb.columns.find((c) => c.id === 'session_id')!.options = sessions.map((label, i) => ({ code: `s${i + 1}`, label }));
  // A new reason to attend, which nobody chose yet and FY2024 did not have.
  attendeesCb.columns.find((c) => c.id === 'motivation')!.options!.push({ code: 'seminar_series', label: '連続セミナーの一環' });
  writeFileSync(join(dir, 'codebook.json'), JSON.stringify(codebooks, null, 2));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ year: '令和7年度', synthetic: false }));
  // Experts: every tenth one whom no consultation or guidance names leaves.
  const named = new Set([...lines(read(dir, 'consultations.csv')), ...lines(read(dir, 'guidance.csv'))].map((l) => l.split(',')[1]));
  const [eHead, ...experts] = records(read(dir, 'experts.csv'));
  writeFileSync(join(dir, 'experts.csv'), [eHead, ...experts.filter((r, i) => named.has(r.split(',')[0]) || i % 10 !== 3)].join('\n') + '\n');
  // Attendees: the ones who never consulted leave but ten; the rest get the new sessions.
  const consulted = new Set(lines(read(dir, 'consultations.csv')).slice(1).map((l) => l.split(',')[0]));
  const [head, ...rows] = lines(read(dir, 'attendees.csv'));
  const kept = rows.filter((l, i) => consulted.has(l.split(',')[0]) || i % 5 === 0);
  writeFileSync(join(dir, 'attendees.csv'), [head, ...kept.map((l, i) => l.replace(/^([^,]*),[^,]*,/, `$1,${sessions[i % sessions.length]},`))].join('\n') + '\n');
  // Guidance: two more assignments declined (three in all), not visited.
  const [gHead, ...gRows] = lines(read(dir, 'guidance.csv'));
  let declined = 0;
  const guidance = gRows.map((l) => {
    const cells = l.split(',');
    if (cells[4] === '実施' && declined < 2 && cells[7] === '非掲載') {
      declined++;
      return [...cells.slice(0, 4), '辞退', '0', '', '', cells[8]].join(',');
    }
    return l;
  });
  writeFileSync(join(dir, 'guidance.csv'), [gHead, ...guidance].join('\n') + '\n');
  return dir;
}

describe('a FY2025-like data folder', () => {
  const data = fy2025();
  // Without --compare: the page has no reason to name any FY2024 number.
  const out = join(tmp, 'out-fy2025-alone');
  const r = report('--data', data, '--out', out);

  test('is reported, as 令和7年度, from its own dataset.json', () => {
    expect(r.stderr).toContain('年度: 令和7年度（dataset.jsonによる）');
    expect(r.status, r.stderr).toBe(0);
  });

  test('its dashboard states none of FY2024\'s facts', () => {
    const page = read(out, 'index.html');
    const figures = JSON.parse(read(out, 'figures.json')) as Record<string, number>;
    expect(figures['guidance.status.withdrawn.count']).toBe(3);
    expect(figures['attendees.session_id.distinct']).toBe(5);
    expect(figures['funnel.attended']).not.toBe(105);
    for (const fact of [
      '令和6年度',
      'n=152（',
      '公表資料のグラフは',
      '全回答者 221 人',
      '218 人',
      '約800名',
      '大阪・名古屋・埼玉',
      '3商工会議所',
      '辞退した1社',
      '北海道地域 2024年度',
      'このダッシュボードのデータは',
      '105社',
      '計6回',
    ]) {
      expect(page.includes(fact), fact).toBe(false);
    }
    expect(figures['experts.n']).toBeLessThan(221);
    expect(page.includes('「辞退」の3社も訪問回数に含みます。')).toBe(true);
    expect(page.includes(`計5回開催し、${figures['funnel.attended']}社`)).toBe(true);
    expect(page.includes(`スキル調査の有効回答 ${figures['experts.n']} 件の属性です。`)).toBe(true);
    // The page's own script may say NaN; what it shows may not.
    expect(page.replace(/<script>[\s\S]*?<\/script>/g, '').match(/.{0,80}NaN.{0,40}/g)).toBeNull();
  });

  test('without --compare, no chart has a previous-year tick or note', () => {
    const page = read(out, 'index.html');
    expect(page.match(PREVIOUS_TICK) ?? []).toEqual([]);
    expect(page.includes('黒い縦線')).toBe(false);
  });
});

/** A previous-year tick as Vega draws it: a 2 px wide dark rectangle. */
const PREVIOUS_TICK = /d="M[\d.-]+,[\d.-]+h2v[\d.]+h-2Z" fill="#1a1a1a"/g;

describe('--compare: the FY2025-like folder against FY2024', () => {
  const last = join(tmp, 'out-fy2024');
  const out = join(tmp, 'out-fy2025');
  const runs = [report('--out', last, '--quiet'), report('--data', join(tmp, 'fy2025'), '--out', out, '--compare', last, '--quiet')];

  test('both years are reported', () => {
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
  });
  const csv = (name: string) => read(out, `tables/${name}.csv`).replace(/^\uFEFF/, '');

  test('frequency tables get 前年度 and 増減 columns, in the page and in tables/*.csv', () => {
    const [head, ...rows] = lines(csv('attendees-motivation'));
    expect(head).toBe('選択肢,件数,割合（%）,95%信頼区間 下限（%）,95%信頼区間 上限（%）,前年度（%）,増減（ポイント）');
    const now = JSON.parse(read(out, 'figures.json')) as Record<string, number>;
    const then = JSON.parse(read(join(tmp, 'out-fy2024'), 'figures.json')) as Record<string, number>;
    const row = rows.find((l) => l.startsWith('取引先から対策を求められた,'))!.split(',');
    expect(Number(row[5])).toBeCloseTo(then['attendees.motivation.customer_request.pct']!, 1);
    expect(Number(row[6])).toBeCloseTo(now['attendees.motivation.customer_request.pct']! - then['attendees.motivation.customer_request.pct']!, 1);
  });

  test('an option the previous year did not have is shown as such, never as 0', () => {
    const row = lines(csv('attendees-motivation')).find((l) => l.startsWith('連続セミナーの一環,'))!.split(',');
    expect(row.slice(1, 3)).toEqual(['0', '0']);
    expect(row.slice(5)).toEqual(['前年度なし', '']);
    expect(read(out, 'index.html')).toMatch(/<th scope="row">連続セミナーの一環<\/th>(<td[^>]*>[^<]*<\/td>){4}<td class="num"[^>]*>前年度なし<\/td><td class="num"[^>]*>—<\/td>/);
  });

  test('the S1–S6 ability table gets 前年度（%） and 増減（ポイント） per class from FY2024\'s figures, in tables/*.csv', () => {
    const now = JSON.parse(read(out, 'figures.json')) as Record<string, number>;
    const then = JSON.parse(read(join(tmp, 'out-fy2024'), 'figures.json')) as Record<string, number>;
    const [head, ...rows] = lines(csv('experts-ability')).map((l) => l.split(','));
    const classes = fy2024Programme.experts.rules.skills.ability.classes;
    for (const c of classes) {
      const at = head!.indexOf(`${c.label} 前年度（%）`);
      expect(head![at + 1]).toBe(`${c.label} 増減（ポイント）`);
      for (const row of rows) {
        const domain = row[0]!.split(' ')[0]!;
        const [was, is] = [then[`experts.ability.${domain}.${c.code}.pct`]!, now[`experts.ability.${domain}.${c.code}.pct`]!];
        expect([domain, Number(row[at])]).toEqual([domain, Math.round(was * 10) / 10]);
        expect(Number(row[at + 1])).toBeCloseTo(is - was, 1);
      }
    }
    expect(rows).toHaveLength(6);
  });

  test('a crosstab: each row followed by FY2024\'s counts and the change, in tables/*.csv', () => {
    const then = JSON.parse(read(join(tmp, 'out-fy2024'), 'figures.json')) as Record<string, number>;
    const now = JSON.parse(read(out, 'figures.json')) as Record<string, number>;
    const rows = lines(csv('guidance-theme-by-region')).map((l) => l.split(','));
    const at = rows.findIndex((r) => r[0] === '大阪');
    expect(rows.slice(at, at + 3).map((r) => r[0])).toEqual(['大阪', '大阪（前年度）', '大阪（増減）']);
    const total = rows[0]!.length - 1;
    expect(Number(rows[at + 1]![total])).toBe(then['guidance.theme_by_region.osaka.total.count']);
    expect(Number(rows[at + 2]![total])).toBe(now['guidance.theme_by_region.osaka.total.count']! - then['guidance.theme_by_region.osaka.total.count']!);
    expect(rows.at(-2)![0]).toBe('合計（前年度）');
  });

  test('charts get a tick at each option\'s previous share, named in a note and in the text alternative; a new option gets none', () => {
    const page = read(out, 'index.html');
    const then = JSON.parse(read(join(tmp, 'out-fy2024'), 'figures.json')) as Record<string, number>;
    const fig = /<figure class="chart[^"]*" id="fig-attendees-motivation"[\s\S]*?<\/figure>/.exec(page)![0];
    const codes = (fy2024.instruments.find((i) => i.id === 'attendees')!.columns.find((c) => c.id === 'motivation') as { options: { code: string }[] }).options.map((o) => o.code);
    const hadLastYear = codes.filter((c) => then[`attendees.motivation.${c}.pct`] !== undefined);
    expect(hadLastYear.length).toBeGreaterThan(2);
    // One tick per option FY2024 had (and on the 無回答 bar, when there is one); none for 連続セミナーの一環, which it did not have.
    const blanks = fig.includes('<th scope="row">無回答</th>') ? 1 : 0;
    expect(fig.match(PREVIOUS_TICK)).toHaveLength(hadLastYear.length + blanks);
    expect(fig).toContain('黒い縦線は前年度（令和6年度）の値。前年度になかった選択肢には線がありません。');
    const desc = /<desc>([^<]*)<\/desc>/.exec(fig)![1]!;
    expect(desc).toContain('前年度（令和6年度）（黒い縦線）: ');
    expect(desc).toContain('前年度になかった選択肢: 連続セミナーの一環。');
    const customer = then['attendees.motivation.customer_request.pct']!;
    expect(desc).toContain(`取引先から対策を求められた ${customer.toFixed(1)}%`);
    // Every frequency chart of a question both years asked has its ticks.
    expect(page.match(PREVIOUS_TICK)!.length).toBeGreaterThan(50);
  });

  test('the section of significant changes names its test and lists the changes largest first', () => {
    const page = read(out, 'index.html');
    expect(page.includes('前年度からの主な変化')).toBe(true);
    expect(page.includes('2標本の比率の差の z 検定')).toBe(true);
    const [, ...rows] = lines(csv('changes'));
    expect(rows.length).toBeGreaterThan(0);
    const changes = rows.map((l) => Math.abs(Number(l.split(',').at(-2))));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    expect(rows.every((l) => Number(l.split(',').at(-1)) < 0.05)).toBe(true);
    expect(rows.some((l) => l.includes('商談会') || l.includes('個別相談'))).toBe(true);
    expect(lines(csv('key-numbers-trend'))[0]).toBe('指標,前年度,令和7年度');
  });
});

describe('what stops a run before anything is written', () => {
  test('a report.md with unknown figure ids: every one with its line, status 1', () => {
    const dir = join(tmp, 'bad-template');
    cpSync(join(root, 'data/fy2024'), dir, { recursive: true });
    writeFileSync(join(dir, 'report.md'), '## 概要 {#overview}\n\n参加 {{funnel.attendd}} 社\n\n```figure experts-abilty\n```\n');
    const out = join(tmp, 'out-bad-template');
    const r = report('--data', dir, '--out', out, '--quiet');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('report.md:3: {{funnel.attendd}}: unknown figure id funnel.attendd (not in figures.json)');
    expect(r.stderr.split('\n')[1]).toMatch(/^report\.md:5: unknown figure "experts-abilty"; expected one of: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test('a folder copied from another year: dataset.json and --year name both years', () => {
    const r = report('--data', 'data/fy2024', '--out', join(tmp, 'out-copied'), '--year', '令和7年度', '--quiet');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('data/fy2024/dataset.json: year 令和6年度 does not match --year 令和7年度; correct dataset.json (or --year) so that both name the year of this data\n');
  });
});
