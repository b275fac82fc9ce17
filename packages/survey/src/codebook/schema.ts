import { z } from 'zod';
import type { InstrumentId, InstrumentOf } from './typed.js';

/** A stable ascii code: what outputs are keyed by. Labels are for display only. */
export const Code = z.string().regex(/^[A-Za-z0-9_-]+$/, 'codes are ascii letters, digits, _ and -');
export type Code = z.infer<typeof Code>;

/**
 * Where a published text comes from, as an official cites it: the document's title, publisher and
 * date (null when the document does not print them) and its page (a number, or a range "12–16").
 */
export const PublishedSource = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1).nullable().default(null),
    date: z.string().min(1).nullable().default(null),
    page: z.union([z.number().int().positive(), z.string().regex(/^\d+(–\d+)?$/)]),
  })
  .strict();
export type PublishedSource = z.infer<typeof PublishedSource>;

/** 「title」（publisher、date）p.N: a published source as a report's source line names it. */
export function citePublished(s: PublishedSource): string {
  const by = [s.publisher, s.date].filter((x): x is string => x !== null);
  return `「${s.title}」${by.length > 0 ? `（${by.join('、')}）` : ''}p.${s.page}`;
}

/** One answer option of a single or multiple-response question. */
export const OptionDef = z.object({
  code: Code,
  /** The Japanese label exactly as the questionnaire prints it. */
  label: z.string().min(1),
  /** What the option means, as the published report describes it (e.g. a guidance theme's content). */
  description: z.string().min(1).optional(),
  /** Where `description` is published. */
  descriptionSource: PublishedSource.optional(),
  /** Other spellings accepted in cells (matched after normalisation). */
  aliases: z.array(z.string()).default([]),
  /** Only for multi: the option cannot be combined with others (e.g. 該当なし). */
  exclusive: z.boolean().default(false),
});
export type OptionDef = z.infer<typeof OptionDef>;

/** A question asked only when another column's answer is one of `in` (codes). */
export const Condition = z.object({
  column: z.string(),
  in: z.array(Code).min(1),
});
export type Condition = z.infer<typeof Condition>;

const common = {
  /** Column id: the canonical header and the key of every output. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  /** The question text (Japanese); also accepted as a header. */
  label: z.string().min(1),
  /** Other headers accepted for this column (e.g. a survey tool's question text). */
  aliases: z.array(z.string()).default([]),
  /** Personal data never reaches a public output unless a publication rule allows it. */
  personal: z.boolean().default(false),
  /** The column must be present in the header row. */
  required: z.boolean().default(true),
  /** Asked only when another answer is one of the given codes; otherwise it must be blank. */
  askedWhen: Condition.optional(),
  /** Free documentation for analysts. */
  description: z.string().optional(),
};

export const IdColumn = z.object({
  ...common,
  type: z.literal('id'),
  /** Values must be unique within the file (a respondent id); false for a foreign key column. */
  unique: z.boolean().default(true),
  /** Every value must exist in another instrument's column. */
  references: z.object({ instrument: z.string(), column: z.string() }).optional(),
});
export const SingleColumn = z.object({ ...common, type: z.literal('single'), options: z.array(OptionDef).min(1) });
export const MultiColumn = z.object({ ...common, type: z.literal('multi'), options: z.array(OptionDef).min(1) });
export const ScaleColumn = z.object({
  ...common,
  type: z.literal('scale'),
  min: z.number().int(),
  max: z.number().int(),
  /** Labels of scale points; a cell may hold the number or the label. */
  points: z.array(z.object({ value: z.number().int(), label: z.string() })).default([]),
});
export const IntegerColumn = z.object({
  ...common,
  type: z.literal('integer'),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** Unit shown after a value (回, 人). */
  unit: z.string().optional(),
});
export const NumberColumn = z.object({
  ...common,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
});
export const TextColumn = z.object({ ...common, type: z.literal('text'), maxLength: z.number().int().positive().optional() });
export const DateColumn = z.object({ ...common, type: z.literal('date') });
export const PrefectureColumn = z.object({ ...common, type: z.literal('prefecture') });
export const MultiPrefectureColumn = z.object({
  ...common,
  type: z.literal('multi-prefecture'),
  /** The option meaning all 47 prefectures (全国). */
  nationwide: OptionDef.optional(),
});
/** A list of free strings (e.g. names of organisers), separated like multi cells, not validated against options. */
export const ListColumn = z.object({ ...common, type: z.literal('list') });

