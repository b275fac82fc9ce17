import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { instrumentOf } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { CsvReader } from './csv-reader.js';
import { fromCsv } from './from-csv.js';
import { formatIssue, messagesJa, ValidationError } from './issues.js';

const attendees = instrumentOf(fy2024, 'attendees');
const experts = instrumentOf(fy2024, 'experts');
const guidance = instrumentOf(fy2024, 'guidance');
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const read = (name: string) => fromCsv(fixture(name), { codebook: attendees, file: name });
const lines = (r: { issues: readonly Parameters<typeof formatIssue>[0][] }) => r.issues.map((i) => formatIssue(i));

describe('reading the attendee fixtures', () => {
  const utf8 = read('attendees-utf8.csv');

  test('Japanese headers, normalised cells and aliases give codes', () => {
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.stats).toEqual({ records: 4, rows: 4, accepted: 4, rejected: 0, blank: 0 });
    expect(utf8.table.objects()[0]).toEqual({
      company_id: 'A001',
      session_id: 'osaka-1',
      chamber: 'osaka',
      prefecture: '27',
      people: 2,
      industry: 'manufacturing_other',
      employees: '1to20',
      motivation: 'interest',
      desired_support: ['education', 'rules'],
      expert_support_status: 'wanted',
      selection_criteria: ['emergency', 'cost'],
      search_methods: ['web_search'],
      wants_consultation: 'yes',
      comment: '規程のひな形を、自社向けに直したい',
    });
    expect(utf8.table.array('prefecture')).toEqual(['27', '28', '23', '11']);
    expect(utf8.table.array('motivation')).toEqual(['interest', null, 'customer_request', 'other']);
    expect(utf8.table.array('desired_support')).toEqual([['education', 'rules'], [], ['incident_response', 'cloud'], []]);
    expect(utf8.table.get('comment', 1)).toBe('何から始めればよいか\n分からない');
    expect(utf8.table.get('comment', 2)).toBe('取引先から "自工会ガイドライン" への対応を求められた');
  });

  test('a line break inside a quoted cell: rows stay rows, lines move on', () => {
    expect(utf8.rowNumbers).toEqual([2, 3, 4, 5]);
    expect(utf8.lineNumbers).toEqual([2, 3, 5, 6]);
  });

  test('Shift_JIS with CRLF gives the same table as UTF-8', () => {
    const sjis = read('attendees-sjis-crlf.csv');
    expect(sjis.encoding).toBe('shift_jis');
    expect(sjis.issues).toEqual([]);
    expect(sjis.table.objects()).toEqual(utf8.table.objects());
    expect(sjis.lineNumbers).toEqual(utf8.lineNumbers);
  });

  test('UTF-8 with BOM and CRLF gives the same table', () => {
    const bom = read('attendees-utf8-bom-crlf.csv');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.table.objects()).toEqual(utf8.table.objects());
  });
});

const guidanceHeader = 'company_id,expert_id,region,theme,status,visits,goal_achieved,best_practice,industry';
const g = (...rows: string[]) => [guidanceHeader, ...rows].join('\r\n') + '\r\n';
const ok = 'C1,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業';

