import { describe, expect, test } from 'vitest';
import { fy2024 } from './fy2024.js';
import { codebookSetFromJson, CodebookError } from './from-json.js';
import { Codebook } from './schema.js';

describe('the built-in FY2024 codebooks', () => {
  test('four instruments, as docs/codebook.md describes them', () => {
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

  test('serialise to JSON and back unchanged', () => {
    const text = JSON.stringify(fy2024);
    expect(codebookSetFromJson(text)).toEqual(fy2024);
  });
});

describe('codebook validation', () => {
  const base = { id: 'x', label: 'X', columns: [{ id: 'a', label: 'A', type: 'single', options: [{ code: 'y', label: 'はい' }] }] };

  test('duplicate column ids and option codes are rejected', () => {
    const dup = { ...base, columns: [...base.columns, { id: 'a', label: 'A2', type: 'text' }] };
    expect(Codebook.safeParse(dup).error?.issues.map((i) => i.message)).toEqual(['duplicate column id a']);
    const opt = { ...base, columns: [{ ...base.columns[0], options: [{ code: 'y', label: 'はい' }, { code: 'y', label: 'いいえ' }] }] };
    expect(Codebook.safeParse(opt).error?.issues.map((i) => i.message)).toEqual(['duplicate option code y in a']);
  });

  test('a condition must name a single-response column and its codes', () => {
    const cond = (askedWhen: object) => ({ ...base, columns: [...base.columns, { id: 'b', label: 'B', type: 'text', askedWhen }] });
    expect(Codebook.safeParse(cond({ column: 'zz', in: ['y'] })).error?.issues[0]?.message).toBe('askedWhen refers to unknown column zz');
    expect(Codebook.safeParse(cond({ column: 'a', in: ['n'] })).error?.issues[0]?.message).toBe('askedWhen code n is not an option of a');
    expect(Codebook.safeParse(cond({ column: 'a', in: ['y'] })).success).toBe(true);
  });

  test('a broken codebook file lists every problem with its path', () => {
    const err = (() => {
      try {
        codebookSetFromJson(JSON.stringify({ id: 'x', label: 'X', columns: [{ id: '1a', label: '', type: 'single', options: [] }] }), { file: 'codebook.json' });
      } catch (e) {
        return e as CodebookError;
      }
    })();
    expect(err).toBeInstanceOf(CodebookError);
    expect(err!.message).toMatch(/^codebook\.json: invalid codebook:/);
    expect(err!.problems.length).toBeGreaterThanOrEqual(3);
    expect(() => codebookSetFromJson('{', { file: 'c.json' })).toThrow(/c\.json: invalid codebook:\n {2}not valid JSON/);
  });
});
