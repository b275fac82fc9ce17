import { PREFECTURES } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { TILE_GRID, TILE_GRID_SIZE } from './tile-grid.js';

const at = (short: string) => {
  const code = PREFECTURES.find((p) => p.short === short)!.code;
  return TILE_GRID.find((t) => t.code === code)!;
};

describe('TILE_GRID', () => {
  test('all 47 prefectures, each placed exactly once', () => {
    expect(TILE_GRID).toHaveLength(47);
    expect(new Set(TILE_GRID.map((t) => t.code))).toEqual(new Set(PREFECTURES.map((p) => p.code)));
  });

  test('no two prefectures on the same cell, all inside the grid', () => {
    const cells = TILE_GRID.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(47);
    for (const t of TILE_GRID) {
      expect(t.col).toBeGreaterThanOrEqual(0);
      expect(t.col).toBeLessThan(TILE_GRID_SIZE.cols);
      expect(t.row).toBeGreaterThanOrEqual(0);
      expect(t.row).toBeLessThan(TILE_GRID_SIZE.rows);
    }
  });

  test('北海道 at the top right, 沖縄 at the bottom left', () => {
    const maxCol = Math.max(...TILE_GRID.map((t) => t.col));
    const maxRow = Math.max(...TILE_GRID.map((t) => t.row));
    expect(at('北海道')).toMatchObject({ col: maxCol, row: 0 });
    expect(at('沖縄')).toMatchObject({ col: 0, row: maxRow });
  });

  test('neighbours sit where a reader expects them', () => {
    expect(at('東京').col).toBeGreaterThan(at('大阪').col);
    expect(at('東京').row).toBe(at('埼玉').row + 0);
    expect(at('千葉').col).toBeGreaterThan(at('東京').col);
    expect(at('神奈川').row).toBeGreaterThan(at('東京').row);
    expect(at('青森').row).toBeLessThan(at('宮城').row);
    expect(at('福岡').col).toBeLessThan(at('広島').col);
    expect(at('高知').row).toBeGreaterThan(at('香川').row);
  });

  test('every region forms one connected block of tiles (沖縄 and 北海道 stand alone)', () => {
    const byRegion = new Map<string, { col: number; row: number }[]>();
    for (const t of TILE_GRID) {
      const p = PREFECTURES.find((x) => x.code === t.code)!;
      const key = p.code === '47' ? 'okinawa' : p.region;
      byRegion.set(key, [...(byRegion.get(key) ?? []), t]);
    }
    for (const [region, tiles] of byRegion) {
      const seen = new Set([0]);
      const queue = [0];
      while (queue.length > 0) {
        const a = tiles[queue.pop()!]!;
        tiles.forEach((b, i) => {
          if (!seen.has(i) && Math.abs(a.col - b.col) <= 1 && Math.abs(a.row - b.row) <= 1) {
            seen.add(i);
            queue.push(i);
          }
        });
      }
      expect(seen.size, region).toBe(tiles.length);
    }
  });
});
