import { toCsv, type CsvCell } from '@smesec/survey';

/** A table's cell as tables/<id>.csv has it: `data-v` when the shown text is formatted, numbers as numbers. */
function cellValue(cell: HTMLTableCellElement): CsvCell {
  const text = cell.dataset['v'] ?? cell.textContent ?? '';
  if (!cell.classList.contains('num') || text === '') return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/** The CSV of one rendered data table: UTF-8 with BOM, formula-safe, byte for byte tables/<id>.csv. */
export function tableCsv(table: HTMLTableElement): string {
  const header = [...table.querySelectorAll<HTMLTableCellElement>('thead th')].map((th) => th.textContent ?? '');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => [...tr.cells].map(cellValue));
  return toCsv(header, rows);
}

/**
 * Each 数表's CSV link downloads the table from the page itself (a Blob), so index.html sent
 * alone still gives every CSV; without script the link opens tables/<id>.csv beside it.
 */
export function initTableDownloads(root: Document = document): void {
  root.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-csv]');
    const table = link && root.querySelector<HTMLTableElement>(`table[data-table="${CSS.escape(link.dataset['csv']!)}"]`);
    if (!link || !table) return;
    e.preventDefault();
    const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
    const a = root.createElement('a');
    a.href = url;
    a.download = `${link.dataset['csv']}.csv`;
    root.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

/**
 * One control, at the top of the contents, that opens (or folds again) every 数表; the section
 * headline tables start open. Made by the script because only the script can make it work.
 */
export function initOpenAll(root: Document = document): void {
  const nav = root.querySelector('nav.toc');
  const all = () => [...root.querySelectorAll<HTMLDetailsElement>('details.data')];
  if (!nav || all().length === 0) return;
  const button = root.createElement('button');
  button.type = 'button';
  button.id = 'open-all-tables';
  button.className = 'open-all';
  const label = () => {
    const open = all().every((d) => d.open);
    button.textContent = open ? '数表をすべて閉じる' : '数表をすべて開く';
  };
  button.addEventListener('click', () => {
    const open = !all().every((d) => d.open);
    for (const d of all()) d.open = open;
    label();
  });
  root.addEventListener('toggle', label, true);
  nav.append(button);
  label();
}
