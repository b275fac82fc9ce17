import type { KeyNumber } from '@smesec/report';
import { html, type Html } from '../html/html.js';

function delta(k: KeyNumber): Html | null {
  if (k.previous === undefined || !Number.isFinite(k.previous)) return null;
  const d = k.value - k.previous;
  const cls = d > 0 ? 'up' : d < 0 ? 'down' : 'same';
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return html`<span class="delta ${cls}" data-previous="${k.previous}">前年度比 ${sign}${Math.abs(d).toLocaleString('ja-JP')}${k.unit}（前年度 ${k.previous.toLocaleString('ja-JP')}${k.unit}）</span>`;
}

/** The key numbers at the top of the dashboard, each tagged with its figure id. */
export function keyNumbers(keys: readonly KeyNumber[]): Html {
  return html`<ul class="keys" aria-label="主要な数値">${keys.map(
    (k) => html`<li data-figure="${k.id}"><span class="label">${k.label}</span><span class="value" data-value="${k.value}">${Number.isFinite(k.value) ? k.value.toLocaleString('ja-JP') : '—'}</span><span class="unit">${k.unit}</span>${k.sub ? html`<span class="sub">${k.sub}</span>` : null}${delta(k)}</li>`,
  )}</ul>`;
}