export const Column = z.discriminatedUnion('type', [
  IdColumn,
  SingleColumn,
  MultiColumn,
  ScaleColumn,
  IntegerColumn,
  NumberColumn,
  TextColumn,
  DateColumn,
  PrefectureColumn,
  MultiPrefectureColumn,
  ListColumn,
]);
export type Column = z.infer<typeof Column>;
export type ColumnType = Column['type'];

/** A codebook: the serialisable (JSON) description of one instrument, i.e. one CSV file. */
export const Codebook = z
  .object({
    /** Instrument id, used in figure ids (`experts`, `attendees`, …). */
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
    /** The instrument's Japanese title. */
    label: z.string(),
    /** The file it is read from by default. */
    file: z.string().optional(),
    /** Cell values meaning "no answer" besides an empty cell (compared after normalisation). */
    missing: z.array(z.string()).default(['無回答']),
    /** Separators of multiple-response cells (after NFKC `；` is `;`). */
    separators: z.array(z.string().min(1)).default([';']),
    columns: z.array(Column).min(1),
    /** Instrument-specific rules read by other packages (skill scoring, list eligibility, …). */
    rules: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((cb, ctx) => {
    const ids = new Set<string>();
    for (const [i, col] of cb.columns.entries()) {
      if (ids.has(col.id)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'id'], message: `duplicate column id ${col.id}` });
      ids.add(col.id);
      if ('options' in col) {
        const codes = new Set<string>();
        for (const [j, o] of col.options.entries()) {
          if (codes.has(o.code)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'options', j, 'code'], message: `duplicate option code ${o.code} in ${col.id}` });
          codes.add(o.code);
        }
      }
    }
    for (const [i, col] of cb.columns.entries()) {
      const cond = col.askedWhen;
      if (!cond) continue;
      const target = cb.columns.find((c) => c.id === cond.column);
      if (!target) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'askedWhen', 'column'], message: `askedWhen refers to unknown column ${cond.column}` });
      } else if (target.type !== 'single') {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'askedWhen', 'column'], message: `askedWhen must refer to a single-response column, ${cond.column} is ${target.type}` });
      } else {
        for (const code of cond.in) {
          if (!target.options.some((o) => o.code === code)) {
            ctx.addIssue({ code: 'custom', path: ['columns', i, 'askedWhen', 'in'], message: `askedWhen code ${code} is not an option of ${cond.column}` });
          }
        }
      }
    }
  });
export type Codebook = z.infer<typeof Codebook>;
/** The JSON a codebook file holds, before defaults are filled in. */
export type CodebookInput = z.input<typeof Codebook>;

/** Several instruments read together (a study year): what a data folder's `codebook.json` holds. */
export const CodebookSet = z.object({
  /** e.g. `fy2024`. */
  id: z.string(),
  /** e.g. 令和6年度. */
  label: z.string(),
  instruments: z.array(Codebook).min(1),
});
export type CodebookSet = z.infer<typeof CodebookSet>;
export type CodebookSetInput = z.input<typeof CodebookSet>;

/** Find a column by id, or throw: a programming error, not a data error. */
export function columnOf(codebook: Codebook, id: string): Column {
  const col = codebook.columns.find((c) => c.id === id);
  if (!col) throw new Error(`codebook ${codebook.id} has no column ${id}`);
  return col;
}

/** Find an instrument of a set by id, or throw. A typed set (such as `fy2024`) gives a typed codebook. */
export function instrumentOf<S extends CodebookSet, K extends InstrumentId<S>>(set: S, id: K): InstrumentOf<S, K>;
export function instrumentOf(set: CodebookSet, id: string): Codebook;
export function instrumentOf(set: CodebookSet, id: string): Codebook {
  const cb = set.instruments.find((c) => c.id === id);
  if (!cb) throw new Error(`codebook set ${set.id} has no instrument ${id}`);
  return cb;
}
