/** Where one prefecture sits on the tile grid: column from the west, row from the north. */
export interface TilePosition {
  /** JIS X 0401 code, `01`–`47`. */
  readonly code: string;
  readonly col: number;
  readonly row: number;
}

/** Columns and rows of the grid. */
export const TILE_GRID_SIZE = { cols: 13, rows: 11 } as const;

/**
 * The 47 prefectures on a 13 × 11 grid, one square each, in the layout Japanese statistical tile
 * maps use: 北海道 alone at the top right, Tohoku as a two-wide column down the east, the
 * Hokuriku coast (福井 → 新潟) across row 4, Kanto as a 3 × 3 block with 東京 between 埼玉 and
 * 千葉, Kinki as 兵庫 京都 滋賀 over 大阪 奈良 三重 with 和歌山 below, Chugoku as 山口 島根 鳥取
 * over 広島 岡山, Shikoku as a 2 × 2 block under them, Kyushu at the west and 沖縄 apart at the
 * bottom left. The top-left corner (the Sea of Japan) is left empty for the title and legend.
 */
export const TILE_GRID: readonly TilePosition[] = [
  { code: '01', col: 12, row: 0 }, // 北海道
  { code: '02', col: 12, row: 1 }, // 青森
  { code: '03', col: 12, row: 2 }, // 岩手
  { code: '04', col: 12, row: 3 }, // 宮城
  { code: '05', col: 11, row: 2 }, // 秋田
  { code: '06', col: 11, row: 3 }, // 山形
  { code: '07', col: 11, row: 4 }, // 福島
  { code: '08', col: 12, row: 5 }, // 茨城
  { code: '09', col: 11, row: 5 }, // 栃木
  { code: '10', col: 10, row: 5 }, // 群馬
  { code: '11', col: 10, row: 6 }, // 埼玉
  { code: '12', col: 12, row: 6 }, // 千葉
  { code: '13', col: 11, row: 6 }, // 東京
  { code: '14', col: 10, row: 7 }, // 神奈川
  { code: '15', col: 10, row: 4 }, // 新潟
  { code: '16', col: 9, row: 4 }, // 富山
  { code: '17', col: 8, row: 4 }, // 石川
  { code: '18', col: 7, row: 4 }, // 福井
  { code: '19', col: 9, row: 6 }, // 山梨
  { code: '20', col: 9, row: 5 }, // 長野
  { code: '21', col: 8, row: 5 }, // 岐阜
  { code: '22', col: 9, row: 7 }, // 静岡
  { code: '23', col: 8, row: 6 }, // 愛知
  { code: '24', col: 7, row: 6 }, // 三重
  { code: '25', col: 7, row: 5 }, // 滋賀
  { code: '26', col: 6, row: 5 }, // 京都
  { code: '27', col: 5, row: 6 }, // 大阪
  { code: '28', col: 5, row: 5 }, // 兵庫
  { code: '29', col: 6, row: 6 }, // 奈良
  { code: '30', col: 6, row: 7 }, // 和歌山
  { code: '31', col: 4, row: 5 }, // 鳥取
  { code: '32', col: 3, row: 5 }, // 島根
  { code: '33', col: 4, row: 6 }, // 岡山
  { code: '34', col: 3, row: 6 }, // 広島
  { code: '35', col: 2, row: 5 }, // 山口
  { code: '36', col: 4, row: 8 }, // 徳島
  { code: '37', col: 4, row: 7 }, // 香川
  { code: '38', col: 3, row: 7 }, // 愛媛
  { code: '39', col: 3, row: 8 }, // 高知
  { code: '40', col: 1, row: 6 }, // 福岡
  { code: '41', col: 0, row: 6 }, // 佐賀
  { code: '42', col: 0, row: 7 }, // 長崎
  { code: '43', col: 1, row: 7 }, // 熊本
  { code: '44', col: 2, row: 7 }, // 大分
  { code: '45', col: 2, row: 8 }, // 宮崎
  { code: '46', col: 1, row: 8 }, // 鹿児島
  { code: '47', col: 0, row: 10 }, // 沖縄
];
