/**
 * A generated row, keyed by column id, holding codes as the reader returns them: a code for a
 * single answer, codes for a multiple answer (JIS codes for prefectures, `nationwide` for 全国),
 * a number for scale and integer answers, text for ids and free text; null when blank.
 */
export type Cell = string | number | readonly string[] | null;
export type Row = Readonly<Record<string, Cell>>;
