/**
 * fast-check arbitraries for codebook-valid tables: each row as the cells an export could hold
 * (labels, codes or aliases, full-width digits, prefecture names with or without their suffix,
 * missing answers as blank or 無回答) together with the values the reader must give for it.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { PREFECTURES, type CellValue, type Codebook, type Column } from '@smesec/survey';

export interface Cell {
  readonly cell: string;
  readonly value: CellValue;
}

/** Characters of free text: ascii with the CSV-special ones, Japanese that Shift_JIS (CP932) holds. */
const TEXT_CHARS = [...'abcXYZ019 ,"\';:-=+@/\\', ...'あいうえおアイウエオ漢字規程相談見本架空、。「」（）・ー～①ｱｲｳｶﾞﾃｱ', '\n'];
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Free text as the reader keeps it: NFC, no white space at either end, never only white space. */
const text: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TEXT_CHARS), { minLength: 1, maxLength: 40 })
  .map((cs) => cs.join('').normalize('NFC').trim())
  .filter((t) => t !== '');

const missing = (value: CellValue): fc.Arbitrary<Cell> => fc.constantFrom<Cell>({ cell: '', value }, { cell: '無回答', value }, { cell: '  ', value });

function optionCell(o: { code: string; label: string; aliases: readonly string[] }): fc.Arbitrary<string> {
  return fc.constantFrom(o.label, o.code, ...o.aliases, ` ${o.label} `);
}

function cellOf(column: Column): fc.Arbitrary<Cell> {
  switch (column.type) {
    case 'single':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...column.options).chain((o) => optionCell(o).map((cell) => ({ cell, value: o.code }))) },
        { weight: 1, arbitrary: missing(null) },
      );
    case 'multi': {
      const plain = column.options.filter((o) => !o.exclusive);
      const exclusive = column.options.filter((o) => o.exclusive);
      const chosen = fc.oneof(
        { weight: 4, arbitrary: fc.subarray(plain, { minLength: 1 }) },
        ...(exclusive.length ? [{ weight: 1, arbitrary: fc.constantFrom(...exclusive).map((o) => [o]) }] : []),
      );
      const given = chosen.chain((os) =>
        fc.tuple(fc.shuffledSubarray(os, { minLength: os.length, maxLength: os.length }), fc.constantFrom(';', '；', ' ; ')).chain(([order, sep]) =>
          fc.tuple(...order.map(optionCell)).map((cells) => ({ cell: cells.join(sep), value: os.map((o) => o.code) })),
        ),
      );
      return fc.oneof({ weight: 4, arbitrary: given }, { weight: 1, arbitrary: missing([]) });
    }
    case 'prefecture':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PREFECTURES).chain((p) => fc.constantFrom(p.name, p.short, p.code, String(Number(p.code))).map((cell) => ({ cell, value: p.code }))) },
        { weight: 1, arbitrary: missing(null) },
      );
    case 'multi-prefecture': {
      const some = fc.subarray([...PREFECTURES], { minLength: 1, maxLength: 5 }).chain((ps) =>
        fc.tuple(...ps.map((p) => fc.constantFrom(p.name, p.short, p.code))).map((cells) => ({ cell: cells.join(';'), value: ps.map((p) => p.code) })),
      );
      const all = column.nationwide ? [{ weight: 1, arbitrary: fc.constant<Cell>({ cell: column.nationwide.label, value: [column.nationwide.code] }) }] : [];
      return fc.oneof({ weight: 4, arbitrary: some }, ...all, { weight: 1, arbitrary: missing([]) });
    }
    case 'scale': {
      const point = fc.integer({ min: column.min, max: column.max }).chain((n) => {
        const label = column.points.find((p) => p.value === n)?.label;
        return fc.constantFrom(String(n), toFullWidth(String(n)), ...(label ? [label, `${n} ${label}`] : [])).map((cell) => ({ cell, value: n }));
      });
      return fc.oneof({ weight: 5, arbitrary: point }, { weight: 1, arbitrary: missing(null) });
    }
    case 'integer': {
      const n = fc.integer({ min: column.min ?? -1000, max: column.max ?? 1000 }).chain((v) => fc.constantFrom(String(v), toFullWidth(String(v))).map((cell) => ({ cell, value: v })));
      return fc.oneof({ weight: 4, arbitrary: n }, { weight: 1, arbitrary: missing(null) });
    }
    case 'text':
      return fc.oneof({ weight: 3, arbitrary: text.map((t) => ({ cell: t, value: t })) }, { weight: 1, arbitrary: fc.constant<Cell>({ cell: '', value: null }) });
    case 'id':
      // Ids are set per row by `rowsOf`; references are not checked when one file is read.
      return fc.constant({ cell: 'X', value: 'X' });
    default:
      throw new Error(`no arbitrary for ${column.type} columns`);
  }
}

/** Rows of a codebook's table: cells and expected values, ids unique, conditional questions answered only where asked. */
export function rowsOf(codebook: Codebook, { maxRows = 12 } = {}): fc.Arbitrary<Cell[][]> {
  const row = fc.tuple(...codebook.columns.map(cellOf));
  return fc.array(row, { minLength: 1, maxLength: maxRows }).map((rows) =>
    rows.map((cells, r) =>
      cells.map((c, k) => {
        const col = codebook.columns[k]!;
        if (col.type === 'id') return { cell: `ID-${r + 1}`, value: `ID-${r + 1}` };
        const when = col.askedWhen;
        if (!when) return c;
        const cond = cells[codebook.columns.findIndex((x) => x.id === when.column)]!.value;
        if (typeof cond === 'string' && when.in.includes(cond)) return c;
        return { cell: '', value: col.type === 'multi' ? [] : null };
      }),
    ),
  );
}

/** How a file is written: encoding, line ending, and which cells are quoted. */
export interface Layout {
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'shift_jis';
  readonly newline: '\r\n' | '\n' | '\r';
  readonly quoting: 'minimal' | 'all' | 'random';
  /** Seeds the random quoting. */
  readonly salt: number;
  /** Headers as column ids or as the Japanese labels. */
  readonly headers: 'id' | 'label';
}

export const layout: fc.Arbitrary<Layout> = fc.record({
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'shift_jis'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  quoting: fc.constantFrom('minimal', 'all', 'random'),
  salt: fc.nat(),
  headers: fc.constantFrom('id', 'label'),
});

/** The bytes of a table written with a layout. */
export function writeCsv(codebook: Codebook, rows: readonly (readonly Cell[])[], l: Layout): Uint8Array {
  let k = l.salt;
  const quote = (s: string) => {
    const must = /[",\r\n]/.test(s) || /^\s|\s$/.test(s);
    const want = l.quoting === 'all' || (l.quoting === 'random' && (k = (k * 1103515245 + 12345) >>> 0) % 2 === 0);
    return must || want ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = codebook.columns.map((c) => quote(l.headers === 'id' ? c.id : c.label));
  const lines = [header.join(','), ...rows.map((r) => r.map((c) => quote(c.cell)).join(','))];
  const text = lines.join(l.newline) + l.newline;
  if (l.encoding === 'shift_jis') return new Uint8Array(iconv.encode(text, 'cp932'));
  const body = new TextEncoder().encode(text);
  return l.encoding === 'utf-8' ? body : new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
}

/** The table the reader must give: one object per row, column id → value. */
export function expectedTable(codebook: Codebook, rows: readonly (readonly Cell[])[]): Record<string, CellValue>[] {
  return rows.map((r) => Object.fromEntries(codebook.columns.map((c, k) => [c.id, r[k]!.value])));
}
