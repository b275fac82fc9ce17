import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const ci = readFileSync(new URL('.ci/run', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { packageManager: string; scripts: Record<string, string> };

/** The README's first shell block: its first two commands are the whole set-up. */
const firstCommands = () => {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block.split('\n').filter((l) => l.trim() !== '');
};

describe('README set-up', () => {
  test('its first two commands build the report and run every test', () => {
    const [build, tests] = firstCommands();
    expect(build).toMatch(/pnpm report$/);
    expect(tests).toMatch(/pnpm test$/);
  });

  test('.ci/run runs exactly those two commands', () => {
    const [build, tests] = firstCommands();
    const lines = ci.split('\n');
    expect(lines).toContain(build);
    expect(lines).toContain(tests);
  });

  test('the pnpm it installs is the pinned packageManager', () => {
    const version = pkg.packageManager.replace('pnpm@', '');
    expect(firstCommands()[0]).toContain(`npm install -g pnpm@${version}`);
  });

  test('pnpm test runs the type check, lint and vitest', () => {
    expect(pkg.scripts['test']).toBe('pnpm typecheck && pnpm lint && vitest run');
  });
});
