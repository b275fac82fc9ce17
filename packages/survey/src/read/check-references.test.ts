import { describe, expect, test } from 'vitest';
import { CodebookSet } from '../codebook/schema.js';
import { readInstruments } from './read-instruments.js';
import { formatIssue, messagesJa, ValidationError } from './issues.js';

const codebooks = CodebookSet.parse({
  id: 't',
  label: 'T',
  instruments: [
    { id: 'visits', label: '訪問', file: 'visits.csv', columns: [{ id: 'visit_id', label: '訪問ID', type: 'id' }, { id: 'company_id', label: '企業ID', type: 'id', unique: false, references: { instrument: 'companies', column: 'company_id' } }] },
    { id: 'companies', label: '企業', file: 'companies.csv', columns: [{ id: 'company_id', label: '企業ID', type: 'id' }, { id: 'size', label: '規模', type: 'integer', min: 1 }] },
  ],
});

const inputs = (companies: string, visits: string) =>
  new Map([
    ['companies', { bytes: companies, file: 'companies.csv' }],
    ['visits', { bytes: visits, file: 'visits.csv' }],
  ]);

describe('references between instruments', () => {
  test('a row referring to nothing is rejected, and so is one referring to a rejected row', () => {
    const r = readInstruments(inputs('company_id,size\nC1,3\nC2,0\n', 'visit_id,company_id\nV1,C1\nV2,C9\nV3,C2\n'), { codebooks, mode: 'lenient' });
    const visits = r.get('visits')!;
    expect(visits.table.array('visit_id')).toEqual(['V1']);
    expect(visits.rowNumbers).toEqual([2]);
    expect(visits.stats).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(visits.issues.map((i) => formatIssue(i))).toEqual([
      'visits.csv:3:company_id: "C9" in 企業ID does not exist in companies.csv (company_id)',
      'visits.csv:4:company_id: "C2" in 企業ID refers to companies.csv row 3, which was itself rejected: fix that row first',
    ]);
    expect(visits.issues.map((i) => i.code)).toEqual(['unknown_reference', 'reference_rejected']);
    expect(visits.issues.map((i) => formatIssue(i, messagesJa))).toEqual([
      'visits.csv:3:company_id: 企業IDの「C9」は companies.csv（company_id）にありません',
      'visits.csv:4:company_id: 企業IDの「C2」が指す companies.csv の3行目は、それ自体が不採用です。先にその行を直してください',
    ]);
  });

  test('a row rejected for referring to a rejected row is itself named by the rows referring to it', () => {
    const chain = CodebookSet.parse({
      id: 't',
      label: 'T',
      instruments: [
        { id: 'a', label: 'A', file: 'a.csv', columns: [{ id: 'a_id', label: 'A-ID', type: 'id' }, { id: 'n', label: '数', type: 'integer', min: 1 }] },
        { id: 'b', label: 'B', file: 'b.csv', columns: [{ id: 'b_id', label: 'B-ID', type: 'id' }, { id: 'a_id', label: 'A参照', type: 'id', unique: false, references: { instrument: 'a', column: 'a_id' } }] },
        { id: 'c', label: 'C', file: 'c.csv', columns: [{ id: 'c_id', label: 'C-ID', type: 'id' }, { id: 'b_id', label: 'B参照', type: 'id', unique: false, references: { instrument: 'b', column: 'b_id' } }] },
      ],
    });
    const files = new Map([
      ['a', { bytes: 'a_id,n\nA1,0\nA2,1\n', file: 'a.csv' }],
      ['b', { bytes: 'b_id,a_id\nB1,A1\nB2,A2\n', file: 'b.csv' }],
      ['c', { bytes: 'c_id,b_id\nX1,B1\nX2,B2\nX3,B9\n', file: 'c.csv' }],
    ]);
    const r = readInstruments(files, { codebooks: chain, mode: 'lenient' });
    expect([...r.values()].flatMap((x) => x.issues).map((i) => `${i.file}:${i.row}:${i.code}:${i.expected}`)).toEqual([
      'a.csv:2:out_of_range:a whole number (at least 1)',
      'b.csv:2:reference_rejected:a.csv:2',
      'c.csv:2:reference_rejected:b.csv:2',
      'c.csv:4:unknown_reference:b.csv (b_id)',
    ]);
    expect(r.get('b')!.rejected.map((x) => x.ids)).toEqual([{ b_id: 'B1', a_id: 'A1' }]);
  });

  test('a row cut short by a quote never closed still names its id to the rows referring to it', () => {
    const r = readInstruments(inputs('company_id,size\nC1,3\nC2,"4\n', 'visit_id,company_id\nV1,C2\n'), { codebooks, mode: 'lenient' });
    expect(r.get('visits')!.issues.map((i) => `${i.code}:${i.expected}`)).toEqual(['reference_rejected:companies.csv:3']);
  });

  test('a file refused as a whole is not checked against: its own error says why', () => {
    const r = readInstruments(inputs('company_id,weight\nC1,3\n', 'visit_id,company_id\nV1,C1\nV2,C9\n'), { codebooks, mode: 'lenient' });
    expect([...r.values()].flatMap((x) => x.issues).map((i) => formatIssue(i))).toEqual([
      'visits.csv:1:: unknown column "weight" is ignored; expected one of the codebook\'s columns'.replace('visits.csv', 'companies.csv'),
      'companies.csv:1:size: required column missing: size (規模); expected a header "size" or "規模"',
    ]);
    expect(r.get('visits')!.stats).toMatchObject({ rows: 2, accepted: 2, rejected: 0 });
  });

  test('strict mode throws with the issues of every file', () => {
    expect(() => readInstruments(inputs('company_id,size\nC1,0\n', 'visit_id,company_id\nV1,C1\n'), { codebooks })).toThrow(ValidationError);
    try {
      readInstruments(inputs('company_id,size\nC1,0\n', 'visit_id,company_id\nV1,C1\n'), { codebooks });
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => `${i.file}:${i.code}`)).toEqual(['visits.csv:reference_rejected', 'companies.csv:out_of_range']);
    }
  });
});
