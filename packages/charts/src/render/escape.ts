const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for an XML attribute value or text node. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const DOM_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\xA0': '&#160;' };

/** Text as linkedom writes it out: `&`, `<`, `>` and no-break spaces escaped. */
export function escapeDomText(text: string): string {
  return text.replace(/[&<>\xA0]/g, (c) => DOM_ENTITIES[c]!);
}

/** An attribute value as linkedom writes it out: as text, and `"` too. */
export function escapeDomAttribute(value: string): string {
  return escapeDomText(value).replaceAll('"', '&quot;');
}
