/**
 * What a researcher's script does with the published packages: one call or two into every entry
 * point. The publishing test compiles this file against the packed packages' declarations, runs
 * it with plain node, and compares its summary with the same function run from source.
 */
import { activitySummary } from '@smesec/activity';
import { loadActivity } from '@smesec/activity/node';
import { barChart, renderPlot, renderSvg, tileMap } from '@smesec/charts';
import { escapeHtml, html } from '@smesec/dashboard';
import { bundleClientScript } from '@smesec/dashboard/node';
import { activeList, excludeFromList, publicRecords, scoreSkills } from '@smesec/experts';
import { searchSpecialists } from '@smesec/experts/browser';
import { figuresCsv, respondentTable, tableArrow, tableParquet, tabulationTable } from '@smesec/interop';
import { loadDataset } from '@smesec/interop/node';
import { computeFigures } from '@smesec/report';
import { fromCsv, instrumentOf, tabulate } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';

export interface Summary {
  readonly survey: { readonly n: number; readonly itc: number; readonly fromText: number };
  readonly experts: { readonly s1Double: number; readonly listed: number; readonly cloudOsaka: readonly string[] };
  readonly charts: { readonly bar: boolean; readonly map: boolean };
  readonly activity: { readonly practices: number; readonly stated: number };
  readonly report: { readonly figures: number; readonly attended: number | undefined };
  readonly dashboard: { readonly escaped: string; readonly script: boolean };
  readonly interop: { readonly arrowBytes: boolean; readonly parquetBytes: boolean; readonly tabulations: number; readonly csvLines: number };
}

/** Summarise a FY2024 data folder (`dataDir`) and the programme-activity folder through every entry point. */
export async function summary(dataDir: string, activityDir: string): Promise<Summary> {
  const codebook = instrumentOf(fy2024, 'experts');
  const { table } = loadCsv(`${dataDir}/experts.csv`, { codebook });
  const quals = tabulate(table, 'qualifications', { codebook });
  const attendees = instrumentOf(fy2024, 'attendees');
  const tiny = fromCsv('company_id,chamber\nC1,大阪商工会議所\n', { codebook: { ...attendees, columns: attendees.columns.filter((c) => c.id === 'company_id' || c.id === 'chamber') }, file: 'tiny.csv' });

  const scores = scoreSkills(table, { codebook });
  const eligibility = excludeFromList(table, { codebook, scores });
  const records = publicRecords(activeList(table, { codebook, scores, eligibility }), { codebook });
  const found = searchSpecialists(records, { themes: ['cloud'], region: '27' }, { codebook, limit: 3 });

  const bar = await renderSvg(barChart([{ code: 'itc', label: 'ITコーディネータ', count: quals.items[0]!.count, pct: quals.items[0]!.pct }], { title: '保有資格', base: quals.n }));
  const map = renderPlot(tileMap({ '27': 3, '13': 5 }, { title: '支援可能地域' }));

  const activity = loadActivity(activityDir);
  const activitySum = activitySummary(activity);
  const dataset = loadDataset(dataDir);
  const figures = computeFigures(dataset.results, { codebooks: dataset.codebooks, activity });
  const tidy = respondentTable(table, { codebook });

  return {
    survey: { n: quals.n, itc: quals.items.find((i) => i.code === 'itc')!.count, fromText: tiny.table.numRows() },
    experts: { s1Double: (scores.array('S1_rating') as string[]).filter((r) => r === 'double').length, listed: records.length, cloudOsaka: found.hits.map((h) => h.record.id) },
    charts: { bar: bar.startsWith('<svg') && bar.includes('aria-label="保有資格"'), map: map.startsWith('<svg') && map.includes('支援可能地域') },
    activity: { practices: activitySum.practices.count, stated: activitySum.program.length },
    report: { figures: Object.keys(figures).length, attended: figures['funnel.attended'] },
    dashboard: { escaped: `${html`<p>${'<b>&'}</p>`.toString()} ${escapeHtml('"')}`, script: (await bundleClientScript()).length > 10_000 },
    interop: {
      arrowBytes: tableArrow(tidy, { codebook }).length > 1000,
      parquetBytes: tableParquet(tidy, { codebook }).length > 1000,
      tabulations: tabulationTable(table, { codebook }).numRows(),
      csvLines: figuresCsv(figures).trimEnd().split('\n').length,
    },
  };
}
