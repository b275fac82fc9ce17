import { searchParsed, vocabularyFrom, type PublicRecord, type SearchQuery, type Vocabulary } from '@smesec/experts/browser';
import { decodeRecords, type ListData } from '../render/list-data.js';

const text = (s: string) => document.createTextNode(s);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? text(c) : c);
  return e;
}

/**
 * The query the form describes; empty selects are left out. The form offers only the codes of the
 * vocabulary and catalogue the page was built with, and a content of another menu is cleared
 * before searching, so the query is valid as it stands.
 */
function queryOf(form: HTMLFormElement): SearchQuery {
  const v = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
  const list = (name: string) => (v(name) ? [v(name)] : []);
  const q: SearchQuery = { contents: list('content'), themes: list('theme'), industries: list('industry'), periods: list('period'), forms: list('form'), domains: list('domain') };
  if (v('menu')) q.menu = v('menu');
  if (v('region')) q.region = v('region');
  if (v('feeCeiling')) q.feeCeiling = v('feeCeiling');
  return q;
}

/** True when the query asks for anything (the list with no condition shows everyone, without reasons). */
const filtered = (q: SearchQuery) => Object.values(q).some((x) => (Array.isArray(x) ? x.length > 0 : x !== undefined));

/**
 * The reason for a hit in one short line: what matched, without the condition names (the card
 * gives them in full), e.g. 「2条件に該当: クラウドサービスの安全利用・大阪府」.
 */
export function shortReason(reasons: readonly string[]): string {
  const values = reasons.map((r) => r.slice(r.indexOf(':') + 1).trim());
  return `${reasons.length}条件に該当: ${values.join('・')}`;
}

/** The card of one specialist (the list's Step 4 個票), built with text nodes only. */
function card(record: PublicRecord, data: ListData, reasons: readonly string[]): HTMLElement {
  const label = (field: string) => {
    const v = record.fields[field];
    if (v == null || (Array.isArray(v) && v.length === 0)) return '—';
    const f = data.fields[field];
    const one = (c: string) => f?.labels?.[f.values.indexOf(c)] ?? c;
    return Array.isArray(v) ? v.map(one).join('、') : one(v);
  };
  const rows: [string, string][] = [
    ['所属状況', label('affiliation')],
    ['所属先', label('organization')],
    ['支援可能な指導テーマ', label('guidance_themes')],
    ['中小企業支援実績', label('achievements')],
    ['得意とする業界', label('industries')],
    ['支援対象地域', label('support_regions')],
    ['支援形態', label('support_forms')],
    ['支援期間', label('support_periods')],
    ['支援料金（1回2時間あたり）', label('fee_band')],
    ['保有する他の資格', label('qualifications')],
    ['連絡先', record.email ?? '—'],
  ];
  const { domains, ratings: scale } = data.vocabulary;
  const dl = el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  const ratings = el(
    'ul',
    { class: 'card-skills' },
    ...domains.map((d) => el('li', {}, `${d.code} ${d.label}: ${scale.find((r) => r.code === record.ratings[d.code])?.label || '－'}`)),
  );
  const why = reasons.length > 0 ? [el('h4', {}, '検索条件に該当した理由'), el('ul', { class: 'card-reasons' }, ...reasons.map((r) => el('li', {}, r)))] : [];
  return el('div', {}, el('h3', { id: 'card-title' }, record.name ?? record.id), dl, el('h4', {}, '得意とする支援領域（◎・○）'), ratings, ...why);
}

/** Cards a phone shows at first, and how many more each 「もっと見る」 adds. */
export const CARDS_PER_PAGE = 10;

/**
 * On a phone the list is a column of cards, hundreds of screens long: only the first
 * `CARDS_PER_PAGE` hits show, and a button shows the next ones (the styles hide the rows marked
 * `later` on narrow screens only, so the desktop table and the printed list keep every row).
 * Returns the function that re-pages after a search.
 */
