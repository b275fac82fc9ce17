import { describe, expect, test } from 'vitest';
import { finishSvg } from './finish-svg.js';

const raw =
  '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="300" height="120" viewBox="0 0 300 120" role="graphics-document" aria-label="old">' +
  '<defs><clipPath id="clip7"><rect width="10" height="10"/></clipPath><pattern id="p3"/></defs>' +
  '<g clip-path="url(#clip7)"><rect fill="url(#p3)"/></g><use href="#p3"/></svg>';

describe('finishSvg', () => {
  test('one accessible, responsive image', () => {
    const svg = finishSvg(raw, { title: '分野別の支援可能レベル', description: 'S1〜S6' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="marks" viewBox="0 0 300 120" width="100%" style="max-width: 300px; height: auto;" role="img" aria-label="分野別の支援可能レベル"><title>分野別の支援可能レベル<\/title><desc>S1〜S6<\/desc>/);
    expect(svg).not.toContain('height="120"');
    expect(svg).not.toContain('graphics-document');
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
  });

  test('escapes the title', () => {
    const svg = finishSvg(raw, { title: '<script>&"' });
    expect(svg).toContain('aria-label="&lt;script&gt;&amp;&quot;"');
    expect(svg).toContain('<title>&lt;script&gt;&amp;&quot;</title>');
  });

  test('renames ids and every reference to them', () => {
    const svg = finishSvg(raw, { title: 't', idPrefix: 'fig1-' });
    expect(svg).toContain('id="fig1-0"');
    expect(svg).toContain('clip-path="url(#fig1-0)"');
    expect(svg).toContain('fill="url(#fig1-1)"');
    expect(svg).toContain('href="#fig1-1"');
    expect(svg).not.toMatch(/clip7|p3/);
  });

  test('the default prefix depends on the content, not on the renderer\'s counters', () => {
    const a = finishSvg(raw, { title: 't' });
    const b = finishSvg(raw.replaceAll('clip7', 'clip99'), { title: 't' });
    const c = finishSvg(raw.replace('width="10"', 'width="11"'), { title: 't' });
    expect(a).toBe(b);
    expect(/id="(c[0-9a-z]+-)0"/.exec(a)![1]).not.toBe(/id="(c[0-9a-z]+-)0"/.exec(c)![1]);
  });

  test('keeps the root attributes it does not own, and merges styles', () => {
    const svg = finishSvg('<svg class="plot" fill="currentColor" style="font-family: a" width="10" height="5"><g/></svg>', { title: 't' });
    expect(svg).toContain(' class="plot" fill="currentColor" viewBox="0 0 10 5"');
    expect(svg).toContain('style="font-family: a; max-width: 10px; height: auto;"');
  });

  test('refuses something that is not an SVG', () => {
    expect(() => finishSvg('<div></div>', { title: 't' })).toThrow(/<svg>/);
  });
});
