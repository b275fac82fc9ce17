import { describe, expect, test } from 'vitest';
import { escapeHtml, html, Html, jsonForScript } from './html.js';

describe('html', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["</style><style>body{display:none}", '&lt;/style&gt;&lt;style&gt;body{display:none}'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
  ])('escapes %j in content and attributes', (input, escaped) => {
    expect(html`<p title="${input}">${input}</p>`.toString()).toBe(`<p title="${escaped}">${escaped}</p>`);
    expect(escapeHtml(input)).toBe(escaped);
  });

  test('nested templates and arrays are inserted, strings never', () => {
    const items = ['<b>', 'x'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>&lt;b&gt;</li><li>x</li></ul>');
    expect(html`${Html.unsafe('<svg/>')}${null}${false}${0}`.toString()).toBe('<svg/>0');
  });

  test('JSON in a script element cannot close it', () => {
    const s = jsonForScript({ name: '</script><script>alert(1)</script>', x: 'a&b\u2028' }).toString();
    expect(s).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(s)).toEqual({ name: '</script><script>alert(1)</script>', x: 'a&b\u2028' });
  });
});
