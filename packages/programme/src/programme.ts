import { ActiveListRules, SkillScheme, skillColumns } from '@smesec/experts';
import { Code, Codebook, CodebookSet, Condition, type ColumnType } from '@smesec/survey';
import { z } from 'zod';

/**
 * Domains reported together (e.g. S2・S3 as the strengths): the share of a class over the group's
 * domains. A year's report chooses its groups in the codebook, not in code.
 */
export const SkillGroup = z.object({
  id: Code,
  /** How the report names the group (e.g. リスクの識別、対策の実践). */
  label: z.string().min(1),
  domains: z.array(z.string()).min(1),
  /** The ability class the report quotes for the group (default: the group's most common class). */
  class: Code.optional(),
});
export type SkillGroup = z.infer<typeof SkillGroup>;

/** The experts' skill scheme as the report reads it: the scoring rules plus the reported groups. */
export const ProgrammeSkills = SkillScheme.and(z.object({ groups: z.array(SkillGroup).default([]) }));
export type ProgrammeSkills = z.infer<typeof ProgrammeSkills>;

/** `rules` of the experts instrument. */
export const ExpertsRules = z.object({
  skills: ProgrammeSkills,
  activeList: ActiveListRules,
  /** Who has a connection with a chamber of commerce (the chamber coverage map). */
  chamberConnection: Condition,
});
export type ExpertsRules = z.infer<typeof ExpertsRules>;

/** `rules` of the attendees instrument. */
export const AttendeesRules = z.object({
  /** Attendees who want an individual consultation (the funnel's second step). */
  wantsConsultation: Condition,
});
export type AttendeesRules = z.infer<typeof AttendeesRules>;

/** `rules` of the consultations instrument. */
export const ConsultationsRules = z.object({
  /** Consulted companies that want management guidance. */
  wantsGuidance: Condition,
});
export type ConsultationsRules = z.infer<typeof ConsultationsRules>;

/** `rules` of the guidance instrument. */
export const GuidanceRules = z.object({
  /** Assignments carried out (the base of the theme and best-practice tables). */
  guided: Condition,
  /** Guided companies published as a best practice. */
  bestPractice: Condition,
});
export type GuidanceRules = z.infer<typeof GuidanceRules>;

const RULES = { experts: ExpertsRules, attendees: AttendeesRules, consultations: ConsultationsRules, guidance: GuidanceRules } as const;
type Instrument = keyof typeof RULES;
type RulesOf = { [K in Instrument]: z.infer<(typeof RULES)[K]> };

/**
 * Columns the analysis reads, by instrument, with the types it reads them as. A codebook of
 * another year may add, drop or rename options freely, but these must be there.
 */
const READS: Readonly<Record<Instrument, Readonly<Record<string, readonly ColumnType[]>>>> = {
  experts: { experience_years: ['single'], affiliation: ['single'], residence_prefecture: ['prefecture'], support_regions: ['multi-prefecture'] },
  attendees: { session_id: ['single'], chamber: ['single'], industry: ['single'], people: ['integer'] },
  consultations: {},
  guidance: { region: ['single'], theme: ['single'], visits: ['integer'] },
};

/** One instrument with its typed rules. */
export interface ProgrammeInstrument<R> {
  readonly codebook: Codebook;
  readonly rules: R;
}

/** A year's codebooks, checked: the four instruments the report needs, each with its typed rules. */
export interface Programme {
  /** The codebook set, as the survey reader takes it. */
  readonly codebooks: CodebookSet;
  readonly experts: ProgrammeInstrument<ExpertsRules>;
  readonly attendees: ProgrammeInstrument<AttendeesRules>;
  readonly consultations: ProgrammeInstrument<ConsultationsRules>;
  readonly guidance: ProgrammeInstrument<GuidanceRules>;
}

/** A problem of a codebook, at a JSON path of the file. */
export interface CodebookProblem {
  readonly path: string;
  readonly message: string;
}

/** Thrown when a codebook set is not one the report can read; lists every problem, one line each. */
export class ProgrammeCodebookError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly file: string,
    readonly problems: readonly CodebookProblem[],
  ) {
    // The schema and the cross-checks can find the same problem (a rule missing is both): once each.
    super([...new Set(problems.map((p) => `${file}:${p.path}: ${p.message}`))].join('\n'));
    this.name = 'ProgrammeCodebookError';
  }
}

/** `instruments[0].rules.skills.ability.statistic`: the path as a reader of the JSON finds it. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(root)' : out;
}

const problemsOf = (error: z.ZodError, prefix: readonly PropertyKey[] = []): CodebookProblem[] =>
  error.issues.map((i) => ({ path: jsonPath([...prefix, ...i.path]), message: i.message }));

/** A condition names a single-response column of the instrument and some of its options. */
function checkCondition(cb: Codebook, cond: Condition, at: readonly PropertyKey[], out: CodebookProblem[]): void {
  const col = cb.columns.find((c) => c.id === cond.column);
  if (!col) {
    out.push({ path: jsonPath([...at, 'column']), message: `${cond.column} is not a column of ${cb.id}` });
  } else if (col.type !== 'single') {
    out.push({ path: jsonPath([...at, 'column']), message: `${cond.column} must be a single-response column, it is ${col.type}` });
  } else {
    for (const [j, code] of cond.in.entries()) {
      if (!col.options.some((o) => o.code === code)) out.push({ path: jsonPath([...at, 'in', j]), message: `${code} is not an option of ${cond.column}` });
    }
  }
}

