import { PREFECTURES, type Codebook } from '@smesec/survey';
import { skillSchemeOf } from '../skills/scheme.js';

/** A code with its Japanese label. */
export interface Term {
  readonly code: string;
  readonly label: string;
}

/** The record field (codebook column) each query field filters on. */
export const SEARCH_COLUMNS = {
  themes: 'guidance_themes',
  region: 'support_regions',
  industries: 'industries',
  feeCeiling: 'fee_band',
  periods: 'support_periods',
  forms: 'support_forms',
} as const;

/** The codes and labels a search understands, taken from the experts codebook once. */
export interface Vocabulary {
  /** Options of each searchable single/multi column in codebook order (fee bands cheapest first). */
  readonly options: Readonly<Record<'guidance_themes' | 'industries' | 'fee_band' | 'support_periods' | 'support_forms', readonly Term[]>>;
  /** The 47 prefectures in JIS order. */
  readonly prefectures: readonly Term[];
  /** 全国: the support-region code meaning every prefecture. */
  readonly nationwide: Term;
  /** Skill domains (`S1`…) with their names. */
  readonly domains: readonly Term[];
  /** Ratings best first (◎, ○, blank); the last is the catch-all that never counts as holding a domain. */
  readonly ratings: readonly Term[];
  /** Label of a code of a column, or of a domain or rating; the code itself when unknown. */
  label(column: string, code: string): string;
}

const cache = new WeakMap<Codebook, Vocabulary>();
/** Rating codes best first, per vocabulary: asked for every record and requirement when counting. */
const ratingOrder = new WeakMap<Vocabulary, readonly string[]>();

function optionsOf(codebook: Codebook, id: string): Term[] {
  const col = codebook.columns.find((c) => c.id === id);
  if (!col || (col.type !== 'single' && col.type !== 'multi')) throw new Error(`codebook ${codebook.id}: ${id} is not a single or multiple-response column`);
  // An exclusive option (該当なし) says the specialist offers nothing there: never something to search for.
  return col.options.filter((o) => !o.exclusive).map((o) => ({ code: o.code, label: o.label }));
}

/** A vocabulary's codes and labels as plain JSON (what the dashboard embeds for its page script). */
export type VocabularyTerms = Omit<Vocabulary, 'label'>;

/** The codes and labels of an experts codebook's search vocabulary, as plain data. */
export function vocabularyTermsOf(codebook: Codebook): VocabularyTerms {
  const scheme = skillSchemeOf(codebook);
  const regions = codebook.columns.find((c) => c.id === SEARCH_COLUMNS.region);
  if (!regions || regions.type !== 'multi-prefecture' || !regions.nationwide) throw new Error(`codebook ${codebook.id}: support_regions must be a multi-prefecture column with a nationwide option`);
  return {
    options: {
      guidance_themes: optionsOf(codebook, 'guidance_themes'),
      industries: optionsOf(codebook, 'industries'),
      fee_band: optionsOf(codebook, 'fee_band'),
      support_periods: optionsOf(codebook, 'support_periods'),
      support_forms: optionsOf(codebook, 'support_forms'),
    },
    prefectures: PREFECTURES.map((p) => ({ code: p.code, label: p.name })),
    nationwide: { code: regions.nationwide.code, label: regions.nationwide.label },
    domains: scheme.domains.map((d) => ({ code: d.id, label: d.label })),
    ratings: scheme.ratings.map((r) => ({ code: r.code, label: r.label })),
  };
}

/**
 * The vocabulary of terms computed before (`vocabularyTermsOf`), with its label lookup. It needs
 * neither the codebook nor its validation, so a page script can search without either.
 */
export function vocabularyFrom(terms: VocabularyTerms): Vocabulary {
  const { options, prefectures, nationwide, domains, ratings } = terms;
  const labels = new Map<string, Map<string, string>>([
    ...Object.entries(options).map(([c, list]) => [c, new Map(list.map((t) => [t.code, t.label]))] as const),
    [SEARCH_COLUMNS.region, new Map([...prefectures, nationwide].map((t) => [t.code, t.label]))],
    ['domain', new Map(domains.map((t) => [t.code, t.label]))],
    ['rating', new Map(ratings.map((t) => [t.code, t.label]))],
  ]);
  return { options, prefectures, nationwide, domains, ratings, label: (column, code) => labels.get(column)?.get(code) ?? code };
}

/** The search vocabulary of an experts codebook (computed once per codebook object). */
export function vocabularyOf(codebook: Codebook): Vocabulary {
  const hit = cache.get(codebook);
  if (hit) return hit;
  const vocabulary = vocabularyFrom(vocabularyTermsOf(codebook));
  cache.set(codebook, vocabulary);
  return vocabulary;
}

/** True when `rating` is `min` or better (never for the catch-all blank). */
export function ratingAtLeast(vocabulary: Vocabulary, rating: string | undefined, min: string): boolean {
  let order = ratingOrder.get(vocabulary);
  if (!order) ratingOrder.set(vocabulary, (order = vocabulary.ratings.map((r) => r.code)));
  const k = order.indexOf(rating ?? '');
  return k >= 0 && k < order.length - 1 && k <= order.indexOf(min);
}
