import type { Codebook, CodebookSet, Column } from './schema.js';

/**
 * A codebook whose instrument id and column ids are known literally (the built-in ones, typed
 * from their JSON by `pnpm codebook:types`): `tabulate(table, '…', { codebook })` then
 * autocompletes and checks the column id.
 */
export type TypedCodebook<I extends string = string, C extends string = string> = Codebook & {
  readonly id: I;
  readonly columns: (Column & { readonly id: C })[];
};

/** A codebook set whose instruments are typed codebooks, from a map of instrument id to column ids. */
export type TypedCodebookSet<M extends object> = CodebookSet & {
  readonly instruments: { [K in keyof M & string]: TypedCodebook<K, M[K] & string> }[keyof M & string][];
};

/** The column ids of a codebook: a union of literals for a typed codebook, `string` otherwise. */
export type ColumnId<CB extends Codebook = Codebook> = CB['columns'][number]['id'];

/** The instrument ids of a codebook set. */
export type InstrumentId<S extends CodebookSet> = S['instruments'][number]['id'];

/** The codebook of instrument K of set S: typed for a typed set, `Codebook` otherwise. */
export type InstrumentOf<S extends CodebookSet, K extends string> = string extends InstrumentId<S> ? Codebook : Extract<S['instruments'][number], { readonly id: K }>;
