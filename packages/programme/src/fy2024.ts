import attendees from './codebook/fy2024/attendees.json' with { type: 'json' };
import consultations from './codebook/fy2024/consultations.json' with { type: 'json' };
import experts from './codebook/fy2024/experts.json' with { type: 'json' };
import guidance from './codebook/fy2024/guidance.json' with { type: 'json' };
import type { TypedCodebookSet } from '@smesec/survey';
import type { ColumnIds } from './codebook/fy2024/column-ids.js';
import { programmeFromValue, type Programme } from './programme.js';

/**
 * The built-in codebooks of the FY2024 (令和6年度) programme, checked as a programme (typed rules
 * and cross-checks) when the module loads.
 */
export const fy2024Programme: Programme = programmeFromValue({ id: 'fy2024', label: '令和6年度', instruments: [experts, attendees, consultations, guidance] }, { file: 'fy2024' });

/** The FY2024 codebook set: the four instruments, as the survey reader takes them. */
export const fy2024: TypedCodebookSet<ColumnIds> = fy2024Programme.codebooks as TypedCodebookSet<ColumnIds>;
