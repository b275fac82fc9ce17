import { citePublished, type PublishedSource } from '@smesec/survey';

/**
 * The source line of a table transcribed from a published report: each distinct source once, its
 * pages joined (「title」p.12、13). Every page comes from the data, never from code.
 */
export function publishedSourceLine(sources: readonly PublishedSource[]): string {
  const byDoc = new Map<string, { first: PublishedSource; pages: (number | string)[] }>();
  for (const s of sources) {
    const key = JSON.stringify([s.title, s.publisher, s.date]);
    const entry = byDoc.get(key) ?? { first: s, pages: [] };
    if (!entry.pages.includes(s.page)) entry.pages.push(s.page);
    byDoc.set(key, entry);
  }
  return `出典: ${[...byDoc.values()].map(({ first, pages }) => citePublished({ ...first, page: pages.join('、') })).join('、')}`;
}
