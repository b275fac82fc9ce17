import { describe, expect, test } from 'vitest';
import { CodebookSet } from '../codebook/schema.js';
import { fromCsv } from './from-csv.js';
import { expectedJa, formatIssue, messagesEn, messagesJa, summarizeIssues, type Issue, type IssueCode } from './issues.js';

const issue = (over: Partial<Issue> & { code: IssueCode }): Issue => ({ severity: 'error', file: 'a.csv', row: 2, line: 2, column: 'chamber', label: '開催商工会議所', value: '', expected: '', ...over });

const codebook = CodebookSet.parse({
  id: 't',
  label: 'T',
  instruments: [
    {
      id: 'visits',
      label: '訪問',
      file: 'visits.csv',
      columns: [
        { id: 'visit_id', label: '訪問ID', type: 'id' },
        { id: 'chamber', label: '開催商工会議所', type: 'single', options: [{ code: 'osaka', label: '大阪商工会議所' }, { code: 'nagoya', label: '名古屋商工会議所' }] },
        { id: 'people', label: '参加人数', type: 'integer', min: 1, max: 9 },
        { id: 'day', label: '開催日', type: 'date' },
        { id: 'pref', label: '所在地', type: 'prefecture' },
        { id: 'status', label: '実施状況', type: 'single', options: [{ code: 'done', label: '実施' }, { code: 'declined', label: '辞退' }] },
        { id: 'goal', label: '目標達成', type: 'single', options: [{ code: 'yes', label: '達成' }], askedWhen: { column: 'status', in: ['done'] } },
      ],
    },
  ],
}).instruments[0]!;

describe('Japanese messages', () => {
  test('every code has a Japanese message, and none of them falls back to English', () => {
    expect(Object.keys(messagesJa).filter((k) => k !== 'line').sort()).toEqual(Object.keys(messagesEn).sort());
    for (const code of Object.keys(messagesEn) as IssueCode[]) {
      const ja = messagesJa[code](issue({ code, value: 'x', expected: 'a.csv:3' }));
      // Japanese text in each message, not an English sentence around the label.
      expect(ja, code).toMatch(/[\u3040-\u30ff]/);
      expect(ja, code).not.toMatch(/\b(the|is|in|for|expected)\b/);
    }
  });

  test('what the reader expected is said in Japanese for every message it writes', () => {
    const csv = [
      'visit_id,chamber,people,day,pref,status,goal',
      'V1,商議所,0,2024-02-30,見本県,辞退,達成',
      'V2,大阪商工会議所,1.5,あした,大阪,実施,達成',
      'V3,大阪商工会議所,abc,,,,',
      'V5,大阪商工会議所,1,,,,',
      'V5,大阪商工会議所,2,,,,',
      ',大阪商工会議所,1,,,,',
      'V4,大阪商工会議所',
    ].join('\n');
    const r = fromCsv(csv, { codebook, file: 'visits.csv', mode: 'lenient' });
    expect(r.issues.map((i) => formatIssue(i, messagesJa))).toEqual([
      'visits.csv:2:chamber: 開催商工会議所に不明な選択肢「商議所」があります。選択肢: 大阪商工会議所、名古屋商工会議所',
      'visits.csv:2:people: 参加人数の「0」は範囲外です。整数（1–9）で入力してください',
      'visits.csv:2:day: 開催日の「2024-02-30」は日付ではありません。YYYY-MM-DD 形式の日付で入力してください',
      'visits.csv:2:pref: 所在地に不明な都道府県「見本県」があります。都道府県名（大阪府 または 大阪）か JIS コード 01–47で入力してください',
      'visits.csv:2:goal: 目標達成に回答「達成」がありますが、この設問は実施状況（status）が実施の場合だけ尋ねます。この行は辞退です',
      'visits.csv:3:people: 参加人数の「1.5」は整数ではありません。整数（1–9）で入力してください',
      'visits.csv:3:day: 開催日の「あした」は日付ではありません。YYYY-MM-DD 形式の日付で入力してください',
      'visits.csv:4:people: 参加人数の「abc」は数値ではありません。整数（1–9）で入力してください',
      'visits.csv:6:visit_id: 訪問ID「V5」が重複しています。ID は重複できません（最初は5行目）',
      'visits.csv:7:visit_id: 訪問IDが空欄です。どの行にも ID が必要です',
      'visits.csv:8:: この行のセルは2個です。見出しの列ごとに1つ、7個のはずです',
    ]);
  });

  test('the encoding messages of the decoder are translated, and an unknown text is kept as it is', () => {
    expect(expectedJa('the file is UTF-16 (byte-order mark 0xFF 0xFE, Excel\'s "Unicode text"); save it as "CSV UTF-8" or "CSV (comma delimited)"')).toBe(
      'UTF-16 のファイルです（バイト順マーク 0xFF 0xFE、Excel の「Unicode テキスト」）。「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直してください',
    );
    expect(expectedJa('line 4 is not valid UTF-8 (byte 0x96) although line 2 is UTF-8: the file mixes encodings or is damaged')).toBe(
      '4行目は UTF-8 として読めません（バイト 0x96）が、2行目は UTF-8 です。文字コードが混ざっているか、ファイルが壊れています',
    );
    expect(expectedJa('a whole number (at least 3)')).toBe('整数（3以上）');
    expect(expectedJa('something new')).toBe('something new');
  });

  test('a physical line other than the row is named in the language of the messages', () => {
    const i = issue({ code: 'missing_value', row: 5, line: 6, column: 'company_id', label: '企業ID', expected: 'every row needs an id' });
    expect(formatIssue(i, messagesJa)).toBe('a.csv:5:company_id: 企業IDが空欄です。どの行にも ID が必要です（ファイル上は6行目）');
    expect(formatIssue(i)).toBe('a.csv:5:company_id: 企業ID is empty; every row needs an id (line 6)');
  });
});

