import * as aq from 'arquero';
import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { activityFigures } from './activity-figures.js';

test('the fixed ids, with values counted by hand on the tiny fixture', () => {
  const f = activityFigures(tiny());
  expect(f).toMatchObject({
    'activity.communities.count': 5,
    'activity.practices.edition.3.count': 3,
    'activity.practices.edition.2.count': 4,
    'activity.practices.edition.3.purpose.more_participants.count': 1,
    'activity.practices.edition.3.purpose.more_partners.count': 1,
    'activity.practices.edition.3.purpose.sustain.count': 1,
    'activity.practices.edition.3.purpose.enrich.count': 2,
    'activity.practices.edition.2.purpose.engage_companies.count': 4,
    'activity.practices.edition.2.purpose.involve_institutions.count': 2,
    'activity.practices.edition.2.purpose.continuity.count': 1,
    'activity.practices.edition.2.purpose.effectiveness.count': 0,
    'activity.practices.edition.2.purpose.reduce_burden.count': 0,
    'activity.events.count': 9,
    'activity.measures.count': 6,
    'activity.program.security_action_declarations_total': 71610,
    'activity.program.security_action_declarations_one_star': 61416,
    'activity.program.security_action_declarations_two_star': 10194,
    'activity.program.otasuketai_participating_smes': 100,
    'activity.program.otasuketai_participating_smes.max': 200,
    'activity.program.regional_security_liaison_meeting_orgs': 24,
  });
});

test('the added ids', () => {
  const f = activityFigures(tiny());
  expect(f).toMatchObject({
    'activity.practices.count': 7,
    'activity.practices.edition.2.purpose.engage_companies.practices': 4,
    'activity.communities.region.kinki.count': 2,
    'activity.communities.region.okinawa.count': 1,
    'activity.practices.region.hokkaido.count': 3,
    'activity.practices.region.missing': 1,
    'activity.communities.prefectures_covered': 9,
    'activity.events.dated.count': 6,
    'activity.events.prefectures_covered': 8,
    'activity.measures.reposted.count': 2,
    'activity.measures.category.regional.count': 1,
  });
  expect(Object.keys(f).filter((k) => k.startsWith('activity.program.'))).toHaveLength(6);
});

test('a figure id that would break the dotted id is refused', () => {
  const a = tiny();
  const bad = a.programFigures.derive({ figure_id: aq.escape(() => 'two.parts') });
  expect(() => activityFigures({ ...a, programFigures: bad })).toThrow('not snake_case');
});
