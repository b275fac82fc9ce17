/**
 * packages/survey/codebook.schema.json: the JSON Schema of a codebook file (one instrument) or of
 * a data folder's codebook.json (a set of instruments), generated from the zod schema with zod's
 * own `z.toJSONSchema`, so it cannot drift from what the reader accepts (the cross-field checks,
 * such as duplicate codes, stay with the reader).
 *
 *   pnpm codebook:schema          # rewrite it
 *   pnpm codebook:schema --check  # exit 1 when it is out of date (the tests run this)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codebookJsonSchema } from '../packages/survey/src/codebook/json-schema.js';
import { isMain, ROOT } from './paths.js';

export const SCHEMA_PATH = join(ROOT, 'packages', 'survey', 'codebook.schema.json');

/** The schema's text. */
export function codebookSchemaText(): string {
  return JSON.stringify(codebookJsonSchema(), null, 2) + '\n';
}

if (isMain(import.meta.url)) {
  const text = codebookSchemaText();
  if (process.argv.includes('--check')) {
    const current = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : null;
    if (current !== text) {
      console.error('packages/survey/codebook.schema.json is out of date with the zod schema; run pnpm codebook:schema');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log('wrote packages/survey/codebook.schema.json');
  }
}
