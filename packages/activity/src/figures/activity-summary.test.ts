import * as aq from 'arquero';
import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { activitySummary } from './activity-summary.js';

const s = activitySummary(tiny());
const purpose = (edition: string, code: string) => s.practices.purposes.find((p) => p.edition === edition && p.purpose === code);

test('counts, editions, purposes and stated figures, counted by hand on the tiny fixture', () => {
  expect(s.communities.count).toBe(5);
  expect(s.practices.editions.map((e) => [e.edition, e.count])).toEqual([
    ['3', 3],
    ['2', 4],
  ]);
  expect(
    Object.fromEntries(s.practices.purposes.map((p) => [`${p.edition}/${p.purpose}`, p.indexRows])),
  ).toEqual({
    '3/more_participants': 1,
    '3/more_partners': 1,
    '3/sustain': 1,
    '3/enrich': 2,
    '2/engage_companies': 4,
    '2/involve_institutions': 2,
    '2/continuity': 1,
    '2/effectiveness': 0,
    '2/reduce_burden': 0,
  });
  expect(s.events.count).toBe(9);
  expect(s.measures.count).toBe(6);
  expect(s.program).toEqual([
    expect.objectContaining({ figureId: 'security_action_declarations_total', value: 71610, max: null }),
    expect.objectContaining({ figureId: 'security_action_declarations_one_star', value: 61416, max: null }),
    expect.objectContaining({ figureId: 'security_action_declarations_two_star', value: 10194, max: null }),
    ...s.program.slice(3),
  ]);
  const byId = Object.fromEntries(s.program.map((p) => [p.figureId, p]));
  expect(byId['otasuketai_participating_smes']).toEqual({ figureId: 'otasuketai_participating_smes', value: 100, max: 200 });
  expect(byId['regional_security_liaison_meeting_orgs']).toEqual({ figureId: 'regional_security_liaison_meeting_orgs', value: 24, max: null });
  expect(s.program).toHaveLength(5);
  expect(s.program.filter((p) => p.max !== null)).toHaveLength(1);
});

test('practices, distinct practices per purpose, regions, coverage, dates and measures', () => {
  expect(s.practices.count).toBe(7);
  expect(purpose('2', 'engage_companies')?.practices).toBe(4);
  const region = (code: string) => s.regions.rows.find((r) => r.region === code);
  expect(region('kinki')?.communities).toBe(2);
  expect(region('okinawa')?.communities).toBe(1);
  expect(region('hokkaido')?.practices).toBe(3);
  expect(s.regions.unassigned.practices).toBe(1);
  expect(s.communities.prefecturesCovered).toBe(9);
  expect(s.events.dated).toBe(6);
  expect(s.events.prefecturesCovered).toBe(8);
  expect(s.measures.reposted).toBe(2);
  expect(s.measures.categories.find((c) => c.category === 'regional')?.count).toBe(1);
});

test('a stated figure id that would break the dotted id is refused', () => {
  const a = tiny();
  const bad = a.programFigures.derive({ figure_id: aq.escape(() => 'two.parts') });
  expect(() => activitySummary({ ...a, programFigures: bad })).toThrow('not snake_case');
});