function pageCards(root: Document, tbody: HTMLTableSectionElement): () => void {
  let shown = CARDS_PER_PAGE;
  const more = root.createElement('button');
  more.type = 'button';
  more.id = 'list-more';
  more.className = 'list-more';
  tbody.closest('.list-wrap')!.after(more);
  const apply = () => {
    const hits = [...tbody.rows].filter((tr) => !tr.hidden);
    hits.forEach((tr, i) => tr.classList.toggle('later', i >= shown));
    const rest = Math.max(0, hits.length - shown);
    more.hidden = rest === 0;
    more.textContent = `もっと見る（${Math.min(rest, CARDS_PER_PAGE)}名を追加。残り ${rest}名）`;
    return hits;
  };
  more.addEventListener('click', () => {
    const first = shown;
    shown += CARDS_PER_PAGE;
    // The keyboard goes on to the first card just shown, not back to the top of the list.
    apply()[first]?.querySelector('button')?.focus();
  });
  return () => {
    shown = CARDS_PER_PAGE;
    apply();
  };
}

/** Wire the active-list browser: filter, rank and explain rows; open a card on a name. */
export function initActiveList(root: Document = document): void {
  const dataEl = root.getElementById('active-list-data');
  const form = root.getElementById('list-filters') as HTMLFormElement | null;
  const tbody = root.querySelector<HTMLTableSectionElement>('#list-table tbody');
  if (!dataEl || !form || !tbody) return;
  // The embedded list is read when first searched or opened, not while the page loads.
  let list: { data: ListData; records: PublicRecord[]; vocabulary: Vocabulary; byId: Map<string, PublicRecord> } | undefined;
  const loaded = () => {
    if (list) return list;
    const data = JSON.parse(dataEl.textContent ?? '{}') as ListData;
    const records = decodeRecords(data);
    return (list = { data, records, vocabulary: vocabularyFrom(data.vocabulary), byId: new Map(records.map((r) => [r.id, r])) });
  };
  const rows = new Map([...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-id]')].map((tr) => [tr.dataset['id']!, tr]));
  const count = root.getElementById('list-count')!;
  const applied = root.getElementById('list-filters-applied')!;
  const content = form.elements.namedItem('content') as HTMLSelectElement;
  const reasonsOf = new Map<string, readonly string[]>();
  const repage = pageCards(root, tbody);

  const update = () => {
    const menu = (form.elements.namedItem('menu') as HTMLSelectElement).value;
    for (const g of content.querySelectorAll('optgroup')) g.hidden = menu !== '' && g.dataset['menu'] !== menu;
    if (content.selectedOptions[0]?.dataset['menu'] && menu && content.selectedOptions[0].dataset['menu'] !== menu) content.value = '';
    const query = queryOf(form);
    const { records, vocabulary, data } = loaded();
    const result = searchParsed(records, query, vocabulary, data.catalogue);
    const hits = new Map(result.hits.map((h) => [h.record.id, h]));
    // Only what changes is written: every row written again costs the page a new layout of the list.
    for (const [id, tr] of rows) {
      const hit = hits.get(id);
      if (tr.hidden !== !hit) tr.hidden = !hit;
      const reasons = hit && filtered(query) ? hit.reasons : [];
      reasonsOf.set(id, reasons);
      const cell = tr.querySelector('td.reasons')!;
      const reason = reasons.length > 0 ? shortReason(reasons) : '';
      if (cell.textContent !== reason) cell.textContent = reason;
    }
    // Ranked order: hits first by relevance, the hidden rest after them in the page's order.
    const order = [...result.hits.map((h) => rows.get(h.record.id)!), ...[...rows].filter(([id]) => !hits.has(id)).map(([, tr]) => tr)];
    if (order.some((tr, i) => tbody.rows[i] !== tr)) tbody.append(...order);
    const any = filtered(query);
    count.textContent = any ? `${result.matched}名が該当（掲載 ${result.searched}名中）` : `掲載 ${result.searched}名`;
    applied.textContent = any ? `条件: ${result.filters.join(' ／ ')}。並び順: ${result.order}` : '';
    repage();
  };
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update, 0));
  const dialog = root.getElementById('list-card') as HTMLDialogElement;
  const body = root.getElementById('card-body')!;
  tbody.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.open-card');
    const record = button && loaded().byId.get(button.closest('tr')?.dataset['id'] ?? '');
    if (!record) return;
    body.replaceChildren(card(record, loaded().data, reasonsOf.get(record.id) ?? []));
    dialog.showModal();
  });
  // With no condition chosen (as the page opens, unless the browser restored the form), the rows
  // are already as the search leaves them: the page writes them in that order.
  if (filtered(queryOf(form))) update();
  else repage();
}
