import { z } from 'zod';
import { Codebook, CodebookSet } from './schema.js';

/**
 * The JSON Schema of a codebook file (one instrument) or of a data folder's `codebook.json` (a
 * set of instruments), generated from the zod schema with `z.toJSONSchema`, so it cannot drift
 * from what the reader accepts. The cross-field checks (duplicate codes, `askedWhen` targets) are
 * the reader's; the schema gives an editor the shape as a file is typed. The package ships it as
 * `@smesec/survey/codebook.schema.json`.
 */
export function codebookJsonSchema(): Record<string, unknown> {
  // Files reference the schema with "$schema", which the reader ignores.
  const withRef = { $schema: z.string().optional() };
  const schema = z.toJSONSchema(z.union([Codebook.safeExtend(withRef), CodebookSet.extend(withRef)]), { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Codebook (@smesec/survey)',
    description: 'One instrument (a codebook) or a study year (a codebook set of instruments), as @smesec/survey reads them.',
  };
}
