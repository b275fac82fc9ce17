/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Cut a text to at most `max` characters (code points, so no surrogate pair is split). */
const cut = (text: string, max: number) => [...text].slice(0, max).join('');

/** A title as a sheet name Excel accepts: forbidden characters replaced, at most 31 characters, no apostrophe at either end. */
export function sheetName(title: string): string {
  const base = title.replace(FORBIDDEN, '・').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || '表';
  return cut(base, MAX_SHEET_NAME).replace(/'+$/, '');
}

/**
 * Sheet names from titles: each as `sheetName` gives it, made unique as Excel compares names
 * (case-insensitive) with a `（2）` suffix, never Excel's reserved `History`.
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = sheetName(title);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'history'; k++) {
      const suffix = `（${k}）`;
      name = `${sheetName(cut(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
