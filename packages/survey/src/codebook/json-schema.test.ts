import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { fy2024 } from '@smesec/programme';
import { codebookJsonSchema } from './json-schema.js';

const shipped = fileURLToPath(new URL('../../codebook.schema.json', import.meta.url));
// The built-in codebooks live in the programme package; they reference the schema shipped here.
const folder = fileURLToPath(new URL('../../../programme/src/codebook/fy2024/', import.meta.url));
const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(shipped, 'utf8')) as object);

test('the shipped codebook.schema.json is the one zod generates (pnpm codebook:schema)', () => {
  expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(codebookJsonSchema());
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[]; exports: Record<string, unknown> };
  expect(pkg.files).toContain('codebook.schema.json');
  expect(pkg.exports['./codebook.schema.json']).toBe('./codebook.schema.json');
});

test('every built-in codebook file references the schema with $schema and is valid against it', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const file of files) {
    const json = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { $schema?: string };
    expect(json.$schema, file).toBeDefined();
    expect(resolve(dirname(join(folder, file)), json.$schema!)).toBe(shipped);
    expect(existsSync(shipped)).toBe(true);
    expect(validate(json), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  // A data folder's codebook.json: a set of instruments.
  expect(validate(JSON.parse(JSON.stringify(fy2024)))).toBe(true);
});

test('the schema catches the mistakes an editor should flag', () => {
  const column = { id: 'size', label: '規模', type: 'single', options: [{ code: 'small', label: '小' }] };
  expect(validate({ id: 'tiny', label: 'T', columns: [column] })).toBe(true);
  expect(validate({ id: 'tiny', label: 'T', columns: [{ ...column, type: 'singel' }] })).toBe(false);
  expect(validate({ id: 'tiny', label: 'T', columns: [{ ...column, options: [{ code: '小', label: '小' }] }] })).toBe(false); // codes are ascii
  expect(validate({ id: 'Tiny', label: 'T', columns: [column] })).toBe(false);
  expect(validate({ id: 'tiny', label: 'T', columns: [] })).toBe(false);
});
