import { describe, expect, test } from 'vitest';
import { CodebookSet } from '../codebook/schema.js';
import { readInstruments } from './read-instruments.js';
import { formatIssue, ValidationError } from './issues.js';

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
      'visits.csv:3:company_id: "C9" in 企業ID does not exist in companies.csv (company_id, accepted rows)',
      'visits.csv:4:company_id: "C2" in 企業ID does not exist in companies.csv (company_id, accepted rows)',
    ]);
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
      expect((e as ValidationError).issues.map((i) => `${i.file}:${i.code}`)).toEqual(['visits.csv:unknown_reference', 'companies.csv:out_of_range']);
    }
  });
});
