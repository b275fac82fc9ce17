import * as aq from 'arquero';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, expectTypeOf, test } from 'vitest';
import type { ExpertsColumnId } from '@smesec/programme';
import { crosstab, instrumentOf, tabulate, type Codebook, type ColumnId } from '../index.js';
import { fy2024 } from '@smesec/programme';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

test('the built-in codebooks give literal column ids, and results carry them', () => {
  const experts = instrumentOf(fy2024, 'experts');
  expectTypeOf<ColumnId<typeof experts>>().toEqualTypeOf<ExpertsColumnId>();
  const f = tabulate(aq.table({ affiliation: ['employed'] }), 'affiliation', { codebook: experts });
  expectTypeOf(f.column).toEqualTypeOf<'affiliation'>();
  // @ts-expect-error: not a column of the experts codebook
  expect(() => tabulate(aq.table({ x: [1] }), 'affiliatoin', { codebook: experts })).toThrow(/has no column "affiliatoin"/);
  const x = crosstab(aq.table({ affiliation: ['employed'], age_band: ['30s'] }), 'affiliation', 'age_band', { codebook: experts });
  expectTypeOf(x.columns).toEqualTypeOf<'age_band'>();
  // A codebook read at run time takes any string.
  expectTypeOf<ColumnId<Codebook>>().toEqualTypeOf<string>();
});

test('every generated column-ids.ts matches the codebook JSON beside it', () => {
  // Exit status 1 with the stale file named when a codebook changed without `pnpm codebook:types`.
  expect(() => execFileSync('pnpm', ['exec', 'tsx', 'scripts/codebook-types.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
});
