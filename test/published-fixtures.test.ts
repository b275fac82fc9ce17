import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dir = new URL('./fixtures/published/', import.meta.url);
const readme = readFileSync(new URL('README.md', dir), 'utf8');
const shared = new URL('../../shared/', import.meta.url);
const originals: Record<string, string> = { 'published-figures.json': 'spec/published-figures.json', 'check-figures.mjs': 'tools/check-figures.mjs' };

describe('the vendored published figures', () => {
  test.each(Object.keys(originals))('%s has the hash its README records', (file) => {
    const hash = createHash('sha256').update(readFileSync(new URL(file, dir))).digest('hex');
    expect(readme).toContain(`| ${hash} |`);
  });

  test('equal the originals wherever shared/ sits beside the repository', () => {
    const present = Object.entries(originals).filter(([, path]) => existsSync(new URL(path, shared)));
    for (const [file, path] of present) expect(readFileSync(new URL(file, dir)), file).toEqual(readFileSync(new URL(path, shared)));
    expect(readFileSync(new URL('published-figures.json', dir), 'utf8')).toContain('"targets"');
  });
});
