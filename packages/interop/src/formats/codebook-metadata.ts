import type { Codebook } from '@smesec/survey';

/** The metadata key under which Arrow and Parquet files carry their codebook, as JSON. */
export const CODEBOOK_METADATA_KEY = 'smesec:codebook';

/**
 * Key-value metadata that lets a file explain itself: the codebook (JSON, the format
 * `codebook.schema.json` describes) and the instrument id. Readers expose it as
 * `pyarrow.parquet.read_metadata(f).metadata`, DuckDB's `parquet_kv_metadata()`, or Arrow
 * schema metadata.
 */
export function codebookMetadata(codebook: Codebook): { key: string; value: string }[] {
  return [
    { key: CODEBOOK_METADATA_KEY, value: JSON.stringify(codebook) },
    { key: 'smesec:instrument', value: codebook.id },
  ];
}
