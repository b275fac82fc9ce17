import { describe, expect, test } from 'vitest';
import { compactSvg } from './compact-svg.js';

const FONT = '&quot;Noto Sans JP&quot;, sans-serif';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="marks" viewBox="0 0 380 251" role="img" aria-label="図 1.25"><title>図 1.25</title><desc>参加 105 社（12.345%）</desc><g fill="none" stroke-miterlimit="4" transform="translate(126.04999,29)"><g class="mark-group role-frame root" role="graphics-object" aria-roledescription="group mark container"><path class="background" aria-hidden="true" d="M0,7.013999999999995h178v27.972h-178Z"/><text transform="translate(-6,24.499999999999996)" font-family="${FONT}" font-size="12px" opacity="1" pointer-events="none">1.234 社</text><text font-family="${FONT}" x="-0.04">b</text><path class="foreground" d="" display="none"/><rect class="keep" width="40.99999999999994" height="3"/></g></g></svg>`;

describe('compactSvg', () => {
  const out = compactSvg(svg);

  test('rounds geometry to one decimal and leaves text, title and description as they were', () => {
    expect(out).toContain('d="M0,7h178v28h-178Z"');
    expect(out).toContain('transform="translate(126,29)"');
    expect(out).toContain('transform="translate(-6,24.5)"');
    expect(out).toContain('x="0"');
    expect(out).toContain('width="41"');
    expect(out).toContain('<title>図 1.25</title><desc>参加 105 社（12.345%）</desc>');
    expect(out).toContain('>1.234 社</text>');
  });

  test('keeps the root\'s accessible name and role, and writes the one font stack once, on the root', () => {
    expect(out.startsWith(`<svg class="marks" viewBox="0 0 380 251" role="img" aria-label="図 1.25" font-family="${FONT}">`)).toBe(true);
    expect(out.match(/font-family=/g)).toHaveLength(1);
  });

  test('drops defaults, the renderer\'s own classes and roles, and what draws nothing', () => {
    for (const gone of ['stroke-miterlimit', 'opacity', 'pointer-events', 'aria-hidden', 'aria-roledescription', 'graphics-object', 'mark-group', 'background', 'foreground', 'display=']) expect(out).not.toContain(gone);
    expect(out).toContain('<rect class="keep"');
    expect(out.match(/<path/g)).toHaveLength(1);
  });

  test('two font stacks stay where they are; a note that is not an SVG is left alone', () => {
    const two = compactSvg(`<svg role="img"><text font-family="a">x</text><text font-family="b">y</text></svg>`);
    expect(two).toBe('<svg role="img"><text font-family="a">x</text><text font-family="b">y</text></svg>');
    expect(compactSvg('<p class="note">1.2345</p>')).toBe('<p class="note">1.2345</p>');
  });
});