describe('cell validation', () => {
  const cases: [string, string, string][] = [
    ['unknown single option', 'C2,E1,京都,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業', 'g.csv:3:region: unknown option "京都" for 地域; expected one of: 大阪, 名古屋, 埼玉'],
    ['integer out of range', 'C2,E1,大阪,情報セキュリティ規程の整備,実施,4,達成できた,掲載,建設業', 'g.csv:3:visits: "4" is out of range for 訪問回数; expected a whole number (0–3)'],
    ['not a number', 'C2,E1,大阪,情報セキュリティ規程の整備,実施,三,達成できた,掲載,建設業', 'g.csv:3:visits: "三" is not a number for 訪問回数; expected a whole number (0–3)'],
    ['not a whole number', 'C2,E1,大阪,情報セキュリティ規程の整備,実施,2.5,達成できた,掲載,建設業', 'g.csv:3:visits: "2.5" is not a whole number for 訪問回数; expected a whole number (0–3)'],
    ['answer where not asked', 'C2,E1,大阪,情報セキュリティ規程の整備,辞退,0,達成できた,,建設業', 'g.csv:3:goal_achieved: 目標達成の評価 is answered ("達成できた") although it is not asked here: asked only when 実施状況 (status) is 実施, here it is 辞退'],
    ['duplicate id', ok, 'g.csv:3:company_id: duplicate id "C1" in 企業ID; ids are unique; first seen at row 2'],
    ['missing id', ',E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,建設業', 'g.csv:3:company_id: 企業ID is empty; every row needs an id'],
    ['ragged row', 'C2,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載', 'g.csv:3:: row has 8 cells, expected 9 (one per header column)'],
    ['too many cells', `${ok.replace('C1', 'C2')},extra`, 'g.csv:3:: row has 10 cells, expected 9 (one per header column)'],
  ];
  test.each(cases)('%s', (_name, row, expected) => {
    const r = fromCsv(g(ok, row), { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(lines(r)).toEqual([expected]);
    expect(r.stats).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(r.rejected[0]!.row).toBe(3);
  });

  test('strict mode throws one ValidationError listing every issue', () => {
    const bad = g(ok, 'C2,E1,京都,情報セキュリティ規程の整備,実施,9,達成できた,掲載,建設業', 'C3,E1,大阪,?,実施,3,達成できた,掲載,建設業');
    const err = (() => {
      try {
        fromCsv(bad, { codebook: guidance, file: 'g.csv' });
      } catch (e) {
        return e;
      }
    })() as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.exitCode).toBe(1);
    expect(err.issues.map((i) => `${i.row}:${i.column}:${i.code}`)).toEqual(['3:region:unknown_option', '3:visits:out_of_range', '4:theme:unknown_option']);
    expect(err.message).toMatch(/^3 validation errors:\ng\.csv:3:region/);
  });

  test('an unclosed quote rejects the record and names where the cell started', () => {
    const r = fromCsv(g(ok, 'C2,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,"建設業'), { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(lines(r)).toEqual(['g.csv:3:industry: a quoted cell does not end at its closing quote (a quote inside a cell is written twice: ""); a quote never closed makes the rest of the file this one cell']);
    expect(r.stats).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
  });

  test('blank rows are skipped and counted, not silently dropped', () => {
    const r = fromCsv(g(ok, ',,,,,,,,', ''), { codebook: guidance, file: 'g.csv', mode: 'strict' });
    expect(r.stats).toEqual({ records: 3, rows: 1, accepted: 1, rejected: 0, blank: 2 });
    expect(r.issues.map((i) => `${i.row}:${i.code}:${i.severity}`)).toEqual(['3:blank_row:warning', '4:blank_row:warning']);
  });

  test('exclusive options cannot be combined', () => {
    const cols = experts.columns.map((c) => c.id);
    const row = cols.map((c) => (c === 'respondent_id' ? 'E1' : c === 'industries' ? '該当なし;小売業' : ''));
    const r = fromCsv([cols.join(','), row.join(',')].join('\n'), { codebook: experts, file: 'e.csv', mode: 'lenient' });
    expect(lines(r)).toEqual(['e.csv:2:industries: "該当なし" cannot be combined with other options in 支援を得意とする業種; 該当なし is chosen alone']);
  });

  test('a skill answer is a point, never a guess: no fraction, and a label must be its number\'s', () => {
    const cols = experts.columns.map((c) => c.id);
    const read = (answer: string) => {
      const cell: Record<string, string> = { respondent_id: 'E1', S1a_1: answer };
      return fromCsv([cols.join(','), cols.map((c) => cell[c] ?? '').join(',')].join('\n'), { codebook: experts, file: 'e.csv', mode: 'lenient' });
    };
    const scale = 'a whole number 0–3 or a label (0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能)';
    expect(lines(read('2.5'))).toEqual([`e.csv:2:S1a_1: "2.5" is not a whole number for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）; expected ${scale}`]);
    expect(lines(read('2 単独実行可能'))).toEqual([
      'e.csv:2:S1a_1: unknown option "2 単独実行可能" for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）; expected one of: 0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能',
    ]);
    expect(lines(read('2 5'))).toEqual([
      'e.csv:2:S1a_1: unknown option "2 5" for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）; expected one of: 0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能',
    ]);
    expect(lines(read('はい'))).toEqual([`e.csv:2:S1a_1: "はい" is not a number for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）; expected ${scale}`]);
    for (const ok of ['2', '２', '2: サポートがあれば実行可能', '2. サポートがあれば実行可能', 'サポートがあれば実行可能']) expect(read(ok).table.get('S1a_1', 0), ok).toBe(2);
  });

  test('skill answers accept the number or the scale label; prefectures accept codes, names and 全国', () => {
    const cols = experts.columns.map((c) => c.id);
    const cell: Record<string, string> = { respondent_id: 'E1', S1a_1: '単独実行可能', S1a_2: '２', S1a_3: '1 基礎知識のみ', residence_prefecture: '13', support_regions: '全国;大阪' };
    const r = fromCsv([cols.join(','), cols.map((c) => cell[c] ?? '').join(',')].join('\n'), { codebook: experts, file: 'e.csv' });
    expect(r.table.objects()[0]).toMatchObject({ S1a_1: 3, S1a_2: 2, S1a_3: 1, residence_prefecture: '13', support_regions: ['nationwide', '27'] });
  });

  test('personal data is withheld from issues', () => {
    const cols = experts.columns.map((c) => c.id);
    const row = cols.map((c) => (c === 'respondent_id' ? 'E1' : c === 'name' ? '見本 太郎' : c === 'residence_prefecture' ? '見本県' : ''));
    const cb = { ...experts, columns: experts.columns.map((c) => (c.id === 'name' ? { ...c, type: 'text' as const, maxLength: 2 } : c)) };
    const r = fromCsv([cols.join(','), row.join(',')].join('\n'), { codebook: cb, file: 'e.csv', mode: 'lenient' });
    expect(r.issues.map((i) => [i.column, i.value])).toEqual([
      ['name', '(personal data withheld)'],
      ['residence_prefecture', '見本県'],
    ]);
  });
});

describe('headers', () => {
  test('missing required and duplicate columns are file errors; unknown columns are warnings', () => {
    const text = 'company_id,expert_id,地域,region,theme,status,visits,goal_achieved,extra\nC1,E1,大阪,大阪,情報セキュリティ規程の整備,実施,3,達成できた,x\n';
    const r = fromCsv(text, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(lines(r)).toEqual([
      'g.csv:1:region: column region (地域) appears twice in the header (header cells 3 and 4)',
      'g.csv:1:: unknown column "extra" is ignored; expected one of the codebook\'s columns',
      'g.csv:1:best_practice: required column missing: best_practice (指導事例集への掲載); expected a header "best_practice" or "指導事例集への掲載"',
      'g.csv:1:industry: required column missing: industry (業種); expected a header "industry" or "業種"',
    ]);
    expect(r.stats).toMatchObject({ rows: 1, accepted: 0, rejected: 1 });
    expect(r.rejected[0]!.issues.map((i) => i.code)).toEqual(['duplicate_column', 'missing_column', 'missing_column']);
  });

  test('a header-only file is an error; an empty one too', () => {
    expect(lines(fromCsv(`${guidanceHeader}\r\n`, { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toEqual([
      'g.csv:1:: the file has a header row but no data rows',
    ]);
    expect(lines(fromCsv(new Uint8Array(), { codebook: guidance, file: 'g.csv', mode: 'lenient' }))).toEqual(['g.csv:0:: empty file: the file is empty (0 bytes)']);
  });

  test('a byte-order mark in the middle of the file is reported at its line', () => {
    const r = fromCsv(`${g(ok)}\ufeff${guidanceHeader}\r\n`, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(lines(r)[0]).toBe('g.csv:3:: a byte-order mark (U+FEFF) inside the file: were two files concatenated? Remove it or re-export the file');
  });

  test('a byte-order mark in the middle refuses the whole file, rows before it too', () => {
    const r = fromCsv(`${g(ok, ok.replace('C1', 'C2'))}\ufeff${ok.replace('C1', 'C3')}\r\n`, { codebook: guidance, file: 'g.csv', mode: 'lenient' });
    expect(r.table.numRows()).toBe(0);
    expect(r.stats).toMatchObject({ rows: 3, accepted: 0, rejected: 3 });
    expect(r.rejected.map((x) => [x.row, x.issues.map((i) => i.code)])).toEqual([
      [2, ['bom_in_middle']],
      [3, ['bom_in_middle']],
      [4, ['bom_in_middle']],
    ]);
  });
});

describe('a file valid both as UTF-8 and as Shift_JIS', () => {
  const cols = attendees.columns.map((c) => c.id);
  /** An attendees file whose A2 comment is `comment`'s bytes (ﾃｽ in Shift_JIS, C3 BD, is ý in UTF-8). */
  const file = (comment: number[], rows = 1) => {
    const enc = new TextEncoder();
    const out: number[] = [...enc.encode(`${cols.join(',')}\n`)];
    for (let k = 1; k <= rows; k++) {
      const line = cols.map((c) => (c === 'company_id' ? `A${k}` : c === 'comment' ? '\u0000' : '')).join(',');
      const [before, after] = line.split('\u0000') as [string, string];
      out.push(...enc.encode(before), ...(k === 2 ? comment : []), ...enc.encode(`${after}\n`));
    }
    return new Uint8Array(out);
  };

  test('is read as UTF-8, with a warning that shows both readings of the first such cell, chunked or not', () => {
    const bytes = file([0xc3, 0xbd], 3);
    const r = fromCsv(bytes, { codebook: attendees, file: 'a.csv' });
    expect(r.encoding).toBe('utf-8');
    expect(r.table.array('comment')).toEqual([null, 'ý', null]);
    expect(lines(r)).toEqual([
      'a.csv:3:comment: the file reads as UTF-8 and as Shift_JIS alike; read as UTF-8, this cell is "ý", as Shift_JIS it would be "ﾃｽ": if that is the right one, save the file as "CSV UTF-8"',
    ]);
    expect(r.issues[0]!.severity).toBe('warning');
    const reader = new CsvReader({ codebook: attendees, file: 'a.csv' });
    for (let i = 0; i < bytes.length; i++) reader.push(bytes.subarray(i, i + 1));
    expect(lines(reader.end())).toEqual(lines(r));
  });

  test('a personal cell keeps both readings out of the issue', () => {
    const header = experts.columns.map((c) => c.id);
    const text = `${header.join(',')}\n${header.map((c) => (c === 'name' ? '\u0000' : '')).join(',')}\n`;
    const [before, after] = text.split('\u0000') as [string, string];
    const enc = new TextEncoder();
    const r = fromCsv(new Uint8Array([...enc.encode(before), 0xc3, 0xbd, ...enc.encode(after)]), { codebook: experts, file: 'e.csv', mode: 'lenient' });
    const warning = r.issues.find((i) => i.code === 'ambiguous_encoding');
    expect(warning).toMatchObject({ row: 2, column: 'name', value: '(personal data withheld)', expected: '(personal data withheld)' });
    const ja = formatIssue(warning!, messagesJa);
    expect(ja).toContain('UTF-8 として読むとこのセルは（個人情報のため表示しません）');
    expect(ja).toContain('Shift_JIS として読むと（個人情報のため表示しません）です');
    expect(ja).not.toContain('withheld');
  });

  test('a Japanese UTF-8 file (kana and kanji are three bytes) gives no such warning', () => {
    const r = fromCsv(file([...new TextEncoder().encode('テス')], 3), { codebook: attendees, file: 'a.csv' });
    expect(r.issues).toEqual([]);
  });
});

describe('names and free text are kept exactly', () => {
  test('variant kanji (神 U+FA19, 髙, 﨑) and decomposed kana in a text column are read unchanged, from UTF-8 and from CP932', () => {
    const header = experts.columns.map((c) => c.id);
    const row = (id: string, name: string) => header.map((c) => (c === 'respondent_id' ? id : c === 'name' ? name : '')).join(',');
    const name = '\ufa19田 髙﨑';
    const u = fromCsv(new TextEncoder().encode(`${header.join(',')}\n${row('E1', name)}\n${row('E2', 'か\u3099')}\n`), { codebook: experts, file: 'e.csv', mode: 'lenient' });
    expect(u.table.array('name')).toEqual([name, 'か\u3099']);
    // The same name saved by Excel as CP932: 神 U+FA19 is EE 62, 髙 EE E0, 﨑 ED 95.
    const enc = new TextEncoder();
    const s = fromCsv(new Uint8Array([...enc.encode(`${header.join(',')}\r\n${row('E1', '\u0000').split('\u0000')[0]}`), 0xee, 0x62, 0x93, 0x63, 0x20, 0xee, 0xe0, 0xed, 0x95, ...enc.encode(`${row('E1', '\u0000').split('\u0000')[1]}\r\n`)]), {
      codebook: experts,
      file: 'e.csv',
      mode: 'lenient',
    });
    expect(s.encoding).toBe('shift_jis');
    expect(s.table.array('name')).toEqual([name]);
  });
});
