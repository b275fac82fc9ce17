import { z } from 'zod';
import json from './support-menus.json' with { type: 'json' };

const code = z.string().regex(/^[a-z0-9_]+$/);
/** Where an entry comes from: the report's own wording (`seed`) or this project's choice (`decision`). */
const Source = z.enum(['seed', 'decision']);

/** A skill domain a specialist must hold at `min` (a rating code, e.g. `single` = ○) or better. */
export const SkillRequirement = z.object({ domain: z.string(), min: z.string() });
export type SkillRequirement = z.infer<typeof SkillRequirement>;

/**
 * What a specialist must offer for a support content. `themes` and `skills` are needs (all of
 * them), `forms` are alternatives (any of them), as a request for a lecture is met by 講演・研修
 * whatever else the specialist offers.
 */
export const Requirement = z.object({
  /** Guidance themes (`guidance_themes` codes), every one required. */
  themes: z.array(z.string()).default([]),
  /** Skill domains at a minimum rating, every one required. */
  skills: z.array(SkillRequirement).default([]),
  /** Support forms (`support_forms` codes), at least one required. */
  forms: z.array(z.string()).default([]),
});
export type Requirement = z.infer<typeof Requirement>;

/** A Step 2 support content (具体的に希望される支援内容). */
export const SupportContent = z.object({
  code,
  label: z.string(),
  /** The heading it sits under on the Step 2 screen, when the screen groups contents. */
  group: z.string().optional(),
  source: Source,
  require: Requirement,
});
export type SupportContent = z.infer<typeof SupportContent>;

/** A heading of the Step 2 screen with its example request (例：…). */
export const SupportGroup = z.object({ code, label: z.string(), example: z.string(), source: Source });
export type SupportGroup = z.infer<typeof SupportGroup>;

/** A Step 1 menu (ご希望の支援メニュー), （ア）〜（オ）. */
export const SupportMenu = z.object({
  code,
  /** The katakana the screen numbers it with (ア, イ, …). */
  mark: z.string(),
  label: z.string(),
  source: Source,
  groups: z.array(SupportGroup).default([]),
  contents: z.array(SupportContent).min(1),
});
export type SupportMenu = z.infer<typeof SupportMenu>;

/** The support-menu catalogue: the screens' menus and contents as data, and the theme → domain links used for ranking. */
export const SupportMenuCatalogue = z
  .object({
    id: z.string(),
    description: z.string().optional(),
    menus: z.array(SupportMenu).min(1),
    /** Skill domains relevant to each guidance theme: they rank, they never filter. */
    themeDomains: z.record(z.string(), z.array(z.string())),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    for (const [i, m] of c.menus.entries()) {
      for (const [j, content] of m.contents.entries()) {
        // Contents are addressed by code alone in a query, so codes are unique across menus.
        if (seen.has(content.code)) ctx.addIssue({ code: 'custom', path: ['menus', i, 'contents', j, 'code'], message: `duplicate content code ${content.code}` });
        seen.add(content.code);
        if (content.group !== undefined && !m.groups.some((g) => g.code === content.group)) {
          ctx.addIssue({ code: 'custom', path: ['menus', i, 'contents', j, 'group'], message: `unknown group ${content.group} in menu ${m.code}` });
        }
      }
    }
  });
export type SupportMenuCatalogue = z.infer<typeof SupportMenuCatalogue>;

/** The FY2024 catalogue (`support-menus.json`), validated on load. */
export const supportMenus: SupportMenuCatalogue = SupportMenuCatalogue.parse(json);
