/**
 * The examples of the package READMEs that have no README test of their own: each is the code
 * between the markers of `readme/<package>.ts`, found verbatim in the README, run as a script,
 * with its output compared with `output/readme-<package>.txt`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** What each example must print, beside the golden file. */
const KEY_LINES: Record<string, string> = {
  survey: 'utf-8-bom valid 100 5',
  report: '105 35 221',
  dashboard: '<table><tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>42</td></tr></table><svg role="img"></svg>',
  interop: '221 false true true',
};

describe.concurrent('package README examples', () => {
  test.for(Object.keys(KEY_LINES))('%s', async (name, { expect }) => {
    const source = readFileSync(join(here, 'readme', `${name}.ts`), 'utf8');
    const code = /\/\/ --- README example: begin\n([\s\S]*?)\/\/ --- README example: end/.exec(source)![1]!;
    expect(readFileSync(join(root, 'packages', name, 'README.md'), 'utf8')).toContain(code.trimEnd());
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(here, 'readme', `${name}.ts`)], { cwd: root, encoding: 'utf8' });
    expect(stdout.split('\n')).toContain(KEY_LINES[name]);
    await expect(stdout).toMatchFileSnapshot(`output/readme-${name}.txt`);
  });
});
