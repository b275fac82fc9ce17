import { CodebookSet, type Codebook } from '@smesec/survey';
import communities from './communities.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import measures from './measures.json' with { type: 'json' };
import practiceIndex from './practice-index.json' with { type: 'json' };
import practices from './practices.json' with { type: 'json' };
import programFigures from './program-figures.json' with { type: 'json' };
import { ActivityRules } from './rules.js';

/** Codebook ids of the six files, in reading order. */
export const ACTIVITY_FILE_IDS = ['communities', 'practices', 'practice_index', 'events', 'program_figures', 'measures'] as const;
export type ActivityFileId = (typeof ACTIVITY_FILE_IDS)[number];

/**
 * The built-in codebooks of the programme-activity files (`*.json` beside this module), validated
 * on load: a broken codebook fails at import, not halfway through a report.
 */
export const activityCodebooks: CodebookSet = CodebookSet.parse({
  id: 'program-activity',
  label: '地域SECURITY・普及啓発活動',
  instruments: [communities, practices, practiceIndex, events, programFigures, measures],
});
for (const cb of activityCodebooks.instruments) ActivityRules.parse(cb.rules);

/** The codebook of one file of a set (the built-in set by default), or throw. */
export function activityCodebook(id: ActivityFileId, set: CodebookSet = activityCodebooks): Codebook {
  const cb = set.instruments.find((c) => c.id === id);
  if (!cb) throw new Error(`codebook set ${set.id} has no instrument ${id}`);
  return cb;
}
