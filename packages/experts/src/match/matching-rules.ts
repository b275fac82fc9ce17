import { z } from 'zod';
import json from './matching.json' with { type: 'json' };

/**
 * How consultations are matched (all data, `matching.json`): a topic of consultations.csv asks for
 * support contents of the catalogue; an attendee industry (attendees.csv codes, which differ from
 * the experts' own list) is covered by some experts' industries; and each score part's points.
 */
export const MatchingRules = z.object({
  id: z.string(),
  description: z.string().optional(),
  /** consultations.topics code → support content codes (`[]`: the topic says nothing about skills). */
  topics: z.record(z.string(), z.array(z.string())),
  /** attendees.industry code → experts.industries codes (`[]`: no expert industry covers it). */
  industries: z.record(z.string(), z.array(z.string())),
  points: z.object({
    /** Per relevant domain rated ◎. */
    double: z.number(),
    /** Per relevant domain rated ○. */
    single: z.number(),
    /** Per theme the topics ask for that the specialist handles. */
    theme: z.number(),
    /** When the specialist's industries cover the company's. */
    industry: z.number(),
    /** When the specialist lists the company's prefecture rather than reaching it through 全国. */
    explicitRegion: z.number(),
  }),
});
export type MatchingRules = z.infer<typeof MatchingRules>;

/** The FY2024 matching rules, validated on load. */
export const matchingRules: MatchingRules = MatchingRules.parse(json);
