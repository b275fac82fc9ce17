import attendees from './fy2024/attendees.json' with { type: 'json' };
import consultations from './fy2024/consultations.json' with { type: 'json' };
import experts from './fy2024/experts.json' with { type: 'json' };
import guidance from './fy2024/guidance.json' with { type: 'json' };
import type { ColumnIds } from './fy2024/column-ids.js';
import { CodebookSet } from './schema.js';
import type { TypedCodebookSet } from './typed.js';

/**
 * The built-in codebooks of the FY2024 (令和6年度) programme: the four instruments
 * as data (`fy2024/*.json`), validated on load.
 */
export const fy2024: TypedCodebookSet<ColumnIds> = CodebookSet.parse({
  id: 'fy2024',
  label: '令和6年度',
  instruments: [experts, attendees, consultations, guidance],
}) as TypedCodebookSet<ColumnIds>;
