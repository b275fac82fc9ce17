import { activeListRulesOf, skillSchemeOf } from '@smesec/experts';
import type { CodebookSet } from '@smesec/survey';

/** The instruments the annual report is built from, each a section of it. */
export const REPORT_INSTRUMENTS = ['experts', 'attendees', 'consultations', 'guidance'] as const;

/** A codebook that the schema accepts but the annual report cannot be built from: exit 1, `codebook.json:<path>: <message>`. */
export class ReportCodebookError extends Error {
  readonly exitCode = 1;
}

/**
 * What the report needs of a codebook beyond its schema, checked before any input is read, so that
 * a codebook from another programme or a half-edited one gives one line naming where it falls
 * short instead of a stack trace half-way through the report: the four instruments, and the
 * experts instrument's skill scheme and active-list rules.
 */
export function checkReportCodebook(set: CodebookSet, { file = 'codebook.json' }: { file?: string } = {}): void {
  // A file holding one instrument is read as a set of it, under the instrument's own id.
  const single = set.instruments.length === 1 && set.id === set.instruments[0]!.id;
  const ids = set.instruments.map((c) => c.id);
  const missing = REPORT_INSTRUMENTS.filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    throw new ReportCodebookError(
      `${file}:${single ? '(root)' : 'instruments'}: the annual report needs the instruments ${REPORT_INSTRUMENTS.join(', ')}; missing ${missing.join(', ')} (the codebook has ${ids.join(', ') || 'none'})`,
    );
  }
  const i = ids.indexOf('experts');
  const experts = set.instruments[i]!;
  for (const [rule, check] of [['skills', skillSchemeOf], ['activeList', activeListRulesOf]] as const) {
    try {
      check(experts);
    } catch (e) {
      const why = (e as Error).message.replace(/^codebook [^:]*: /, '');
      throw new ReportCodebookError(`${file}:${single ? '' : `instruments.${i}.`}rules.${rule}: ${experts.rules[rule] === undefined ? `missing; the report scores skills and builds the active list from it` : why}`);
    }
  }
}
