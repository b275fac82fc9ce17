import { skillSchemeOf, supportMenus, vocabularyTermsOf, type PublicRecord, type SkillScheme } from '@smesec/experts';
import type { ReportModel } from '@smesec/report';
import { columnOf, optionLabel, PREFECTURES, type Codebook } from '@smesec/survey';
import { html, jsonForScript, type Html } from '../html/html.js';
import { encodeListData, rankedIds } from './list-data.js';
import { tableBox } from './placeholder.js';

/** Display text of a record field: option labels joined with 、, 全国 first. */
export function fieldText(codebook: Codebook, record: PublicRecord, field: string): string {
  const v = record.fields[field];
  if (v == null) return '';
  return Array.isArray(v) ? v.map((c) => optionLabel(codebook, field, c)).join('、') : optionLabel(codebook, field, v);
}

/** ◎○ of S1–S6 as one string (blank rating shown as －). */
export function ratingText(codebook: Codebook, record: PublicRecord): string {
  const scheme = skillSchemeOf(codebook);
  return scheme.domains.map((d) => scheme.ratings.find((r) => r.code === record.ratings[d.id])?.label || '－').join('');
}

/** ◎ or ○ of one S1–S6 domain (empty when neither, as the published list leaves the cell blank). */
function ratingOf(scheme: SkillScheme, record: PublicRecord, domain: string): string {
  return scheme.ratings.find((r) => r.code === record.ratings[domain])?.label ?? '';
}

/**
 * The attribute columns of the list, in the published list's order (中小企業支援実績 and 所属先,
 * free text of a paragraph each, are left to the card so the list stays one line per field).
 */
export const LIST_COLUMNS: readonly { readonly field: string; readonly header: string; readonly numbered?: boolean }[] = [
  { field: 'guidance_themes', header: '支援可能な指導テーマ', numbered: true },
  { field: 'industries', header: '得意とする業界', numbered: true },
  { field: 'support_regions', header: '支援対象地域' },
  { field: 'support_forms', header: '支援形態', numbered: true },
  { field: 'support_periods', header: '支援期間' },
  { field: 'fee_band', header: '支援料金（1回2時間あたり）' },
  { field: 'qualifications', header: '保有する他の資格' },
  { field: 'affiliation', header: '所属状況' },
];

/**
 * A multiple-choice field as the numbers of its options in codebook order (「1・3・5」): the
 * printed list uses them, with the numbering printed above it, so each row stays a line or two.
 */
function numberedText(codebook: Codebook, record: PublicRecord, field: string): string {
  const v = record.fields[field];
  const codes = options(codebook, field).map((o) => o.code);
  return (Array.isArray(v) ? v : v == null ? [] : [v]).map((c) => codes.indexOf(String(c)) + 1).filter((i) => i > 0).join('・');
}

function listCell(codebook: Codebook, record: PublicRecord, column: (typeof LIST_COLUMNS)[number]): Html {
  const full = fieldText(codebook, record, column.field) || '—';
  if (!column.numbered) return html`<td>${full}</td>`;
  // The numbers are printed instead of the labels (see the print styles); on screen the labels show.
  return html`<td data-n="${numberedText(codebook, record, column.field) || '—'}"><span>${full}</span></td>`;
}

/** A CSS string: quotes, backslashes and anything that could end the style element are escaped. */
const cssString = (s: string) => `"${s.replace(/["\\<>\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * Each cell's label on a phone, where the list shows as cards: one rule per column, in the page's
 * stylesheet, rather than the label repeated in every cell of every row.
 */
export function activeListStyles(model: ReportModel): string {
  const domains = skillSchemeOf(model.expertsCodebook).domains.map((d) => d.id);
  const rules = [
    ...LIST_COLUMNS.map((c, i) => `#list-table td:nth-child(${i + 2})::before{content:${cssString(`${c.header}：`)}}`),
    ...domains.map((d, i) => `#list-table td:nth-child(${LIST_COLUMNS.length + 2 + i})::before{content:${cssString(`${d} `)}}`),
  ];
  return `@media (max-width:40rem){${rules.join('')}}`;
}

/** Most listed specialists embedded in the page; a larger list is left to active-list.csv. */
export const LIST_EMBED_LIMIT = 5000;

function options(codebook: Codebook, column: string): { code: string; label: string }[] {
  const col = columnOf(codebook, column);
  return 'options' in col ? col.options.map((o) => ({ code: o.code, label: o.label })) : [];
}

function select(name: string, label: string, items: readonly { code: string; label: string }[], any = 'すべて'): Html {
  return html`<label>${label}<select name="${name}"><option value="">${any}</option>${items.map((i) => html`<option value="${i.code}">${i.label}</option>`)}</select></label>`;
}

/**
 * The active-list browser: filters as the list's screens ask them (support menu, theme,
 * prefecture, industry, fee ceiling, period, form, skill), the listed specialists as a table
 * (every row rendered, so the list reads and prints without script, in the order the search ranks
 * them with no condition), and the records as JSON for the page script, which filters, ranks and
 * opens each specialist's card. Only the public list is embedded.
 */
