import { PREFECTURES, type Codebook, type Column } from '@smesec/survey';

/**
 * Cell text → code for the reference engines, as an analyst would write the lookup: the labels,
 * codes and aliases of the codebook, prefectures by name, short name or JIS code, and the scale
 * items by number or label. Cells are only trimmed (no Unicode normalisation): the bench data is
 * written with the codebook's own labels.
 */
export function labelCodes(column: Column): Map<string, string> {
  const m = new Map<string, string>();
  const prefectures = () => {
    for (const p of PREFECTURES) for (const k of [p.name, p.short, p.code, String(Number(p.code))]) m.set(k, p.code);
  };
  switch (column.type) {
    case 'single':
    case 'multi':
      for (const o of column.options) for (const k of [o.label, o.code, ...o.aliases]) m.set(k, o.code);
      break;
    case 'prefecture':
      prefectures();
      break;
    case 'multi-prefecture':
      prefectures();
      if (column.nationwide) for (const k of [column.nationwide.label, column.nationwide.code, ...column.nationwide.aliases]) m.set(k, column.nationwide.code);
      break;
    case 'scale':
      for (let v = column.min; v <= column.max; v++) m.set(String(v), String(v));
      for (const p of column.points) m.set(p.label, String(p.value));
      break;
    default:
      break;
  }
  return m;
}

/** Cell values that mean "no answer" besides an empty cell. */
export const missingLabels = (codebook: Codebook): ReadonlySet<string> => new Set(codebook.missing);
