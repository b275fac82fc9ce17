import { PREFECTURES, type Codebook, type Column } from '@smesec/survey';
import { Rng } from './rng.js';

/**
 * Rows of a large experts file shaped like the FY2024 survey: every column of the codebook, the
 * 45 skill items answered coherently per respondent (so ◎/○ and the ability classes all occur),
 * multi-selects with the exclusive 該当なし, the conditional 支援件数, prefectures written as
 * names, short names or JIS codes, 全国, 無回答, and free text that needs CSV quoting (commas, line
 * breaks, doubled quotes). Skews are rough: the bench measures reading and aggregation, not
 * the published margins (those are the synthesiser's job).
 */
export interface GenerateExpertsOptions {
  /** The experts codebook: options and labels come from it. */
  codebook: Codebook;
  /** Number of data rows. */
  rows: number;
  /** Seed of the generator (default 2024). */
  seed?: number;
}

const SURNAMES = ['見本', '試験', '架空', '仮名', '例示', '模擬'];
const GIVEN = ['太郎', '花子', '一郎', '陽子', '健太', '由美', '大輔', '直美', '翔太', '葵'];
const ORGS = ['情報セキュリティ事務所', 'システム株式会社', 'ネットワーク合同会社', 'ITコンサルティング事務所'];
const ACHIEVEMENTS = ['ISMS認証取得支援', 'Pマーク取得・更新の支援', '従業員向けセキュリティ研修の講師', 'ランサムウェア被害を受けた企業の復旧支援', '情報資産台帳の作成支援'];
const PR = ['中小企業の現場に寄り添った支援を心がけています。', '経営者の方にも分かる言葉で説明します。', '"まず何から"という段階からお手伝いします。', 'インシデント対応の経験が豊富です。'];

/** A cell as CSV writes it: quoted when it holds a delimiter, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Decreasing weights 1, 1/2, 1/3, …: the first options of a list are the common ones. */
const harmonic = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));

interface ColumnGen {
  readonly column: Column;
  draw(rng: Rng, row: ReadonlyMap<string, string>, k: number): string;
}

/** Option label → code of every single-response column: the gate of a conditional question is written as a label. */
type GateCodes = ReadonlyMap<string, string>;

function singleGen(column: Column & { type: 'single' }, gateCodes: GateCodes): ColumnGen {
  const labels = column.options.map((o) => o.label);
  const w = harmonic(labels.length);
  const total = w.reduce((a, b) => a + b, 0);
  const rare = column.id === 'sme_support_allowed' ? 0.05 : column.id === 'list_consent' ? 0.02 : -1;
  return {
    column,
    draw(rng, row) {
      const cond = column.askedWhen;
      if (cond) {
        const gate = gateCodes.get(row.get(cond.column) ?? '');
        if (gate === undefined || !cond.in.includes(gate)) return '';
      }
      if (rng.chance(0.015)) return rng.chance(0.5) ? '' : '無回答';
      if (rare >= 0) return rng.chance(rare) ? labels[1]! : labels[0]!;
      return labels[rng.weighted(w, total)]!;
    },
  };
}

function multiGen(column: Column & { type: 'multi' }): ColumnGen {
  const opts = column.options.filter((o) => !o.exclusive);
  const exclusive = column.options.find((o) => o.exclusive);
  const p = opts.map((_, i) => 0.45 / (1 + i * 0.35));
  return {
    column,
    draw(rng) {
      if (rng.chance(0.03)) return '';
      if (exclusive && rng.chance(0.04)) return exclusive.label;
      const chosen = opts.filter((_, i) => rng.chance(p[i]!)).map((o) => o.label);
      if (chosen.length === 0) chosen.push(opts[rng.int(opts.length)]!.label);
      return chosen.join(rng.chance(0.05) ? '; ' : ';');
    },
  };
}

const PREF_WEIGHTS = PREFECTURES.map((p) => (['13', '27', '23', '14', '11', '40'].includes(p.code) ? 6 : 1));
const PREF_TOTAL = PREF_WEIGHTS.reduce((a, b) => a + b, 0);

const drawPrefecture = (rng: Rng) => PREFECTURES[rng.weighted(PREF_WEIGHTS, PREF_TOTAL)]!;

