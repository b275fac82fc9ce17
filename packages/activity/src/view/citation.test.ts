import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { activityView } from './activity-view.js';
import { citeDocument, citeSource, documentOf, sourceDocuments } from './citation.js';

const seeds = new URL('../../test/fixtures/seeds/', import.meta.url);
const seedLines = (file: string) => readFileSync(new URL(file, seeds), 'utf8').split('\n');

test('a record is cited by its document, publisher, date and page, never a file or a line', () => {
  // SECURITY ACTION figures: 002 line 38, on the slide numbered 3.
  expect(citeSource('002', 38)).toBe('「中小企業に向けた主な活動」（IPA セキュリティセンター、2019年7月）p.3');
  // A practice carries the page printed in the index table; the extraction holds two editions.
  expect(citeSource('000', 88, { page: 4 })).toBe('「地域セキュリティコミュニティ【地域SECURITY】活動促進のためのプラクティス集 第3版」（経済産業省、令和7年3月）p.4');
  expect(citeSource('000', 1004, { page: 12 })).toBe('「地域セキュリティコミュニティ【地域SECURITY】形成・運営のためのプラクティス集 第2版」（経済産業省、令和4年4月）p.12');
  // A document that prints no page numbers and names no publisher is cited whole, and says so.
  expect(citeSource('001', 11)).toBe('「4 具体的取組の推進 (2) 重点的な対象とその内容」（発行者・発行日の記載なし）');
  expect(citeSource('999', 1)).toBeNull();
});

test('the documents agree with the texts they were read from', () => {
  // Each title, publisher and date is printed in its document's first lines.
  for (const d of sourceDocuments) {
    const file = { '000': '000_1827dc9859a3e8ab.txt', '001': '001_686e6c36ef81ccbc.txt', '002': '002_458ac708a2cd4e0c.txt' }[d.seed]!;
    const head = seedLines(file).slice(d.fromLine - 1, d.fromLine + 30).join('').replace(/\*\*|#|\s/g, '');
    expect(head, d.title).toContain(d.title.replace(/\s/g, ''));
    if (d.date) expect(head, d.title).toContain(d.date);
  }
  // Each page end is the page number standing alone on its line.
  const ipa = seedLines('002_458ac708a2cd4e0c.txt');
  for (const e of documentOf('002', 1)!.pageEnds!) expect(ipa[e.line - 1]!.trim(), `line ${e.line}`).toBe(String(e.page));
});

test('the view gives citations to the key numbers, the practices and the source note', () => {
  const v = activityView(tiny());
  expect(v.keyNumbers[0]!.source).toEqual({ seed: '002', line: 38, citation: '「中小企業に向けた主な活動」（IPA セキュリティセンター、2019年7月）p.3' });
  expect(v.keyNumbers[3]!.source?.citation).toBe('「地域セキュリティコミュニティ【地域SECURITY】活動促進のためのプラクティス集 第3版」（経済産業省、令和7年3月）');
  expect(v.practices[0]!.citation).toBe('「地域セキュリティコミュニティ【地域SECURITY】活動促進のためのプラクティス集 第3版」（経済産業省、令和7年3月）p.4');
  expect(v.sources.map((s) => s.document)).toEqual(sourceDocuments.map(citeDocument));
  for (const text of [...v.sources.map((s) => s.document), ...v.practices.map((p) => p.citation), ...v.keyNumbers.map((k) => k.source?.citation ?? '')]) {
    expect(text).not.toMatch(/\.txt|行目|資料\d/);
  }
});
