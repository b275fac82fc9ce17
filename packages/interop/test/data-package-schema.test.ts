/**
 * The `datapackage.json` that `writeExports` writes, checked against the official Data Package v2
 * JSON Schemas (vendored in fixtures/datapackage-v2, see its README), offline: every descriptor in
 * it that names a profile with `$schema` is validated against that profile, and a profile URL that
 * is not vendored fails the test rather than being fetched.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset, writeExports } from '../src/node.js';

// ajv-formats is CommonJS with its function as `module.exports.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const data = fileURLToPath(new URL('../../../data/fy2024', import.meta.url));
const profiles = fileURLToPath(new URL('fixtures/datapackage-v2', import.meta.url));
const PROFILE_BASE = 'https://datapackage.org/profiles/2.0/';

/**
 * An ajv (draft-07, as the profiles declare) that knows the four v2 profiles by the URLs the
 * specification publishes them at. Strict mode stays on, so any other keyword or format ajv does
 * not know is an error; the ones the published profiles use are declared as annotations that
 * validate nothing: the editor hints `propertyOrder`, `options`, `context`, `notes` and format `textarea`,
 * and `item`, which the published profiles have for `items` under `fieldsMatch` (so, as in any
 * draft-07 validator, `fieldsMatch` items are not checked). The profiles also require properties
 * that some branches do not list (`strictRequired`) and leave types implicit (`strictTypes`).
 */
function profileValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  ajv.addVocabulary(['propertyOrder', 'options', 'context', 'notes', 'item']);
  for (const file of readdirSync(profiles).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(profiles, file), 'utf8')) as object, `${PROFILE_BASE}${file}`);
  }
  return ajv;
}

interface Failure {
  at: string;
  profile: string;
  errors: ErrorObject[];
}

/**
 * Validate every object in `descriptor` that carries a `$schema` (the package, and the Table
 * Schema inside each resource) against the vendored profile it names.
 */
function validateProfiles(ajv: Ajv, descriptor: unknown): { checked: string[]; failures: Failure[] } {
  const checked: string[] = [];
  const failures: Failure[] = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const profile = (node as { $schema?: unknown }).$schema;
    if (typeof profile === 'string') {
      const validate = ajv.getSchema(profile);
      if (!validate) failures.push({ at, profile, errors: [{ message: `profile not vendored: ${profile}` } as ErrorObject] });
      else if (!validate(node)) failures.push({ at, profile, errors: validate.errors ?? [] });
      checked.push(`${at || '/'} ${profile.slice(PROFILE_BASE.length)}`);
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${at}/${key}`);
  };
  walk(descriptor, '');
  return { checked, failures };
}

/** Every resource also checked as a Data Resource on its own, so its errors name it. */
function validateResources(ajv: Ajv, descriptor: { resources?: unknown[] }): Failure[] {
  const validate = ajv.getSchema(`${PROFILE_BASE}dataresource.json`)!;
  return (descriptor.resources ?? []).flatMap((r, i) => (validate(r) ? [] : [{ at: `/resources/${i}`, profile: 'dataresource.json', errors: validate.errors ?? [] }]));
}

const out = mkdtempSync(join(tmpdir(), 'interop-dp-'));
let pkg: { $schema: string; resources: { name: string; path?: string; schema: { fields: object[] } }[] };
let ajv: Ajv;

beforeAll(() => {
  // Only the CSV files and the descriptor are needed here; Arrow and Parquet have their own tests.
  writeExports(loadDataset(data), { out, formats: [] });
  pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as typeof pkg;
  ajv = profileValidator();
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const summary = (failures: Failure[]) => failures.flatMap((f) => f.errors.map((e) => `${f.at}${e.instancePath} (${f.profile.replace(PROFILE_BASE, '')}): ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`));

describe('datapackage.json against the Data Package v2 JSON Schemas', () => {
  test('the package and every resource’s Table Schema are valid against the profiles they name', () => {
    const { checked, failures } = validateProfiles(ajv, pkg);
    expect(summary(failures)).toEqual([]);
    // The package itself plus one Table Schema per instrument: nothing was skipped.
    expect(checked).toEqual(['/ datapackage.json', ...pkg.resources.map((_, i) => `/resources/${i}/schema tableschema.json`)]);
    expect(pkg.resources.length).toBe(4);
    expect(summary(validateResources(ajv, pkg))).toEqual([]);
  });

  test('removing a required property makes it invalid, naming the property', () => {
    const copy = () => structuredClone(pkg) as unknown as Record<string, unknown> & typeof pkg;

    const noResources = copy();
    delete (noResources as Partial<typeof noResources>).resources;
    expect(summary(validateProfiles(ajv, noResources).failures)).toContainEqual(expect.stringContaining('"missingProperty":"resources"'));

    const noFields = copy();
    delete (noFields.resources[0]!.schema as Partial<{ fields: object[] }>).fields;
    expect(summary(validateProfiles(ajv, noFields).failures)).toContainEqual(expect.stringContaining('/resources/0/schema (tableschema.json): must have required property \'fields\''));

    // A resource needs a name and either a path or inline data.
    const noPath = copy();
    delete noPath.resources[1]!.path;
    expect(summary(validateResources(ajv, noPath))).toContainEqual(expect.stringContaining('"missingProperty":"path"'));
    expect(validateProfiles(ajv, noPath).failures.map((f) => f.at)).toContain('');

    const unnamedField = copy();
    delete (unnamedField.resources[2]!.schema.fields[0] as { name?: string }).name;
    expect(validateProfiles(ajv, unnamedField).failures.map((f) => f.at)).toEqual(['', '/resources/2/schema']);
  });

  test('a multiple answer is a string field with a pattern, since the 2.0 profile rejects the `list` type', () => {
    const multi = pkg.resources.flatMap((r) => r.schema.fields as { name: string; type: string; constraints?: { pattern?: string } }[]).filter((f) => f.constraints?.pattern);
    expect(multi.length).toBeGreaterThan(0);
    expect(new Set(multi.map((f) => f.type))).toEqual(new Set(['string']));
    // The same field written as the v2 text's `list` type: the published profile refuses it.
    const asList = structuredClone(pkg);
    const index = asList.resources[0]!.schema.fields.findIndex((f) => (f as { constraints?: { pattern?: string } }).constraints?.pattern);
    expect(index).toBeGreaterThanOrEqual(0);
    asList.resources[0]!.schema.fields[index] = { name: multi[0]!.name, type: 'list', delimiter: ';', itemType: 'string' };
    expect(validateProfiles(ajv, asList).failures.map((f) => f.at)).toEqual(['', '/resources/0/schema']);
  });

  test('a profile that is not vendored is reported, never fetched', () => {
    const { failures } = validateProfiles(ajv, { ...pkg, $schema: 'https://datapackage.org/profiles/9.9/datapackage.json' });
    expect(failures.map((f) => f.errors[0]?.message)).toEqual(['profile not vendored: https://datapackage.org/profiles/9.9/datapackage.json']);
  });
});
