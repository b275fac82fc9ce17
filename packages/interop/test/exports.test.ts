import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { scoreSkills } from '@smesec/experts';
import { computeFigures } from '@smesec/report';
import { instrumentOf } from '@smesec/survey';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIST_DELIMITER, respondentTable, tabulationTable } from '../src/index.js';
import { loadDataset, writeExports, type Dataset } from '../src/node.js';

const data = fileURLToPath(new URL('../../../data/fy2024', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'interop-'));
let dataset: Dataset;
let written: string[];
let figures: Record<string, number>;
let db: DuckDBConnection;

beforeAll(async () => {
  dataset = loadDataset(data);
  figures = computeFigures(dataset.results, { codebooks: dataset.codebooks });
  written = writeExports(dataset, { out, figures });
  db = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  db?.closeSync();
  rmSync(out, { recursive: true, force: true });
});

/** Rows as plain objects, as the source table gives them. */
const rowsOf = (t: aq.ColumnTable) => t.objects() as Record<string, unknown>[];
const fromArrowFile = (name: string) => rowsOf(aq.fromArrow(readFileSync(join(out, name))));
async function fromParquet(name: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(`SELECT * FROM read_parquet('${join(out, name)}')`);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

describe('a folder of exports of the FY2024 data', () => {
  test('holds every instrument, the skill scores, the tabulations, the codebooks and the figures', () => {
    expect(written.sort()).toEqual(
      ['attendees', 'consultations', 'experts', 'guidance', 'skills', 'tabulations'].flatMap((n) => [`${n}.arrow`, `${n}.parquet`])
        .concat('codebook.json', 'figures.csv', 'datapackage.json', ...['attendees', 'consultations', 'experts', 'guidance'].map((n) => `${n}.csv`))
        .sort(),
    );
    expect(JSON.parse(readFileSync(join(out, 'codebook.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(dataset.codebooks)));
  });

  test.each(['experts', 'attendees', 'consultations', 'guidance'])('%s reads back from Arrow (arquero) and Parquet (DuckDB) equal to the source', async (id) => {
    const codebook = instrumentOf(dataset.codebooks, id);
    const source = rowsOf(respondentTable(dataset.results.get(id)!.table, { codebook }));
    expect(source.length).toBe(dataset.results.get(id)!.table.numRows());
    expect(fromArrowFile(`${id}.arrow`)).toEqual(source);
    expect(await fromParquet(`${id}.parquet`)).toEqual(source);
  });

  test('personal columns stay out of the respondent tables', async () => {
    const personal = instrumentOf(dataset.codebooks, 'experts').columns.filter((c) => c.personal).map((c) => c.id);
    expect(personal).toEqual(expect.arrayContaining(['name', 'email', 'riss_number']));
    const columns = Object.keys(fromArrowFile('experts.arrow')[0]!);
    expect(columns.filter((c) => personal.includes(c))).toEqual([]);
    const described = await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(out, 'experts.parquet')}')`);
    expect(described.getRowObjectsJS().map((r) => r['column_name'])).toEqual(columns);
  });

  test('a multiple answer is a list of codes in both formats, and a blank one the empty list', async () => {
    const arrow = fromArrowFile('attendees.arrow');
    const parquet = await fromParquet('attendees.parquet');
    const blank = arrow.findIndex((r) => (r['desired_support'] as string[]).length === 0);
    expect(blank).toBeGreaterThanOrEqual(0);
    expect(parquet[blank]!['desired_support']).toEqual([]);
    expect(arrow[0]!['desired_support']).toEqual(['education', 'incident_response', 'rules', 'assets', 'cloud']);
    const types = await db.runAndReadAll(`SELECT typeof(desired_support) AS t, typeof(people) AS p FROM read_parquet('${join(out, 'attendees.parquet')}') LIMIT 1`);
    expect(types.getRowObjectsJS()).toEqual([{ t: 'VARCHAR[]', p: 'INTEGER' }]);
  });

  test('skill scores read back equal to scoreSkills', async () => {
    const source = rowsOf(scoreSkills(dataset.results.get('experts')!.table, { codebook: instrumentOf(dataset.codebooks, 'experts') }));
    expect(fromArrowFile('skills.arrow')).toEqual(source);
    expect(await fromParquet('skills.parquet')).toEqual(source);
    expect(source[0]).toMatchObject({ S1_rating: expect.any(String), S1a_held: expect.any(Boolean), S1a_score: expect.any(Number) });
  });

  test('tabulations read back equal to tabulationTable, each row with its base', async () => {
    const source = dataset.codebooks.instruments.flatMap((codebook) => rowsOf(tabulationTable(dataset.results.get(codebook.id)!.table, { codebook })));
    expect(fromArrowFile('tabulations.arrow')).toEqual(source);
    expect(await fromParquet('tabulations.parquet')).toEqual(source);
    const quals = await db.runAndReadAll(
      `SELECT base, n, count FROM read_parquet('${join(out, 'tabulations.parquet')}') WHERE instrument = 'experts' AND question = 'qualifications' AND code = 'itc'`,
    );
    // README: qualifications on the valid base, n = 218; 40 hold the ITC.
    expect(quals.getRowObjectsJS()).toEqual([{ base: 'valid', n: 218, count: 40 }]);
  });

  test('figures.csv holds every figure id once with its value', async () => {
    const reader = await db.runAndReadAll(`SELECT id, value FROM read_csv('${join(out, 'figures.csv')}', header = true, columns = {'id': 'VARCHAR', 'value': 'DOUBLE'})`);
    const rows = reader.getRowObjectsJS() as { id: string; value: number | null }[];
    expect(rows.map((r) => r.id)).toEqual(Object.keys(figures));
    const expected = Object.values(figures).map((v) => (Number.isFinite(v) ? v : null));
    expect(rows.map((r) => r.value)).toEqual(expected);
    expect(rows.find((r) => r.id === 'experts.n')?.value).toBe(221);
  });
});

describe('datapackage.json: the CSV files with their labels, for frictionless, pandas or R', () => {
  interface Field {
    name: string;
    title: string;
    type: string;
    categories?: { value: string | number; label: string }[];
    constraints?: { pattern?: string };
  }
  interface Resource {
    name: string;
    path: string;
    schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] };
  }
  const descriptor = () => JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { $schema: string; name: string; resources: Resource[] };

  test('a tabular resource per instrument; every coded field has every code and label in codebook order', () => {
    const pkg = descriptor();
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual(dataset.codebooks.instruments.map((c) => [c.id, `${c.id}.csv`]));
    for (const resource of pkg.resources) {
      const codebook = instrumentOf(dataset.codebooks, resource.name);
      expect(resource.schema.missingValues).toEqual(['']);
      for (const field of resource.schema.fields) {
        const column = codebook.columns.find((c) => c.id === field.name)!;
        expect(field.title).toBe(column.label);
        if (column.type === 'single') expect(field.categories).toEqual(column.options.map((o) => ({ value: o.code, label: o.label })));
        if (column.type === 'multi') expect(field).toMatchObject({ type: 'string', constraints: { pattern: expect.stringContaining(column.options[0]!.code) } });
      }
    }
  });

  test('read back by DuckDB’s CSV reader, the categories give the labels respondentTable gives', async () => {
    for (const resource of descriptor().resources) {
      const codebook = instrumentOf(dataset.codebooks, resource.name);
      const reader = await db.runAndReadAll(`SELECT * FROM read_csv('${join(out, resource.path)}', header = true, all_varchar = true)`);
      const rows = reader.getRowObjectsJS() as Record<string, string | null>[];
      const labelled = rowsOf(respondentTable(dataset.results.get(resource.name)!.table, { codebook, labels: true }));
      expect(rows).toHaveLength(labelled.length);
      let checked = 0;
      let lists = 0;
      for (const field of resource.schema.fields) {
        const labelOf = new Map((field.categories ?? []).map((c) => [String(c.value), c.label]));
        rows.forEach((row, i) => {
          const cell = row[field.name] ?? null;
          const source = labelled[i]!;
          if (Array.isArray(source[field.name])) {
            // A multiple answer: codes between delimiters, each matched by the field's pattern.
            if (cell !== null && field.constraints?.pattern) expect(cell, field.name).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
            expect(cell === null ? [] : cell.split(LIST_DELIMITER), field.name).toEqual(source[field.name]);
            lists++;
          } else if (field.categories) {
            expect(cell === null ? null : labelOf.get(cell), `${resource.name}.${field.name} row ${i + 1}`).toEqual(source[`${field.name}_label`]);
            checked++;
          } else if (field.type === 'integer' || field.type === 'number') expect(cell === null ? null : Number(cell)).toEqual(source[field.name]);
        });
      }
      expect(checked).toBeGreaterThan(0);
      if (codebook.columns.some((c) => c.type === 'multi' && resource.schema.fields.some((f) => f.name === c.id))) expect(lists, resource.name).toBeGreaterThan(0);
    }
  });
});
