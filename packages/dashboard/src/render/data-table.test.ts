import { expect, test } from 'vitest';
import { dataTable } from './data-table.js';

test('a column of changes in points shows +4.0 and -0.4, and keeps the raw value for the CSV', () => {
  const out = String(
    dataTable({
      id: 't',
      title: 'T',
      columns: [
        { key: 'label', header: '区分', kind: 'text' },
        { key: 'change', header: '増減（ポイント）', kind: 'points' },
      ],
      rows: [
        { label: 'a', change: 4 },
        { label: 'b', change: -0.4 },
      ],
    }),
  );
  expect(out).toContain('+4.0');
  expect(out).toContain('-0.4');
  expect(out).toMatch(/data-v="4"/);
});