function crossCheck(id: Instrument, cb: Codebook, rules: RulesOf[Instrument], at: readonly PropertyKey[], out: CodebookProblem[]): void {
  for (const [column, types] of Object.entries(READS[id])) {
    const col = cb.columns.find((c) => c.id === column);
    if (!col) out.push({ path: jsonPath([...at, 'columns']), message: `the report reads column ${column} of ${cb.id} (${types.join(' or ')}), which is missing` });
    else if (!types.includes(col.type)) out.push({ path: jsonPath([...at, 'columns', cb.columns.indexOf(col), 'type']), message: `the report reads ${column} as ${types.join(' or ')}, not ${col.type}` });
  }
  const r = [...at, 'rules'];
  for (const [key, value] of Object.entries(rules)) {
    if (value && typeof value === 'object' && 'column' in value && 'in' in value) checkCondition(cb, value as Condition, [...r, key], out);
  }
  if (id !== 'experts') return;
  const { skills, activeList } = rules as ExpertsRules;
  const domains = new Set(skills.domains.map((d) => d.id));
  for (const [i, d] of skills.domains.entries()) {
    for (const [j, sub] of d.subitems.entries()) {
      for (const [k, c] of sub.columns.entries()) {
        const col = cb.columns.find((x) => x.id === c);
        const path = jsonPath([...r, 'skills', 'domains', i, 'subitems', j, 'columns', k]);
        if (!col) out.push({ path, message: `skill column ${c} is not a column of ${cb.id}` });
        else if (col.type !== 'scale') out.push({ path, message: `skill column ${c} must be a scale, it is ${col.type}` });
      }
    }
  }
  const classes = new Set<string>();
  for (const [i, c] of skills.ability.classes.entries()) {
    if (classes.has(c.code)) out.push({ path: jsonPath([...r, 'skills', 'ability', 'classes', i, 'code']), message: `duplicate ability class ${c.code}` });
    classes.add(c.code);
  }
  for (const [i, g] of skills.groups.entries()) {
    if (g.class !== undefined && !classes.has(g.class)) out.push({ path: jsonPath([...r, 'skills', 'groups', i, 'class']), message: `${g.class} is not an ability class (${[...classes].join(', ')})` });
    for (const [j, d] of g.domains.entries()) {
      if (!domains.has(d)) out.push({ path: jsonPath([...r, 'skills', 'groups', i, 'domains', j]), message: `${d} is not a skill domain (${[...domains].join(', ')})` });
    }
  }
  for (const field of ['publicFields', 'contactFields'] as const) {
    for (const [i, f] of activeList[field].entries()) {
      if (!cb.columns.some((c) => c.id === f)) out.push({ path: jsonPath([...r, 'activeList', field, i]), message: `${f} is not a column of ${cb.id}` });
    }
  }
  for (const [i, ex] of activeList.exclusions.entries()) {
    if ('column' in ex.when) checkCondition(cb, { column: ex.when.column, in: ex.when.in }, [...r, 'activeList', 'exclusions', i, 'when'], out);
  }
  if (skillColumns(skills).length === 0) out.push({ path: jsonPath([...r, 'skills', 'domains']), message: 'no skill columns' });
}

/**
 * Check a parsed JSON value as the programme's codebook set: the survey's codebook schema, then
 * the four instruments the report needs with their typed rules, then the cross-checks (skill
 * columns exist and are scales, list fields exist, conditions name options). Every problem is
 * listed with its JSON path.
 */
export function programmeFromValue(json: unknown, { file = 'codebook.json' }: { file?: string } = {}): Programme {
  // A single instrument's codebook is accepted as a set of one (as the survey reader accepts it), so
  // that its own problems are listed at their paths before the missing instruments are.
  if (json && typeof json === 'object' && !('instruments' in json)) {
    const one = Codebook.safeParse(json);
    if (!one.success) throw new ProgrammeCodebookError(file, problemsOf(one.error));
    json = { id: one.data.id, label: one.data.label, instruments: [one.data] };
  }
  const set = CodebookSet.safeParse(json);
  if (!set.success) throw new ProgrammeCodebookError(file, problemsOf(set.error));
  const problems: CodebookProblem[] = [];
  const found: Partial<{ [K in Instrument]: ProgrammeInstrument<RulesOf[K]> }> = {};
  for (const id of Object.keys(RULES) as Instrument[]) {
    const i = set.data.instruments.findIndex((c) => c.id === id);
    if (i < 0) {
      problems.push({ path: 'instruments', message: `the report needs the instrument ${id}, which is missing` });
      continue;
    }
    const cb = set.data.instruments[i]!;
    const rules = RULES[id].safeParse(cb.rules);
    if (!rules.success) {
      problems.push(...problemsOf(rules.error, ['instruments', i, 'rules']));
      continue;
    }
    const before = problems.length;
    crossCheck(id, cb, rules.data, ['instruments', i], problems);
    if (problems.length === before) Object.assign(found, { [id]: { codebook: cb, rules: rules.data } });
  }
  if (problems.length > 0) throw new ProgrammeCodebookError(file, problems);
  const { experts, attendees, consultations, guidance } = found as Required<typeof found>;
  return { codebooks: set.data, experts, attendees, consultations, guidance };
}

/** Parse a `codebook.json` (UTF-8, with or without a BOM) as the programme's codebook set. */
export function programmeFromJson(text: string, { file = 'codebook.json' }: { file?: string } = {}): Programme {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ProgrammeCodebookError(file, [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return programmeFromValue(json, { file });
}

/** The typed rules of a codebook set already parsed (e.g. the built-in one); throws as `programmeFromValue`. */
export function programmeOf(codebooks: CodebookSet, options: { file?: string } = {}): Programme {
  return programmeFromValue(codebooks, options);
}
