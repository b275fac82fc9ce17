import type { PublicRecord } from '../records/public-record.js';
import type { Requirement } from './support-menus.js';
import { ratingAtLeast, SEARCH_COLUMNS, type Vocabulary } from './vocabulary.js';

/** The codes of a multi-valued field of a record ([] when blank). */
export function codesOf(record: PublicRecord, column: string): readonly string[] {
  const v = record.fields[column];
  return Array.isArray(v) ? v : [];
}

/** `S2 セキュリティリスクの識別` */
export function domainText(v: Vocabulary, domain: string): string {
  return `${domain} ${v.label('domain', domain)}`;
}

/** `◎` for the best rating, `○以上` for any other minimum. */
export function minRatingText(v: Vocabulary, min: string): string {
  return min === v.ratings[0]?.code ? v.label('rating', min) : `${v.label('rating', min)}以上`;
}

/**
 * Whether a record meets a requirement: every theme, every skill at its minimum rating, and one
 * of the forms when any are asked. `meetRequirement` says why; counting needs only this.
 */
export function meetsRequirement(record: PublicRecord, req: Requirement, v: Vocabulary): boolean {
  const themes = codesOf(record, SEARCH_COLUMNS.themes);
  for (const t of req.themes) if (!themes.includes(t)) return false;
  for (const s of req.skills) if (!ratingAtLeast(v, record.ratings[s.domain], s.min)) return false;
  return req.forms.length === 0 || codesOf(record, SEARCH_COLUMNS.forms).some((f) => req.forms.includes(f));
}

/** Reasons (Japanese) a record meets a requirement, or null when it does not. */
export function meetRequirement(record: PublicRecord, req: Requirement, v: Vocabulary): string[] | null {
  if (!meetsRequirement(record, req, v)) return null;
  const reasons: string[] = [];
  for (const t of req.themes) reasons.push(`対応テーマ: ${v.label(SEARCH_COLUMNS.themes, t)}`);
  for (const s of req.skills) reasons.push(`得意とする支援領域: ${domainText(v, s.domain)} ${v.label('rating', record.ratings[s.domain]!)}`);
  if (req.forms.length > 0) {
    const forms = codesOf(record, SEARCH_COLUMNS.forms).filter((f) => req.forms.includes(f));
    reasons.push(`支援形態: ${forms.map((f) => v.label(SEARCH_COLUMNS.forms, f)).join('、')}`);
  }
  return reasons;
}

/** What a requirement asks, in Japanese (`対応テーマ: …、得意とする支援領域: S2 ○以上`). */
export function describeRequirement(req: Requirement, v: Vocabulary): string {
  const parts = [
    ...req.themes.map((t) => `対応テーマ: ${v.label(SEARCH_COLUMNS.themes, t)}`),
    ...req.skills.map((s) => `得意とする支援領域: ${s.domain} ${minRatingText(v, s.min)}`),
    ...(req.forms.length ? [`支援形態: ${req.forms.map((f) => v.label(SEARCH_COLUMNS.forms, f)).join('・')}のいずれか`] : []),
  ];
  return parts.join('、') || '条件なし';
}