export function activeListBrowser(model: ReportModel, { limit = LIST_EMBED_LIMIT }: { limit?: number } = {}): Html {
  const cb = model.expertsCodebook;
  if (model.activeListCount > limit) {
    // A list of this size would make the page hundreds of megabytes: the CSV carries it instead.
    return html`<section class="report-section browser" id="active-list-browser" aria-labelledby="h-active-list-browser">
<h2 id="h-active-list-browser">アクティブリストの検索</h2>
<p class="lead" id="list-count">掲載 ${model.activeListCount.toLocaleString('ja-JP')}名。件数が多いため（上限 ${limit.toLocaleString('ja-JP')}名）このページには一覧を含めていません。<a href="active-list.csv" download>active-list.csv</a> をご利用ください。</p>
</section>`;
  }
  const scheme = skillSchemeOf(cb);
  // The page script gets the records coded once per field, the search vocabulary and the support
  // menus: what it needs to search and to fill the card, and none of the codebook's validation.
  const textColumn = (field: string) => cb.columns.find((c) => c.id === field)?.type === 'text';
  const data = encodeListData(model.activeList, vocabularyTermsOf(cb), supportMenus, (field, v) => (textColumn(field) ? null : optionLabel(cb, field, v)));
  // The rows as the page script ranks them with no condition, so that it moves none as the page opens.
  const rank = new Map(rankedIds(data).map((id, i) => [id, i]));
  const rows = [...model.activeList].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return html`<section class="report-section browser" id="active-list-browser" aria-labelledby="h-active-list-browser">
<h2 id="h-active-list-browser">アクティブリストの検索</h2>
<p class="lead">ご希望の支援内容や条件を選ぶと、条件に合う登録セキスペを表示します。氏名を選ぶと詳細（個票）を表示します。</p>
<form id="list-filters" aria-label="検索条件">
${select('menu', '1. 支援メニュー', supportMenus.menus.map((m) => ({ code: m.code, label: m.label })))}
<label>2. 具体的な支援内容<select name="content"><option value="">すべて</option>${supportMenus.menus.map((m) => html`<optgroup label="${m.label}" data-menu="${m.code}">${m.contents.map((c) => html`<option value="${c.code}" data-menu="${m.code}">${c.label}</option>`)}</optgroup>`)}</select></label>
${select('theme', '支援可能な指導テーマ', options(cb, 'guidance_themes'))}
${select('region', '支援対象地域', PREFECTURES.map((p) => ({ code: p.code, label: p.name })))}
${select('industry', '得意とする業界', options(cb, 'industries').filter((o) => o.code !== 'none'))}
${select('feeCeiling', '支援料金の上限', options(cb, 'fee_band'), '指定しない')}
${select('period', '支援期間', options(cb, 'support_periods'))}
${select('form', '支援形態', options(cb, 'support_forms').filter((o) => o.code !== 'none'))}
${select('domain', '得意とする支援領域（○以上）', scheme.domains.map((d) => ({ code: d.id, label: `${d.id} ${d.label}` })))}
<button type="reset">条件をクリア</button>
</form>
<p class="count" id="list-count" aria-live="polite">掲載 ${model.activeList.length}名</p>
<p class="reasons" id="list-filters-applied"></p>
<p class="list-legend">得意とする支援領域（${scheme.ratings.map((r) => r.label).filter(Boolean).join('・')}）: ${scheme.domains.map((d) => `${d.id} ${d.label}`).join('、')}。中小企業支援実績・所属先は氏名を選ぶと表示します。</p>
<p class="list-legend print-only">${LIST_COLUMNS.filter((c) => c.numbered).map((c) => `${c.header}: ${options(cb, c.field).map((o, i) => `${i + 1} ${o.label}`).join('、')}`).join('。')}。</p>
<div class="table-wrap list-wrap" role="region" aria-label="アクティブリスト一覧" tabindex="0"${tableBox(model.activeList.length)}><table class="data" id="list-table">
<thead><tr><th scope="col" class="name">氏名</th>${LIST_COLUMNS.map((c) => html`<th scope="col">${c.header}</th>`)}${scheme.domains.map((d) => html`<th scope="col" class="skill"><abbr title="${d.label}">${d.id}</abbr></th>`)}<th scope="col" class="reasons">該当理由</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr data-id="${r.id}"><th scope="row" class="name"><button type="button" class="open-card">${r.name ?? r.id}</button></th>${LIST_COLUMNS.map((c) => listCell(cb, r, c))}${scheme.domains.map((d) => html`<td class="skill">${ratingOf(scheme, r, d.id)}</td>`)}<td class="reasons"></td></tr>`,
  )}</tbody>
</table></div>
<dialog class="card" id="list-card" aria-labelledby="card-title"><div id="card-body"></div><form method="dialog"><button>閉じる</button></form></dialog>
<script type="application/json" id="active-list-data">${jsonForScript(data)}</script>
</section>`;
}
