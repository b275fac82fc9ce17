import type { ActivityModel } from '@smesec/report';
import { html, type Html } from '../html/html.js';
import { figure } from './figure.js';
import { tableBox } from './placeholder.js';

/**
 * When a key number holds: 「令和7年3月（2025-03）時点」, or its period. A transcribed as-of text
 * may say 時点 itself (「6/30時点」): the date goes before it, and 時点 is said once.
 */
export function asOf(k: ActivityModel['view']['keyNumbers'][number]): string {
  if (!k.asOfText) return k.period ? `${k.period.from}〜${k.period.to}` : '';
  const text = k.asOfText.endsWith('時点') ? k.asOfText.slice(0, -'時点'.length) : k.asOfText;
  return `${text}${k.asOf ? `（${k.asOf}）` : ''}時点`;
}

/**
 * The 「地域SECURITY・普及啓発活動」 section: its key numbers with their as-of dates, its figures,
 * and the practices table with a search box (filtered by the page script; without script every
 * row stays visible).
 */
export function activitySection(model: ActivityModel, svgs: ReadonlyMap<string, string>): Html {
  const { view, section } = model;
  return html`<section class="report-section" id="${section.id}" aria-labelledby="h-${section.id}">
<h2 id="h-${section.id}">${section.title}</h2>
${section.lead ? html`<p class="lead">${section.lead}</p>` : null}
<ul class="keys" aria-label="地域SECURITY・普及啓発活動の主要な数値">${view.keyNumbers.map(
    (k) => html`<li data-figure="${k.id}"><span class="label">${k.label}</span><span class="value" data-value="${k.value}">${k.value.toLocaleString('ja-JP')}</span><span class="unit">${k.unit}</span>${asOf(k) ? html`<span class="sub">${asOf(k)}</span>` : null}${k.source?.citation ? html`<span class="sub">出典: ${k.source.citation}</span>` : null}</li>`,
  )}</ul>
<div class="figures">${section.figures.map((f, i) => figure(f, svgs.get(f.id), { headline: i === 0 }))}</div>
<div class="practices" id="practices">
<h3>プラクティス一覧（${view.practices.length}件）</h3>
<label class="search">キーワードで絞り込み <input type="search" id="practice-filter" placeholder="例: 机上演習、北海道、参加者を増やしたい" autocomplete="off"></label>
<p class="count" id="practice-count" aria-live="polite">${view.practices.length}件を表示</p>
<div class="table-wrap" role="region" aria-label="プラクティス一覧" tabindex="0"${tableBox(view.practices.length)}><table class="data" id="practice-table">
<thead><tr><th scope="col">版</th><th scope="col" class="num">No.</th><th scope="col">プラクティス</th><th scope="col">コミュニティ</th><th scope="col">目的</th><th scope="col">都道府県</th><th scope="col" class="num">頁</th><th scope="col">出典</th></tr></thead>
<tbody>${view.practices.map(
    (p) => html`<tr data-search="${p.searchText}"><td>${p.editionLabel}</td><td class="num">${p.number ?? '—'}</td><td>${p.title}${p.titleSource === 'index' ? html`<br><small>（見出しは目的別一覧の記載）</small>` : null}</td><td>${p.community ?? '—'}</td><td>${p.purposes.join('、') || '—'}</td><td>${p.prefectureName ?? p.regionLabel ?? '—'}</td><td class="num">${p.page ?? '—'}</td><td>${p.citation ?? '—'}</td></tr>`,
  )}</tbody>
</table></div>
</div>
<p class="source">出典: ${view.sources.map((s) => s.document).join('、')}</p>
</section>`;
}
