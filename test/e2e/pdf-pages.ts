import { inflateSync } from 'node:zlib';

/**
 * The pages of a PDF that Chromium printed, in order, each with the number of text-showing
 * operators (Tj, TJ) its content streams and form XObjects hold. Enough to count pages and to
 * find a blank page or one that holds only a heading, without a PDF library: Chromium's (Skia's)
 * PDFs keep their page objects uncompressed and their content streams Flate-compressed.
 */
export function pdfPages(pdf: Buffer): { textOps: number }[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const stream = (n: number): string => {
    const o = objects.get(n);
    const m = o && /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(o);
    if (!o || !m) return '';
    const bytes = Buffer.from(m[1]!, 'latin1');
    return (/\/FlateDecode/.test(o.slice(0, o.indexOf('stream'))) ? inflateSync(bytes) : bytes).toString('latin1');
  };
  const ops = (s: string) => s.match(/\bT[Jj]\b/g)?.length ?? 0;
  const pages: { textOps: number }[] = [];
  const walk = (n: number): void => {
    const o = objects.get(n) ?? '';
    if (/\/Type\s*\/Pages\b/.test(o)) {
      for (const k of /\/Kids\s*\[([^\]]*)\]/.exec(o)?.[1]?.matchAll(/(\d+) 0 R/g) ?? []) walk(Number(k[1]));
    } else if (/\/Type\s*\/Page\b/.test(o)) {
      const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(o)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((c) => Number(c[1]));
      const xobjects = [...(/\/XObject\s*<<([^>]*)>>/.exec(o)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((c) => Number(c[1]));
      pages.push({ textOps: [...contents, ...xobjects].reduce((sum, c) => sum + ops(stream(c)), 0) });
    }
  };
  // Page order is the page tree's order, from its root (the one /Pages without a /Parent).
  const root = [...objects].find(([, o]) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent\b/.test(o));
  if (root) walk(root[0]);
  return pages;
}
