import { z } from 'zod';

/** A published field's value: codes of a multiple answer, a code or text, or null when blank. */
export const PublicValue = z.union([z.array(z.string()), z.string(), z.null()]);
export type PublicValue = z.infer<typeof PublicValue>;

/**
 * One listed specialist as the active list publishes them: plain JSON, so the same records can be
 * embedded in the dashboard and searched there by the same code. Values are codes; labels are
 * looked up in the codebook when shown.
 */
export const PublicRecord = z.object({
  /** The respondent id (e.g. `E001`). */
  id: z.string().min(1),
  /** 氏名: published because the specialist consented to the list. */
  name: z.string().nullable(),
  /** メールアドレス, likewise. */
  email: z.string().nullable(),
  /** The codebook's `rules.activeList.publicFields` (and any other contact field), keyed by column id. */
  fields: z.record(z.string(), PublicValue),
  /** ◎/○/blank per skill domain as rating codes (`{ S1: 'double', S2: 'none', … }`). */
  ratings: z.record(z.string(), z.string()),
});
export type PublicRecord = z.infer<typeof PublicRecord>;
