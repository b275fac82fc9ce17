/**
 * Counts recomputed from the seed texts themselves (the documents' own index tables, practice
 * headings and IPA's stated figures), then compared with what the package computes from the
 * bundled CSV files. The expected numbers never come from our CSVs.
 */
import { describe, expect, test } from 'vitest';
import { activitySummary } from '../src/figures/activity-summary.js';
import { securityAction } from '../src/aggregate/security-action.js';
import { purposeCounts } from '../src/aggregate/purpose-counts.js';
import { loadActivity } from '../src/node.js';
import { DATA_DIR, seedLines } from './tiny.js';

const practiceCollection = seedLines('000_1827dc9859a3e8ab.txt');
// The 2nd edition follows the 3rd in one dump, after this marker line.
const secondEditionStart = practiceCollection.indexOf('以下、第2版資料');
const editions = { '3': practiceCollection.slice(0, secondEditionStart), '2': practiceCollection.slice(secondEditionStart) };

const HEADING = /^『(.+?)』/;
const ROW = /^(.+)\t(\d+(?:,\s*\d+)*)$/;

/** The index tables (目的別プラクティスの一覧) of one edition: heading → the pages of its rows, one entry per row. */
function indexTables(lines: readonly string[]): Map<string, string[][]> {
  const start = lines.findIndex((l) => l.startsWith('目的別プラクティスの一覧'));
  const tables = new Map<string, string[][]>();
  let heading: string | null = null;
  for (const line of lines.slice(start)) {
    const h = HEADING.exec(line);
    const r = ROW.exec(line);
    if (h) tables.set((heading = h[1]!), []);
    else if (r && heading) tables.get(heading)!.push(r[2]!.split(/,\s*/));
    else if (line.trim() === '' || line.startsWith('目的別プラクティスの一覧') || line.startsWith('プラクティスの内容')) continue;
    else break; // the first line that is not part of the tables ends them
  }
  return tables;
}

/** Practice numbers of 「プラクティス N」 headings, where N is on the same line or the next. */
function headingNumbers(lines: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    const m = /^プラクティス\s*(\d+)/.exec(line) ?? (line.trim() === 'プラクティス' ? /^(\d+)$/.exec(lines[i + 1]?.trim() ?? '') : null);
    if (m) out.push(Number(m[1]));
  });
  return out;
}

const activity = loadActivity(DATA_DIR);
const summary = activitySummary(activity);
const editionCount = (edition: string) => summary.practices.editions.find((e) => e.edition === edition)?.count;
const indexRows = (edition: string, purpose: string) => summary.practices.purposes.find((p) => p.edition === edition && p.purpose === purpose)?.indexRows;

describe('3rd edition (令和7年3月)', () => {
  const tables = indexTables(editions['3']);

  test('14 practices: its index tables cite 14 distinct pages, 4 to 17, one practice per page', () => {
    const pages = [...new Set([...tables.values()].flat(2))].map(Number).sort((a, b) => a - b);
    expect(pages).toEqual(Array.from({ length: 14 }, (_, i) => i + 4));
    expect(editionCount('3')).toBe(pages.length);
    const practicePages = (activity.practices.objects() as { edition: string; page: number }[]).filter((p) => p.edition === '3').map((p) => p.page);
    expect(practicePages.sort((a, b) => a - b)).toEqual(pages);
  });

  test('the body numbers its practices 1 to 13; the 14th lost its heading in the dump', () => {
    expect(headingNumbers(editions['3'])).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  test('9 index rows under 参加者を増やしたい, and every purpose as the tables print it', () => {
    expect(tables.get('参加者を増やしたい')).toHaveLength(9);
    for (const p of purposeCounts(activity.practiceIndex).filter((x) => x.edition === '3')) {
      const rows = tables.get(p.label)!;
      expect([p.label, indexRows('3', p.purpose)]).toEqual([p.label, rows.length]);
      // One practice per page in this edition, so distinct pages are distinct practices.
      expect([p.label, p.practices]).toEqual([p.label, new Set(rows.flat()).size]);
    }
  });
});

describe('2nd edition (令和4年4月)', () => {
  const tables = indexTables(editions['2']);
  // The 5th heading reads 『運営の負担を軽減する』ため、及びその他; practice pages label it 運営の負担を軽減する、他.
  const rowsOf = (label: string) => tables.get(label) ?? tables.get(label.replace(/、他$/, ''));

  test('32 practices: the highest 「プラクティス N」 is 32; only 19 lost its heading', () => {
    const numbers = headingNumbers(editions['2']);
    expect(Math.max(...numbers)).toBe(32);
    expect(Array.from({ length: 32 }, (_, i) => i + 1).filter((n) => !numbers.includes(n))).toEqual([19]);
    expect(editionCount('2')).toBe(32);
  });

  test('17 index rows under 地域の関係機関を巻き込む, and every purpose as the tables print it', () => {
    expect(tables.get('地域の関係機関を巻き込む')).toHaveLength(17);
    expect(tables.size).toBe(5);
    for (const p of purposeCounts(activity.practiceIndex).filter((x) => x.edition === '2')) {
      expect([p.label, indexRows('2', p.purpose)]).toEqual([p.label, rowsOf(p.label)!.length]);
    }
  });

  test('the row printing two pages (31, 46) cites two practices', () => {
    const twoPages = [...tables.values()].flat().filter((pages) => pages.length === 2);
    expect(twoPages).toEqual([['31', '46']]);
    const row = (activity.practiceIndex.objects() as { printed_page: string[]; practice_ids: string[] }[]).find((o) => o.printed_page.length === 2);
    expect(row!.practice_ids).toHaveLength(2);
  });
});

describe('SECURITY ACTION (IPA, 2019年7月)', () => {
  const ipa = seedLines('002_458ac708a2cd4e0c.txt');
  const number = (text: string) => Number(text.replace(/,/g, ''));

  test('total = one star + two stars, as stated, and as the package reports it', () => {
    const totalLine = ipa.find((l) => l.includes('自己宣言事業者:'))!;
    const starsLine = ipa.find((l) => l.includes('一つ星') && l.includes('二つ星') && l.includes('内訳'))!;
    const total = number(/自己宣言事業者:\s*([\d,]+)件/.exec(totalLine)![1]!);
    const one = number(/一つ星\s*([\d,]+)件/.exec(starsLine)![1]!);
    const two = number(/二つ星\s*([\d,]+)件/.exec(starsLine)![1]!);
    expect(totalLine).toContain('(6/30時点)');
    expect(one + two).toBe(total);
    const sa = securityAction(activity.programFigures)!;
    expect([sa.total.value, sa.oneStar.value, sa.twoStar.value]).toEqual([total, one, two]);
    expect(sa.consistent).toBe(true);
    expect(ipa[sa.total.line - 1]).toBe(totalLine);
  });
});
