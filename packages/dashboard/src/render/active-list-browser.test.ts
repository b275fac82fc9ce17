import { describe, expect, test } from 'vitest';
import type { ReportModel } from '@smesec/report';
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { activeListBrowser, activeListStyles, LIST_COLUMNS } from './active-list-browser.js';

const codebook = instrumentOf(fy2024, 'experts');
const record = (i: number) => ({ id: `E${i}`, name: `見本 ${i}`, email: `e${i}@example.com`, fields: { guidance_themes: ['cloud'], fee_band: 'lt20k' }, ratings: { S1: 'double' } });
const model = (n: number) => ({ activeList: Array.from({ length: n }, (_, i) => record(i)), activeListCount: n, expertsCodebook: codebook }) as unknown as ReportModel;

describe('activeListBrowser', () => {
  test('embeds every listed specialist as a row and as JSON, with < escaped', () => {
    const out = activeListBrowser(model(3)).toString();
    expect(out.match(/<tr data-id=/g)).toHaveLength(3);
    expect(out).toContain('id="active-list-data"');
    expect(out.slice(out.indexOf('id="active-list-data">'))).not.toMatch(/"見本 0"<|<\/script><\/script/);
  });

  test('a list over the limit is left to active-list.csv instead of the page', () => {
    const out = activeListBrowser(model(4), { limit: 3 }).toString();
    expect(out).not.toContain('<tr data-id=');
    expect(out).not.toContain('active-list-data');
    expect(out).not.toContain('見本');
    expect(out).toContain('掲載 4名。件数が多いため（上限 3名）');
    expect(out).toContain('href="active-list.csv"');
  });

  test('a list over the limit is never built: only its count is read', () => {
    const unbuilt = {
      get activeList(): never {
        throw new Error('the records were read');
      },
      activeListCount: 1_000_000,
      expertsCodebook: codebook,
    } as unknown as ReportModel;
    expect(activeListBrowser(unbuilt).toString()).toContain('掲載 1,000,000名。件数が多いため');
  });

  test('the card labels are one rule per column in the stylesheet, none in the rows', () => {
    const css = activeListStyles(model(3));
    expect(css).toContain(`#list-table td:nth-child(2)::before{content:"${LIST_COLUMNS[0]!.header}："}`);
    expect(css).toContain(`#list-table td:nth-child(${LIST_COLUMNS.length + 2})::before{content:"S1 "}`);
    expect(css.match(/::before/g)).toHaveLength(LIST_COLUMNS.length + 6);
    expect(activeListBrowser(model(3)).toString()).not.toMatch(/data-label|<style/);
  });
});
