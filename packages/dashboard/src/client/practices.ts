/** Filter the practices table by a keyword (each row carries its searchable text). */
export function initPractices(root: Document = document): void {
  const input = root.getElementById('practice-filter') as HTMLInputElement | null;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('#practice-table tbody tr')];
  const count = root.getElementById('practice-count');
  if (!input || !count) return;
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const texts = rows.map((r) => norm(r.dataset['search'] ?? r.textContent ?? ''));
  input.addEventListener('input', () => {
    const terms = norm(input.value.replace(/[、,]/g, ' ')).length ? input.value.split(/[\s、,]+/).map(norm).filter(Boolean) : [];
    let shown = 0;
    rows.forEach((r, i) => {
      r.hidden = !terms.every((t) => texts[i]!.includes(t));
      if (!r.hidden) shown++;
    });
    count.textContent = `${shown}件を表示`;
  });
}
