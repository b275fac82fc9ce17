import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chooseYear, DatasetInfo, loadDatasetInfo, noticeOf, SYNTHETIC_NOTICE } from './dataset-info.js';

const dir = mkdtempSync(join(tmpdir(), 'dataset-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const info = (json: object) => DatasetInfo.parse(json);

describe('the year of a report', () => {
  test('dataset.json, --year and the folder codebook must agree; each names both years when not', () => {
    expect(() => chooseYear({ argYear: '令和7年度', info: info({ year: '令和6年度' }), dataPath: 'data/x', builtinYear: '令和6年度' })).toThrow(
      'data/x/dataset.json: year 令和6年度 does not match --year 令和7年度; correct dataset.json (or --year) so that both name the year of this data',
    );
    expect(() => chooseYear({ info: info({ year: '令和6年度' }), dataPath: 'd', codebookYear: '令和7年度', builtinYear: '令和6年度' })).toThrow(/year 令和6年度 does not match the year of d\/codebook\.json \(令和7年度\)/);
  });

  test('the year used, and where it came from', () => {
    expect(chooseYear({ argYear: '令和7年度', info: info({ year: '令和7年度' }), dataPath: 'd', builtinYear: '令和6年度' })).toEqual({ year: '令和7年度', from: '--year' });
    expect(chooseYear({ info: info({ year: '令和7年度' }), dataPath: 'd', builtinYear: '令和6年度' })).toEqual({ year: '令和7年度', from: 'dataset.json' });
    expect(chooseYear({ info: info({}), dataPath: 'd', codebookYear: '令和8年度', builtinYear: '令和6年度' })).toEqual({ year: '令和8年度', from: 'codebook.json' });
    expect(chooseYear({ info: info({}), dataPath: 'd', builtinYear: '令和6年度' })).toEqual({ year: '令和6年度', from: 'the built-in codebook' });
  });
});

describe('the synthetic-data notice', () => {
  test('only on data that declares itself synthetic', () => {
    expect(noticeOf(info({}))).toBeUndefined();
    expect(noticeOf(info({ synthetic: false }))).toBeUndefined();
    expect(noticeOf(info({ synthetic: true }))).toBe(SYNTHETIC_NOTICE);
    expect(noticeOf(info({ synthetic: true, notice: '合成です' }))).toBe('合成です');
  });

  test('a notice without synthetic: true is refused, naming the file', () => {
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ year: '令和7年度', notice: '合成データです' }));
    expect(() => loadDatasetInfo(dir)).toThrow(`${join(dir, 'dataset.json')}: notice: notice is the synthetic-data notice and needs "synthetic": true`);
  });
});
