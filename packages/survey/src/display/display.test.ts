import * as aq from 'arquero';
import { afterEach, expect, test, vi } from 'vitest';
import { display } from './display.js';

afterEach(() => {
  delete (globalThis as { Deno?: unknown }).Deno;
  vi.restoreAllMocks();
});

test('in a Deno Jupyter kernel: a table as escaped HTML, an SVG as an image; resolves only after the output is sent and the kernel has had time to flush it', async () => {
  const sent: Record<string, string>[] = [];
  (globalThis as { Deno?: unknown }).Deno = { jupyter: { display: async (bundle: Record<string, string>) => void sent.push(bundle) } };
  let later = false;
  setTimeout(() => (later = true), 20);
  await display(aq.table({ label: ['<script>alert(1)</script>'], count: [3] }), { caption: 'n=3' });
  expect(later).toBe(true); // the event loop ran timers set before, up to 20 ms: the kernel has flushed
  expect(sent[0]!['text/html']).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  expect(sent[0]!['text/html']).not.toContain('<script>');
  expect(sent[0]!['text/html']).toContain('<caption>n=3</caption>');
  await display('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  expect(Object.keys(sent[1]!)).toEqual(['image/svg+xml', 'text/plain']);
});

test('elsewhere: the plain-text form on the console, long tables cut with a note', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await display(aq.table({ x: Array.from({ length: 60 }, (_, i) => i) }), { limit: 5 });
  const text = log.mock.calls[0]![0] as string;
  expect(text.split('\n')).toEqual(['x', '0', '1', '2', '3', '4', '… 55 more rows']);
});
