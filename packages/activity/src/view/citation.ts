import { z } from 'zod';
import sourcesJson from '../codebook/sources.json' with { type: 'json' };

/** One published document, as an official cites it, and where its records sit in the extraction. */
export const SourceDocument = z
  .object({
    /** The `source_seed` code of the records that come from it. */
    seed: z.string().min(1),
    /** First `source_line` of the document (one extraction can hold two editions). */
    fromLine: z.number().int().min(1),
    title: z.string().min(1),
    /** null when the document does not name its publisher. */
    publisher: z.string().min(1).nullable(),
    /** As printed (令和7年3月, 2019年7月); null when the document gives none. */
    date: z.string().min(1).nullable(),
    /** The last line of each numbered page, in order, for documents that print page numbers. */
    pageEnds: z.array(z.object({ line: z.number().int().min(1), page: z.number().int().min(1) }).strict()).optional(),
  })
  .strict();
export type SourceDocument = z.infer<typeof SourceDocument>;

export const SourceDocuments = z.object({ $comment: z.string().optional(), documents: z.array(SourceDocument).min(1) }).strict();

/** The built-in documents (`codebook/sources.json`), validated on load. */
export const sourceDocuments: readonly SourceDocument[] = SourceDocuments.parse(sourcesJson).documents;

/** The document a record at `line` of source `seed` comes from, or null when none is known. */
export function documentOf(seed: string, line: number, documents: readonly SourceDocument[] = sourceDocuments): SourceDocument | null {
  let found: SourceDocument | null = null;
  for (const d of documents) if (d.seed === seed && d.fromLine <= line && (!found || d.fromLine >= found.fromLine)) found = d;
  return found;
}

/** 「title」（publisher、date）: what an official writes for a document, saying so when it names no publisher or date. */
export function citeDocument(d: SourceDocument): string {
  const by = [d.publisher, d.date].filter((x): x is string => x !== null);
  return `「${d.title}」（${by.length > 0 ? by.join('、') : '発行者・発行日の記載なし'}）`;
}

/**
 * The citation of a record: its document and page, as 「title」（publisher、date）p.N. The page is
 * the record's own (`page`, as printed in the document), or else the numbered page its line falls
 * on; a document without page numbers is cited whole. Never a file name or a line number.
 */
export function citeSource(seed: string, line: number, { page = null, documents = sourceDocuments }: { page?: number | null; documents?: readonly SourceDocument[] } = {}): string | null {
  const d = documentOf(seed, line, documents);
  if (!d) return null;
  const p = page ?? d.pageEnds?.find((e) => e.line >= line)?.page ?? null;
  return `${citeDocument(d)}${p !== null ? `p.${p}` : ''}`;
}
