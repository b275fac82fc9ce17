import { codebookSetFromJson } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { fy2024, fy2024Programme } from './fy2024.js';
import { ProgrammeCodebookError, programmeFromJson } from './programme.js';

describe('the built-in FY2024 codebooks', () => {
  test('four instruments, as docs/codebook.md lays them out', () => {
    expect(fy2024.instruments.map((c) => [c.id, c.file, c.columns.length])).toEqual([
      ['experts', 'experts.csv', 68],
      ['attendees', 'attendees.csv', 14],
      ['consultations', 'consultations.csv', 6],
      ['guidance', 'guidance.csv', 9],
    ]);
    const experts = fy2024.instruments[0]!;
    expect(experts.columns.filter((c) => c.type === 'scale')).toHaveLength(45);
    expect(experts.columns.filter((c) => c.personal).map((c) => c.id)).toEqual(['name', 'riss_number', 'email', 'organization', 'achievements', 'self_pr']);
  });

  test('serialise to JSON and back unchanged, as a codebook set and as a programme', () => {
    const text = JSON.stringify(fy2024);
    expect(codebookSetFromJson(text)).toEqual(fy2024);
    expect(programmeFromJson(`\uFEFF${text}`).codebooks).toEqual(fy2024);
  });

  test('the rules the report reads are typed', () => {
    expect(fy2024Programme.experts.rules.skills.groups.map((g) => [g.id, g.domains])).toEqual([
      ['S2_S3', ['S2', 'S3']],
      ['S5_S6', ['S5', 'S6']],
    ]);
    expect(fy2024Programme.guidance.rules.guided).toEqual({ column: 'status', in: ['done'] });
    expect(fy2024Programme.experts.rules.activeList.exclusions.map((e) => e.reason)).toEqual(['no_skill_answers', 'employer_prohibits', 'no_consent']);
  });
});

// The edits reach deep into plain JSON, which is untyped by nature.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The FY2024 set as JSON, changed by `edit`, checked: the error lines, or [] when it passes. */
function problems(edit: (set: { instruments: Json[] }) => void): string[] {
  const set = JSON.parse(JSON.stringify(fy2024)) as { instruments: Json[] };
  edit(set);
  try {
    programmeFromJson(JSON.stringify(set));
    return [];
  } catch (e) {
    if (!(e instanceof ProgrammeCodebookError)) throw e;
    expect(e.exitCode).toBe(1);
    return e.message.split('\n');
  }
}

describe('a codebook.json the report cannot use is reported line by line, with its JSON path', () => {
  test('a skills statistic that is not one of the known ones', () => {
    expect(problems((s) => (s.instruments[0]!.rules.skills.ability.statistic = 'median'))).toEqual([
      expect.stringMatching(/^codebook\.json:instruments\[0\]\.rules\.skills\.ability\.statistic: /),
    ]);
  });

  test('a skill column that is missing or not a scale, a group of an unknown domain', () => {
    const lines = problems((s) => {
      const skills = s.instruments[0]!.rules.skills;
      skills.domains[0].subitems[0].columns[1] = 'nope';
      skills.domains[0].subitems[1].columns[0] = 'affiliation';
      skills.groups[1].domains = ['S5', 'S9'];
    });
    expect(lines).toEqual([
      'codebook.json:instruments[0].rules.skills.domains[0].subitems[0].columns[1]: skill column nope is not a column of experts',
      'codebook.json:instruments[0].rules.skills.domains[0].subitems[1].columns[0]: skill column affiliation must be a scale, it is single',
      'codebook.json:instruments[0].rules.skills.groups[1].domains[1]: S9 is not a skill domain (S1, S2, S3, S4, S5, S6)',
    ]);
  });

  test('active-list fields, conditions on unknown options, a missing instrument, a column of the wrong type', () => {
    const lines = problems((s) => {
      s.instruments[0]!.rules.activeList.publicFields.push('hobbies');
      s.instruments[3]!.rules.guided.in = ['completed'];
      s.instruments[1]!.columns = s.instruments[1]!.columns.map((c: { id: string }) => (c.id === 'people' ? { ...c, type: 'text' } : c));
      s.instruments.splice(2, 1);
    });
    expect(lines).toEqual([
      'codebook.json:instruments[0].rules.activeList.publicFields[10]: hobbies is not a column of experts',
      'codebook.json:instruments[1].columns[4].type: the report reads people as integer, not text',
      'codebook.json:instruments: the report needs the instrument consultations, which is missing',
      'codebook.json:instruments[2].rules.guided.in[0]: completed is not an option of status',
    ]);
  });

  test('missing rules and bad JSON', () => {
    expect(problems((s) => delete s.instruments[1]!.rules.wantsConsultation)).toEqual([expect.stringMatching(/^codebook\.json:instruments\[1\]\.rules\.wantsConsultation: /)]);
    expect(() => programmeFromJson('{')).toThrow(/^codebook\.json:\(root\): not valid JSON/);
  });
});
