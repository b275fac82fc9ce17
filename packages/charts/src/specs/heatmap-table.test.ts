import { describe, expect, test } from 'vitest';
import { themeByRegion } from '../../test/data.js';
import { encodingOf, layersOf, rowsOf } from '../../test/spec-parts.js';
import { palette } from '../theme/palette.js';
import { TOTAL_CODE, heatmapTable } from './heatmap-table.js';

describe('heatmapTable', () => {
  const spec = heatmapTable(themeByRegion, { title: '地域別・テーマ別の指導実施件数' });
  const cell = (row: string, col: string) => rowsOf(spec).find((r) => r.row === row && r.col === col)!;

  test('margins as published: 17 / 13 / 4 and 15 4 3 5 7, 34 in all', () => {
    expect(['osaka', 'nagoya', 'saitama'].map((r) => cell(r, TOTAL_CODE).count)).toEqual([17, 13, 4]);
    expect(['rules', 'assets', 'cloud', 'incident', 'education'].map((c) => cell(TOTAL_CODE, c).count)).toEqual([15, 4, 3, 5, 7]);
    expect(cell(TOTAL_CODE, TOTAL_CODE).count).toBe(34);
  });

  test('cells are shaded by count, zero is white, margins are grey', () => {
    expect(cell('osaka', 'rules').fill).toBe(palette.sequential[4]);
    expect(cell('saitama', 'cloud').fill).toBe(palette.zero);
    expect(cell('osaka', TOTAL_CODE).fill).toBe(palette.margin);
    expect(cell('osaka', 'rules').ink).toBe('#ffffff');
  });

  test('every cell prints its count; margins in bold', () => {
    expect(cell('nagoya', 'incident').text).toBe('4');
    const texts = layersOf(spec).filter((l) => l.mark.type === 'text');
    expect(texts.map((l) => [l.transform![0]!.filter, l.mark.fontWeight])).toEqual([
      ['datum.margin === false', 'normal'],
      ['datum.margin === true', 'bold'],
    ]);
  });

  test('columns on top with wrapped labels, rows and columns in the given order plus 合計', () => {
    const x = encodingOf(spec).x!;
    expect(x.sort).toEqual(['rules', 'assets', 'cloud', 'incident', 'education', TOTAL_CODE]);
    expect((x.axis as { orient: string }).orient).toBe('top');
    expect((x.axis as { labelExpr: string }).labelExpr).toContain('"__total__": "合計"');
    expect(encodingOf(spec).y!.sort).toEqual(['osaka', 'nagoya', 'saitama', TOTAL_CODE]);
  });

  test('margins can be left out', () => {
    const bare = heatmapTable(themeByRegion, { title: 't', margins: false });
    expect(rowsOf(bare)).toHaveLength(15);
  });

  test('a ragged matrix is refused', () => {
    expect(() => heatmapTable({ ...themeByRegion, counts: [[1, 2], [3]] }, { title: 't' })).toThrow(/expected 3 rows of counts/);
  });
});