describe('the summary', () => {
  const typo = (row: number) => issue({ code: 'unknown_option', file: 'attendees.csv', row, value: '商議所', expected: '大阪商工会議所' });
  const followOn = (row: number) => issue({ code: 'reference_rejected', file: 'consultations.csv', row, column: 'company_id', label: '企業ID', value: `C${row}`, expected: `attendees.csv:${row}` });

  test('one typo repeated in 105 rows is one line, and the references to those rows one more', () => {
    const issues = [...Array.from({ length: 105 }, (_, k) => typo(k + 2)), ...Array.from({ length: 55 }, (_, k) => followOn(k + 2))];
    expect(summarizeIssues(issues)).toEqual(['attendees.csv 開催商工会議所: 不明な選択肢「商議所」 105行', 'consultations.csv 企業ID: 不採用の行を参照（attendees.csv） 55行']);
    expect(summarizeIssues(issues, 'en')).toEqual(['attendees.csv 開催商工会議所: unknown option "商議所" 105 rows', 'consultations.csv 企業ID: refers to a rejected row (attendees.csv) 55 rows']);
  });

  test('values are listed largest first, and beyond a few the rest are counted together', () => {
    const values = ['A', 'A', 'A', 'B', 'B', 'C', 'D', 'E'];
    const issues = values.map((value, k) => issue({ code: 'unknown_option', row: k + 2, value }));
    expect(summarizeIssues(issues)).toEqual([
      'a.csv 開催商工会議所: 不明な選択肢「A」 3行',
      'a.csv 開催商工会議所: 不明な選択肢「B」 2行',
      'a.csv 開催商工会議所: 不明な選択肢「C」 1行',
      'a.csv 開催商工会議所: 不明な選択肢 ほか2種類の値 2行',
    ]);
  });

  test('nothing when no problem repeats, and warnings are left out', () => {
    expect(summarizeIssues([typo(2), followOn(3)])).toEqual([]);
    expect(summarizeIssues([typo(2), { ...typo(3), severity: 'warning' }])).toEqual([]);
  });
});
