import MarkdownIt from 'markdown-it';
import type { Figures } from '@smesec/survey';
import type { ReportModel } from '../model/build-report-model.js';
import type { PublishedTable } from '../model/best-practices-figure.js';
import type { ReportFigure } from '../model/types.js';

/**
 * Blocks placed by a `figure <id>` directive that are not charts: the key numbers, the
 * active-list browser, the programme activity (its key numbers, maps, tables and practices) and
 * the changes since the previous year (with --compare).
 */
export const SPECIAL_BLOCKS = ['key-numbers', 'active-list-browser', 'activity', 'changes'] as const;
export type SpecialBlock = (typeof SPECIAL_BLOCKS)[number];

/** One block of a section, in the template's order. */
export type DocumentBlock =
  /** Markdown rendered to HTML (raw HTML in the template is escaped, never passed through). */
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'figure'; readonly figure: ReportFigure }
  /** A table transcribed from the published report (no chart): its title, table and source. */
  | { readonly kind: 'table'; readonly published: PublishedTable; readonly note?: string }
  | { readonly kind: 'special'; readonly block: SpecialBlock };

export interface DocumentSection {
  /** Ascii HTML id (`{#id}` of the heading). */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly DocumentBlock[];
}

/** The report as the template lays it out. */
export interface ReportDocument {
  readonly title: string;
  /** Text before the first section (under the title). */
  readonly intro: string;
  readonly sections: readonly DocumentSection[];
}

/** A template the report cannot be written with; every problem is a `report.md:<line>: …` line. */
export class TemplateError extends Error {
  readonly exitCode = 1;
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'TemplateError';
  }
}

