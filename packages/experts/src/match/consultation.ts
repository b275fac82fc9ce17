import { z } from 'zod';
import { instrumentOf, type CodebookSet } from '@smesec/survey';
import { jisCode, oneOf, SearchQueryError } from '../search/search-query.js';
import { vocabularyOf } from '../search/vocabulary.js';

/** What an SME brought to a consultation (個別相談), in the codes of the instruments. */
export const Consultation = z
  .object({
    /** 相談内容: consultations.topics codes. */
    topics: z.array(z.string()).default([]),
    /** 業種: an attendees.industry code (not an experts.industries code). */
    industry: z.string().optional(),
    /** 所在地: prefecture JIS code (`27`). */
    prefecture: z.string().optional(),
    /** 希望する指導テーマ: a guidance_themes code. */
    theme: z.string().optional(),
  })
  .strict();
export type Consultation = z.infer<typeof Consultation>;
export type ConsultationInput = z.input<typeof Consultation>;

const optionCodes = (codebooks: CodebookSet, instrument: string, column: string) => {
  const col = instrumentOf(codebooks, instrument).columns.find((c) => c.id === column);
  if (!col || !('options' in col)) throw new Error(`codebook ${instrument}: ${column} has no options`);
  return col.options.map((o) => o.code);
};

export interface ParseConsultationOptions {
  /** The year's codebooks: consultations (topics), attendees (industries), experts (themes). */
  codebooks: CodebookSet;
}

/** Validate a consultation against the codebooks; throws `SearchQueryError` naming each bad field and the allowed codes. */
export function parseConsultation(input: unknown, { codebooks }: ParseConsultationOptions): Consultation {
  const v = vocabularyOf(instrumentOf(codebooks, 'experts'));
  const strict = Consultation.extend({
    topics: z.array(oneOf(optionCodes(codebooks, 'consultations', 'topics'))).default([]),
    industry: oneOf(optionCodes(codebooks, 'attendees', 'industry')).optional(),
    prefecture: z.preprocess(jisCode, oneOf(v.prefectures.map((p) => p.code))).optional(),
    theme: oneOf(v.options.guidance_themes.map((t) => t.code)).optional(),
  });
  const r = strict.safeParse(input ?? {});
  if (!r.success) throw new SearchQueryError(r.error.issues, 'consultation');
  return r.data;
}
