import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// example:start
import { activitySummary, activityView } from '@smesec/activity';
import { loadActivity } from '@smesec/activity/node';

const activity = loadActivity('data/program-activity'); // strict: a ValidationError lists every bad cell
const summary = activitySummary(activity); // every count, typed
const view = activityView(activity, { summary }); // what the dashboard section draws
console.log(summary.practices.editions[0]!.count, view.keyNumbers[0]!.value); // 14 71610
// example:end

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README example is this file’s example, and prints what its comment says', () => {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  const here = source.slice(source.indexOf('// example:start\n') + 17, source.indexOf('// example:end'));
  const inReadme = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(inReadme).toBe(here);
  expect([summary.practices.editions[0]!.count, view.keyNumbers[0]!.value]).toEqual([14, 71610]);
});

test('the summary table states the bundled values, and names every field of the summary', () => {
  const s = summary;
  const edition = (e: string) => s.practices.editions.find((x) => x.edition === e)?.count;
  const purpose = (e: string, p: string) => s.practices.purposes.find((x) => x.edition === e && x.purpose === p);
  const region = (r: string) => s.regions.rows.find((x) => x.region === r);
  const category = (c: string) => s.measures.categories.find((x) => x.category === c)?.count;
  expect({
    communities: s.communities.count,
    communitiesCovered: s.communities.prefecturesCovered,
    practices: s.practices.count,
    editions: [edition('3'), edition('2')],
    purposes: [purpose('3', 'more_participants')?.indexRows, purpose('2', 'engage_companies')?.practices, purpose('2', 'involve_institutions')?.indexRows],
    kyushu: [region('kyushu')?.communities, region('kyushu')?.practices],
    unassigned: s.regions.unassigned,
    events: [s.events.count, s.events.dated, s.events.prefecturesCovered],
    measures: [s.measures.count, s.measures.reposted],
    categories: [category('smes'), category('youth'), category('regional')],
    program: [s.program.find((p) => p.figureId === 'security_action_declarations_total')?.value, s.program.find((p) => p.figureId === 'otasuketai_participating_smes')?.max],
  }).toEqual({
    communities: 25,
    communitiesCovered: 26,
    practices: 46,
    editions: [14, 32],
    purposes: [9, 16, 17],
    kyushu: [6, 10],
    unassigned: { communities: 0, practices: 2 },
    events: [83, 59, 20],
    measures: [31, 3],
    categories: [10, 12, 6],
    program: [71610, 200],
  });
  // Every top-level field of the summary has a row.
  const table = readme.slice(readme.indexOf('## The summary'));
  for (const field of Object.keys(s)) expect([field, table.includes(`| \`${field}`)]).toEqual([field, true]);
});