export interface BuildDocumentOptions {
  /** File name in messages (default `report.md`). */
  file?: string;
  /** figures.json of the run: what `{{<figure id>}}` reads. */
  figures: Figures;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;
const HEADING_ID = /^(.*?)\s*\{#([A-Za-z][A-Za-z0-9_-]*)\}\s*$/;

/** The largest item of a bar or share chart, as `「label」（xx.x%）`: a summary computed from the data. */
function topItem(figure: ReportFigure | undefined): string | undefined {
  const chart = figure?.chart;
  const items = chart?.kind === 'bar' ? chart.items : chart?.kind === 'stacked' && chart.rows.length === 1 ? chart.rows[0]!.segments : undefined;
  const best = items?.filter((i) => i.code !== '_missing').reduce<(typeof items)[number] | undefined>((a, b) => (a === undefined || b.count > a.count ? b : a), undefined);
  if (!best) return undefined;
  return Number.isFinite(best.pct) ? `「${best.label}」（${formatFigure('x.pct', best.pct)}%）` : `「${best.label}」（${formatFigure('x.count', best.count)}）`;
}

/** A number as the dashboard shows it: counts with thousands separators, percentages to one decimal. */
export function formatFigure(id: string, value: number, decimals?: number): string {
  const d = decimals ?? (id.endsWith('.pct') ? 1 : Number.isInteger(value) ? 0 : 1);
  return value.toLocaleString('ja-JP', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/**
 * Lay the report out as its Markdown template says: `## 見出し {#id}` starts a section, text is
 * Markdown with `{{<figure id>}}`, `{{<figure id>:<decimals>}}`, `{{year}}`,
 * `{{lead:<section id>}}` (the section's computed lead) and `{{top:<figure id>}}` (the chart's
 * largest item) filled in, and a fenced block with the info string `figure <id>` places
 * a figure of the model (its body, if any, becomes the figure's note) or a special block. Every
 * unknown id is collected; any makes the whole template an error.
 */
export function buildDocument(template: string, model: ReportModel, { file = 'report.md', figures }: BuildDocumentOptions): ReportDocument {
  const problems: string[] = [];
  const byId = new Map<string, ReportFigure>();
  for (const f of [model.funnel, ...model.sections.flatMap((s) => s.figures), ...(model.activity?.section.figures ?? [])]) byId.set(f.id, f);
  const leads = new Map<string, string>(model.sections.flatMap((s) => (s.lead ? [[s.id, s.lead] as const] : [])));
  const placed = new Set<string>();

  const fill = (text: string, line: number): string =>
    text.replace(PLACEHOLDER, (whole: string, inner: string, offset: number) => {
      const at = line + text.slice(0, offset).split('\n').length - 1;
      if (inner === 'year') return model.year;
      if (inner.startsWith('top:')) {
        const top = topItem(byId.get(inner.slice(4)));
        if (top === undefined) problems.push(`${file}:${at}: ${whole}: no bar or share chart ${inner.slice(4)} to name the largest item of`);
        return top ?? '';
      }
      if (inner.startsWith('lead:')) {
        const lead = leads.get(inner.slice(5));
        if (lead === undefined) problems.push(`${file}:${at}: ${whole}: no section ${inner.slice(5)} has a computed lead (${[...leads.keys()].join(', ')})`);
        return lead ?? '';
      }
      const m = /^([A-Za-z0-9_.-]+)(?::(\d))?$/.exec(inner);
      const value = m ? figures[m[1]!] : undefined;
      if (!m || value === undefined) {
        problems.push(`${file}:${at}: ${whole}: unknown figure id ${m ? m[1] : JSON.stringify(inner)} (not in figures.json)`);
        return '';
      }
      if (!Number.isFinite(value)) {
        problems.push(`${file}:${at}: ${whole}: figure ${m[1]} has no value in this data (its base is 0)`);
        return '';
      }
      return formatFigure(m[1]!, value, m[2] === undefined ? undefined : Number(m[2]));
    });

  const lines = template.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tokens = md.parse(lines.join('\n'), {});
  let title = model.title;
  let intro = '';
  const sections: { id: string; title: string; blocks: DocumentBlock[] }[] = [];
  // Lines of the text between directives, kept at their line numbers for the messages.
  let pending: string[] = [];
  let pendingLine = 1;
  let pendingEnd = 1;
  const flush = () => {
    const text = pending.join('\n').trim();
    pending = [];
    if (!text) return;
    const html = md.render(fill(text, pendingLine));
    const current = sections.at(-1);
    if (current) current.blocks.push({ kind: 'html', html });
    else intro += html;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0 || !t.map) continue;
    if (t.type.endsWith('_close')) continue;
    const line = t.map[0] + 1;
    if (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')) {
      flush();
      const text = tokens[i + 1]!.content;
      if (t.tag === 'h1') {
        title = fill(text, line);
        continue;
      }
      const m = HEADING_ID.exec(text);
      const id = m ? m[2]! : `section-${sections.length + 1}`;
      if (sections.some((s) => s.id === id)) problems.push(`${file}:${line}: section id ${id} is used twice`);
      sections.push({ id, title: fill(m ? m[1]! : text, line), blocks: [] });
      continue;
    }
    if (t.type === 'fence' && /^figure(\s|$)/.test(t.info.trim())) {
      flush();
      const id = t.info.trim().slice('figure'.length).trim();
      const section = sections.at(-1);
      if (!section) {
        problems.push(`${file}:${line}: figure ${id} is placed before the first section (## 見出し {#id})`);
        continue;
      }
      if (placed.has(id)) problems.push(`${file}:${line}: figure ${id} is placed twice`);
      placed.add(id);
      if ((SPECIAL_BLOCKS as readonly string[]).includes(id)) {
        if ((id === 'activity' && !model.activity) || (id === 'changes' && !model.changes)) continue;
        section.blocks.push({ kind: 'special', block: id as SpecialBlock });
        continue;
      }
      const published = model.published.find((p) => p.table.id === id);
      if (published) {
        const note = t.content.trim();
        section.blocks.push({ kind: 'table', published, ...(note ? { note: fill(note, line + 1) } : {}) });
        continue;
      }
      const figure = byId.get(id);
      if (!figure) {
        problems.push(`${file}:${line}: unknown figure ${JSON.stringify(id)}; expected one of: ${[...byId.keys(), ...model.published.map((p) => p.table.id), ...SPECIAL_BLOCKS].join(', ')}`);
        continue;
      }
      const note = t.content.trim();
      section.blocks.push({ kind: 'figure', figure: note ? { ...figure, note: fill(note, line + 1) } : figure });
      continue;
    }
    if (pending.length === 0) pendingLine = line;
    else for (; pendingEnd < line; pendingEnd++) pending.push('');
    pending.push(...lines.slice(t.map[0], t.map[1]));
    pendingEnd = t.map[1] + 1;
  }
  flush();
  if (problems.length > 0) throw new TemplateError(problems);
  return { title, intro, sections };
}
