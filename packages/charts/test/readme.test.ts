import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { example } from './readme-example.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('README', () => {
  test('its example is the code this test runs, so it cannot rot', async () => {
    const source = readFileSync(join(here, 'readme-example.ts'), 'utf8');
    const body = /\/\/ --- README example: begin\n([\s\S]*?)\s*\/\/ --- README example: end/.exec(source)![1]!;
    const code = body.split('\n').map((l) => l.replace(/^ {2}/, '')).join('\n');
    const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
    expect(readme).toContain(code);
    const svg = await example();
    expect(svg).toContain('aria-label="支援を得意とする業種"');
    expect(svg).toContain('40.7%（90）');
    expect(svg).toContain('n=221・複数回答');
  });
});
