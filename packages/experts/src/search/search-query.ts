import { z } from 'zod';
import type { Codebook } from '@smesec/survey';
import { assertCatalogue } from './check-catalogue.js';
import { supportMenus, type SupportMenuCatalogue } from './support-menus.js';
import { vocabularyOf } from './vocabulary.js';

const codes = z.array(z.string()).default([]);

/**
 * A search of the active list, as the active-list screens of the FY2024 programme report (section 4 ①) ask it: every field is
 * optional and the fields combine with AND. Within a field, `contents`, `themes` and `domains`
 * are needs (all of them), `industries`, `periods` and `forms` are alternatives (any of them).
 */
export const SearchQuery = z
  .object({
    /** Step 1 menu code (`trouble` = （ア）, …, `technical` = （オ）); alone, it matches specialists who can take at least one of its contents. */
    menu: z.string().optional(),
    /** Step 2 content codes; each must be met. They must belong to `menu` when both are given. */
    contents: codes,
    /** Guidance themes (`guidance_themes` codes), every one handled. */
    themes: codes,
    /** Prefecture JIS code (`27`): specialists who list it or support 全国. */
    region: z.string().optional(),
    /** Industries (`industries` codes), at least one in common. */
    industries: codes,
    /** Fee band code: specialists whose band is this one or cheaper; no fee answer never matches. */
    feeCeiling: z.string().optional(),
    /** Support periods (`support_periods` codes), at least one in common. */
    periods: codes,
    /** Support forms (`support_forms` codes), at least one in common. */
    forms: codes,
    /** Skill domains (`S1`…), every one rated `minRating` or better. */
    domains: codes,
    /** Rating code for `domains`: `double` (◎ only) or `single` (○ or better, the default). */
    minRating: z.string().optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;
export type SearchQueryInput = z.input<typeof SearchQuery>;

/** A query that names unknown codes or fields: `issues` say where and what is allowed. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError';
  /** `what` names the input in the message (`search query`, `consultation`). */
  constructor(readonly issues: readonly z.core.$ZodIssue[], what = 'search query') {
    super(`invalid ${what}:\n${issues.map((i) => `- ${i.path.length ? z.core.toDotPath(i.path) : '(query)'}: ${i.message}`).join('\n')}`);
  }
}

export interface ParseSearchQueryOptions {
  /** The experts codebook: the allowed codes of each field. */
  codebook: Codebook;
  /** Support menus and contents (default: the FY2024 catalogue). */
  catalogue?: SupportMenuCatalogue;
}

/** A code among `values`; an unknown one is reported with every allowed code. */
export function oneOf(values: readonly string[]) {
  return z.enum(values as [string, ...string[]], { error: (iss) => `unknown code ${JSON.stringify(iss.input)}; allowed: ${values.join(', ')}` });
}

/** A JIS code written `7`, `07` or `027` is `07`. */
export const jisCode = (v: unknown) => (typeof v === 'string' && /^\d{1,3}$/.test(v.trim()) ? String(Number(v)).padStart(2, '0') : v);

/** Validate a query against the codebook and the catalogue; throws `SearchQueryError` naming each bad field. */
export function parseSearchQuery(input: unknown, { codebook, catalogue = supportMenus }: ParseSearchQueryOptions): SearchQuery {
  assertCatalogue(catalogue, codebook);
  const v = vocabularyOf(codebook);
  const terms = (c: keyof typeof v.options) => v.options[c].map((t) => t.code);
  const contentMenu = new Map(catalogue.menus.flatMap((m) => m.contents.map((c) => [c.code, m.code] as const)));
  // The same shape as SearchQuery with each field's codes checked, so the parsed value is a SearchQuery.
  const strict = SearchQuery.extend({
    menu: oneOf(catalogue.menus.map((m) => m.code)).optional(),
    contents: z.array(oneOf([...contentMenu.keys()])).default([]),
    themes: z.array(oneOf(terms('guidance_themes'))).default([]),
    region: z.preprocess(jisCode, oneOf(v.prefectures.map((p) => p.code))).optional(),
    industries: z.array(oneOf(terms('industries'))).default([]),
    feeCeiling: oneOf(terms('fee_band')).optional(),
    periods: z.array(oneOf(terms('support_periods'))).default([]),
    forms: z.array(oneOf(terms('support_forms'))).default([]),
    domains: z.array(oneOf(v.domains.map((d) => d.code))).default([]),
    minRating: oneOf(v.ratings.slice(0, -1).map((r) => r.code)).optional(),
  }).superRefine((q, ctx) => {
    for (const [i, c] of q.contents.entries()) {
      const menu = contentMenu.get(c);
      if (q.menu !== undefined && menu !== q.menu) {
        const own = catalogue.menus.find((m) => m.code === q.menu)!.contents.map((x) => x.code);
        ctx.addIssue({ code: 'custom', path: ['contents', i], message: `content ${c} belongs to menu ${menu}, not ${q.menu}; allowed: ${own.join(', ')}` });
      }
    }
  });
  const r = strict.safeParse(input ?? {});
  if (!r.success) throw new SearchQueryError(r.error.issues);
  return r.data;
}