/** A prefecture as people write it: the name, the name without 都/府/県, or the JIS code. */
function prefectureText(rng: Rng, p = drawPrefecture(rng)): string {
  const r = rng.next();
  return r < 0.85 ? p.name : r < 0.95 ? p.short : p.code;
}

function skillGen(columns: readonly string[]): (rng: Rng) => Map<string, string> {
  return (rng) => {
    const out = new Map<string, string>();
    const silent = rng.chance(0.02);
    const levels = new Map<string, number>();
    for (const c of columns) {
      const domain = c.slice(0, 2);
      if (!levels.has(domain)) levels.set(domain, rng.next() * 3.6 - 0.3);
      if (silent || rng.chance(0.01)) {
        out.set(c, '');
        continue;
      }
      const v = Math.max(0, Math.min(3, Math.round(levels.get(domain)! + (rng.next() - 0.5) * 1.6)));
      out.set(c, rng.chance(0.01) ? ['知識・経験なし', '基礎知識のみ', 'サポートがあれば実行可能', '単独実行可能'][v]! : String(v));
    }
    return out;
  };
}

function textOf(id: string, rng: Rng, k: number): string {
  switch (id) {
    case 'name':
      return `${SURNAMES[rng.int(SURNAMES.length)]} ${GIVEN[rng.int(GIVEN.length)]}`;
    case 'riss_number':
      return `SYN-${String(k).padStart(7, '0')}`;
    case 'email':
      return `expert${String(k).padStart(7, '0')}@example.com`;
    case 'organization':
      return rng.chance(0.1) ? '' : `${SURNAMES[rng.int(SURNAMES.length)]}${ORGS[rng.int(ORGS.length)]}`;
    case 'achievements': {
      if (rng.chance(0.35)) return '';
      const n = 1 + rng.int(3);
      const items = Array.from({ length: n }, () => ACHIEVEMENTS[rng.int(ACHIEVEMENTS.length)]!);
      return items.join(rng.chance(0.1) ? '\n' : rng.chance(0.2) ? ', ' : '、');
    }
    case 'self_pr':
      return rng.chance(0.4) ? '' : PR[rng.int(PR.length)]!;
    default:
      return '';
  }
}

/** The header line (column ids) and then one CSV line per row, each ending in `\n`. */
export function* expertLines({ codebook, rows, seed = 2024 }: GenerateExpertsOptions): Generator<string> {
  const rng = new Rng(seed);
  const cols = codebook.columns;
  const gateCodes: GateCodes = new Map(cols.flatMap((c) => (c.type === 'single' ? c.options.map((o) => [o.label, o.code] as const) : [])));
  const skillCols = cols.filter((c) => c.type === 'scale').map((c) => c.id);
  const skills = skillGen(skillCols);
  const gens = new Map<string, ColumnGen>();
  for (const c of cols) {
    if (c.type === 'single') gens.set(c.id, singleGen(c, gateCodes));
    else if (c.type === 'multi') gens.set(c.id, multiGen(c));
  }
  yield `${cols.map((c) => c.id).join(',')}\n`;
  for (let k = 1; k <= rows; k++) {
    const row = new Map<string, string>();
    const answers = skills(rng);
    for (const c of cols) {
      let v: string;
      if (c.type === 'id') v = `E${String(k).padStart(7, '0')}`;
      else if (c.type === 'text') v = textOf(c.id, rng, k);
      else if (c.type === 'prefecture') v = rng.chance(0.01) ? '' : prefectureText(rng);
      else if (c.type === 'multi-prefecture') {
        if (rng.chance(0.03)) v = '';
        else if (rng.chance(0.2)) v = c.nationwide?.label ?? '';
        else {
          const chosen = new Map<string, string>();
          const n = 1 + rng.int(4);
          while (chosen.size < n) {
            const p = drawPrefecture(rng);
            if (!chosen.has(p.code)) chosen.set(p.code, prefectureText(rng, p));
          }
          v = [...chosen.values()].join(';');
        }
      } else if (c.type === 'scale') v = answers.get(c.id) ?? '';
      else v = gens.get(c.id)?.draw(rng, row, k) ?? '';
      row.set(c.id, v);
    }
    let line = '';
    for (let i = 0; i < cols.length; i++) line += (i ? ',' : '') + csvCell(row.get(cols[i]!.id)!);
    yield `${line}\n`;
  }
}
