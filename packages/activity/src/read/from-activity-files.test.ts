import { formatIssue, isError, ValidationError } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { DATA_DIR, filesOf } from '../../test/tiny.js';
import { fromActivityFiles } from './from-activity-files.js';

const bundled = () => filesOf(DATA_DIR);
const decoder = new TextDecoder();

/** Replace `from` by `to` in one row (Excel numbering, header = 1) of a CSV text; the row must contain it. */
function corrupt(input: Uint8Array | string, row: number, from: string, to: string): string {
  const lines = (typeof input === 'string' ? input : decoder.decode(input)).split('\r\n');
  const line = lines[row - 1]!;
  if (!line.includes(from)) throw new Error(`row ${row} does not contain ${from}`);
  lines[row - 1] = line.replace(from, to);
  return lines.join('\r\n');
}

describe('the bundled files', () => {
  test('read with no issue at all, every row accepted', () => {
    const activity = fromActivityFiles(bundled());
    expect(activity.issues).toEqual([]);
    const rows = Object.fromEntries([...activity.results].map(([id, r]) => [id, [r.stats.rows, r.stats.accepted]]));
    expect(rows).toEqual({
      communities: [25, 25],
      practices: [46, 46],
      practice_index: [90, 90],
      events: [83, 83],
      program_figures: [91, 91],
      measures: [31, 31],
    });
  });

  test('cells become codes: regions, purposes, JIS prefectures, ISO dates, numbers', () => {
    const a = fromActivityFiles(bundled());
    expect(a.practices.object(0)).toMatchObject({ id: 'p3-01', edition: '3', region: 'hokkaido', prefecture: '01', purposes: ['more_partners', 'sustain'], page: 4 });
    const isco = a.communities.objects().find((o) => (o as { id: string }).id === 'c19');
    expect(isco).toMatchObject({ region: 'okinawa', prefectures: [] });
    const e044 = a.events.objects().find((o) => (o as { id: string }).id === 'e044');
    expect(e044).toMatchObject({ prefecture: ['18', '25', '26', '27', '28', '29', '30'], date: null });
    const e043 = a.events.objects().find((o) => (o as { id: string }).id === 'e043');
    expect(e043).toMatchObject({ level: 'beginner' });
    const row931 = a.practiceIndex.objects().find((o) => (o as { source_line: number }).source_line === 931);
    expect(row931).toMatchObject({ printed_page: ['31', '46'], practice_ids: ['p2-17', 'p2-27'] });
  });
});

describe('a corrupted copy', () => {
  const files = bundled();
  const broken = {
    ...files,
    // p3-03: a purpose that is no category of either edition.
    'practices.csv': corrupt(files['practices.csv']!, 4, '協力してくれる地域団体・機関を増やしたい', '協力者を増やしたい'),
    // e009 and e024: a date that does not exist, a prefecture that does not exist.
    'events.csv': corrupt(corrupt(files['events.csv']!, 10, '2024-02-07', '2024-02-30'), 25, '宮城県', '宮城都'),
    // c19: a region outside the nine.
    'communities.csv': corrupt(files['communities.csv']!, 20, ',沖縄,', ',琉球,'),
    // Row 2 cites a practice that does not exist; row 33 puts a 2nd-edition purpose in the 3rd edition.
    'practice_index.csv': corrupt(corrupt(files['practice_index.csv']!, 2, 'p3-02', 'p3-99'), 33, '2,企業の参加を促進する', '3,企業の参加を促進する'),
    // m23: a 再掲 of a bullet that does not exist; m01: a line number that is not one.
    'measures.csv': corrupt(corrupt(files['measures.csv']!, 24, ',m11,', ',m99,'), 2, ',12,', ',l2,'),
  };

  test('is reported at the exact file:row:column of every bad cell', () => {
    const { issues } = fromActivityFiles(broken, { mode: 'lenient' });
    expect(issues.filter(isError).map((i) => `${i.file}:${i.row}:${i.column}`)).toEqual([
      'communities.csv:20:region',
      'practices.csv:4:purposes',
      // The index rows citing p3-03, now rejected, point at it.
      'practice_index.csv:2:practice_ids',
      'practice_index.csv:3:practice_ids',
      'practice_index.csv:12:practice_ids',
      'practice_index.csv:33:tag',
      'events.csv:10:date',
      'events.csv:25:prefecture',
      'measures.csv:2:other_lines',
      'measures.csv:24:reposted_of',
    ]);
  });

  test('with messages naming the value, the column label and what was expected', () => {
    const { issues } = fromActivityFiles(broken, { mode: 'lenient' });
    const messages = issues.map((i) => formatIssue(i));
    expect(messages).toContain('events.csv:10:date: "2024-02-30" is not a date for 開催日; expected a date written YYYY-MM-DD');
    expect(messages).toContain('events.csv:25:prefecture: unknown prefecture "宮城都" in 都道府県; expected a prefecture name (大阪府 or 大阪) or a JIS code 01–47');
    expect(messages).toContain('communities.csv:20:region: unknown option "琉球" for 地方; expected one of: 北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州, 沖縄');
    expect(messages.find((m) => m.startsWith('practices.csv:4:purposes'))).toMatch(/^practices\.csv:4:purposes: unknown option "協力者を増やしたい" for 目的; expected one of: 参加者を増やしたい, /);
    expect(messages).toContain('practice_index.csv:2:practice_ids: "p3-99" in プラクティスID does not exist in practices.csv (id)');
    expect(messages).toContain(
      'practice_index.csv:33:tag: unknown option "企業の参加を促進する" for 目的; expected one of: 参加者を増やしたい, 協力してくれる地域団体・機関を増やしたい, 長く続けられる活動にしたい, より充実した活動内容としたい (the options of 第3版)',
    );
    expect(messages).toContain('measures.csv:24:reposted_of: "m99" in 再掲元 does not exist in measures.csv (id)');
    expect(messages).toContain('measures.csv:2:other_lines: "l2" is not a number for 他の根拠行; expected whole numbers separated by ;');
  });

  test('lenient reading keeps only the rows that passed', () => {
    const a = fromActivityFiles(broken, { mode: 'lenient' });
    expect(a.communities.numRows()).toBe(24);
    expect(a.practices.numRows()).toBe(45);
    expect(a.practiceIndex.numRows()).toBe(86);
    expect(a.events.numRows()).toBe(81);
    expect(a.measures.numRows()).toBe(29);
    expect(a.results.get('events')!.rejected.map((r) => r.row)).toEqual([10, 25]);
  });

  test('strict reading throws one ValidationError carrying every issue', () => {
    let error: unknown;
    try {
      fromActivityFiles(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.filter(isError)).toHaveLength(10);
    expect((error as ValidationError).message).toContain('events.csv:10:date');
  });
});

test('a missing file is a usage error naming it', () => {
  const { 'events.csv': _events, ...rest } = bundled();
  expect(() => fromActivityFiles(rest)).toThrow('missing program-activity file: events.csv');
});

test('a file given as text reads like its bytes', () => {
  const files = bundled();
  const asText = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, decoder.decode(v)]));
  expect(fromActivityFiles(asText).events.objects()).toEqual(fromActivityFiles(files).events.objects());
});
