import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// example:start
import { activityFigures, activityView } from '@smesec/activity';
import { loadActivity } from '@smesec/activity/node';

const activity = loadActivity('data/program-activity'); // strict: a ValidationError lists every bad cell
const figures = activityFigures(activity); // flat figure id → number
const view = activityView(activity, { figures }); // what the dashboard section draws
console.log(figures['activity.practices.edition.3.count'], view.keyNumbers[0]!.value); // 14 71610
// example:end

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the README example is this file’s example, and prints what its comment says', () => {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  const here = source.slice(source.indexOf('// example:start\n') + 17, source.indexOf('// example:end'));
  const inReadme = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(inReadme).toBe(here);
  expect([figures['activity.practices.edition.3.count'], view.keyNumbers[0]!.value]).toEqual([14, 71610]);
});

test('the figure-id table states the bundled values', () => {
  const stated: Record<string, number> = {
    'activity.communities.count': 25,
    'activity.practices.edition.3.count': 14,
    'activity.practices.edition.2.count': 32,
    'activity.practices.edition.3.purpose.more_participants.count': 9,
    'activity.practices.edition.2.purpose.involve_institutions.count': 17,
    'activity.events.count': 83,
    'activity.measures.count': 31,
    'activity.program.security_action_declarations_total': 71610,
    'activity.program.otasuketai_participating_smes.max': 200,
    'activity.practices.count': 46,
    'activity.practices.edition.2.purpose.engage_companies.practices': 16,
    'activity.communities.region.kyushu.count': 6,
    'activity.communities.region.missing': 0,
    'activity.practices.region.kyushu.count': 10,
    'activity.practices.region.missing': 2,
    'activity.communities.prefectures_covered': 26,
    'activity.events.dated.count': 59,
    'activity.events.prefectures_covered': 20,
    'activity.measures.reposted.count': 3,
    'activity.measures.category.smes.count': 10,
    'activity.measures.category.youth.count': 12,
    'activity.measures.category.regional.count': 6,
  };
  for (const [id, value] of Object.entries(stated)) expect([id, figures[id]]).toEqual([id, value]);
  // Every id pattern of the table is one the figures produce.
  const patterns = [...readme.matchAll(/^\| `(activity\.[^`]+)` \|/gm)].map((m) => m[1]!.replace(/\\\|/g, '|'));
  expect(patterns).toHaveLength(18);
  for (const p of patterns) {
    const re = new RegExp(`^${p.replace(/\./g, '\\.').replace(/<([^>]+)>/g, (_, alts: string) => (alts.includes('|') ? `(${alts})` : '[a-z0-9_]+'))}$`);
    expect([p, Object.keys(figures).some((id) => re.test(id))]).toEqual([p, true]);
  }
});
