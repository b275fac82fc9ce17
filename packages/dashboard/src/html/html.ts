/**
 * HTML built with a tagged template that escapes every interpolated value. Raw markup passes only
 * through the explicit, named exception `Html.unsafe` (after Observable Framework's `src/html.ts`):
 * a cell of a survey export can never become markup.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup that is already safe. Create it with the `html` tag, or with `Html.unsafe` for trusted markup. */
export class Html {
  private constructor(readonly value: string) {}

  /** Trusted markup (our own rendered SVG, our own stylesheet): never pass input data here. */
  static unsafe(markup: string): Html {
    return new Html(markup);
  }

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value == null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: strings are escaped, `Html` values and arrays of them are inserted as they are. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return Html.unsafe(out);
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>`, `&` and the JavaScript line
 * separators are written as \u escapes, so no input text can close the script element.
 */
export function jsonForScript(value: unknown): Html {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Html.unsafe(json);
}
