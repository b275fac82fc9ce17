/**
 * Writes the bad-input corpus: `test/fixtures/bad/valid/` (the valid set) and one folder per case
 * of `cases.ts` with its `expected.txt` and `expected.json`. Run after changing a case:
 *
 *     pnpm exec tsx test/bad-input/make-fixtures.ts
 *
 * `corpus.test.ts` fails when a folder differs from what this writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, caseFiles, expectedJson, expectedText } from './cases.js';
import { validFiles } from './valid-set.js';

export const FIXTURES = new URL('../fixtures/bad/', import.meta.url).pathname;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README: where the fixtures come from, and one line per case. */
function readme(): string {
  const rows = CASES.map((c) => {
    const [first = '', ...rest] = c.stderr;
    const more = rest.filter((l) => !/^エラー \d+件/.test(l)).length;
    const result = `exit ${c.status}: \`${cell(first)}\`${more ? ` and ${more} more line${more === 1 ? '' : 's'}` : ''}${c.fixed ? `. **Fixed**: ${cell(c.fixed)}` : ''}`;
    return `| \`${c.id}\` | ${cell(c.broken)} | ${cell(c.behaviour)} | ${result} |`;
  });
  return `${README_HEAD}
| case | what is broken | expected behaviour | result |
|---|---|---|---|
${rows.join('\n')}
`;
}

const README_HEAD = `# Bad input: the corpus

Every folder here is a data folder for \`pnpm report --data test/fixtures/bad/<case>\`: the four
CSV files of \`valid/\` with one thing broken, and what the command must answer:

- \`expected.txt\`: exactly what the command prints on stderr, progress lines left out, with
  \`<data>\` and \`<out>\` standing for the data and output folders;
- \`expected.json\`: the exit status and, for each input file, the data rows read, accepted and
  rejected, as \`validation.json\` must count them (read = accepted + rejected).

## Where the fixtures come from

Nothing here is real data. \`valid/\` is the minimal valid set of
\`test/bad-input/valid-set.ts\`: four experts (見本 太郎, 見本 花子, 架空 一郎, 例示 次郎; two listed,
one whose employer forbids SME support, one with no skill answers who refused listing), four
attending companies, three consultations and two guidance cases, saved as real exports arrive:
\`experts.csv\` and \`guidance.csv\` as Excel's "CSV UTF-8" (BOM, CRLF), \`attendees.csv\` as Excel's
"CSV (comma delimited)" in Shift_JIS with the Japanese question labels as headers and a line
break inside a comment, \`consultations.csv\` as plain UTF-8 with LF.

Each case is made from it by \`test/bad-input/cases.ts\` (which also holds the expected answers),
and written here by

    pnpm exec tsx test/bad-input/make-fixtures.ts

\`test/bad-input/corpus.test.ts\` fails when a folder differs from what the script writes, then
runs every case through the command (as a child process: exit status, the exact stderr, no report
folder after a failure, validation.json counting every row) and through the library (strict mode
throws one \`ValidationError\` with every error, lenient mode returns the accepted and rejected
rows with their reasons).

Two inputs are made at test time instead of being checked in (\`test/bad-input/big-input.test.ts\`):
a 200 MB \`attendees.csv\` (the FY2024 rows copied 4,278 times; also with a quote never closed) and
a 1 MB cell, each read by the command with its peak memory measured (the last run: 375 MB, 402 MB
and 234 MB, against 244 MB for the FY2024 report itself).

Random inputs are in \`test/fuzz/\` (fast-check, fixed seeds): codebook-valid tables written in
every encoding, line ending and quoting read back the same (\`roundtrip.test.ts\`), and valid files
damaged byte by byte never crash the reader (\`corruption.test.ts\`).

A reference into a file that is refused as a whole (it does not decode, or its header is wrong) is
not checked: the file's own error says why, and "does not exist" would be untrue. A reference to a
row that is rejected names that row, and is counted apart from the errors on the last line: fixing
the row it names clears it.

The command speaks Japanese unless given \`--lang en\`; \`expected.txt\` holds the Japanese output.

## Cases
`;

/** Every file the corpus holds, by path relative to test/fixtures/bad/. */
export function corpusFiles(): Map<string, Uint8Array | string> {
  const files = new Map<string, Uint8Array | string>();
  files.set('README.md', readme());
  for (const [name, bytes] of Object.entries(validFiles())) files.set(`valid/${name}`, bytes);
  for (const c of CASES) {
    for (const [name, bytes] of caseFiles(c)) files.set(`${c.id}/${name}`, bytes);
    files.set(`${c.id}/expected.txt`, expectedText(c));
    files.set(`${c.id}/expected.json`, expectedJson(c));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = corpusFiles();
  const folders = new Set([...files.keys()].map((p) => p.split('/')[0]!));
  mkdirSync(FIXTURES, { recursive: true });
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) rmSync(join(FIXTURES, entry.name), { recursive: true });
  for (const [path, content] of files) {
    mkdirSync(join(FIXTURES, path, '..'), { recursive: true });
    writeFileSync(join(FIXTURES, path), content);
  }
  process.stdout.write(`wrote ${files.size} files in ${folders.size} folders under ${FIXTURES}\n`);
}
