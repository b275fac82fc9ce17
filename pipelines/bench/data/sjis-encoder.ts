/**
 * A Shift_JIS (CP932) encoder built from the platform's own decoder, so the bench needs no
 * encoding library: every two-byte code is decoded once and the table inverted.
 */

// Excel's CP932 writes U+FF5E (～) as 0x8160, which the WHATWG decoder reads back as U+301C.
const CP932_EXTRA: ReadonlyArray<readonly [number, number]> = [
  [0xff5e, 0x8160],
  [0x2225, 0x8161],
  [0xff0d, 0x817c],
  [0xffe2, 0x81ca],
];

let table: Map<number, number> | null = null;

function buildTable(): Map<number, number> {
  const decoder = new TextDecoder('shift_jis');
  const out = new Map<number, number>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const s = decoder.decode(new Uint8Array([lead, trail]));
      if (s.length !== 1 || s === '\ufffd') continue;
      const c = s.charCodeAt(0);
      if (!out.has(c)) out.set(c, (lead << 8) | trail);
    }
  }
  for (const [c, code] of CP932_EXTRA) out.set(c, code);
  return out;
}

/** Encode text as Shift_JIS; throws on a character Shift_JIS cannot hold. */
export function encodeShiftJis(text: string): Uint8Array {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xff61 && c <= 0xff9f) {
      out[n++] = c - 0xff61 + 0xa1; // half-width katakana are single bytes
      continue;
    }
    const code = table.get(c);
    if (code === undefined) throw new Error(`U+${c.toString(16).toUpperCase()} has no Shift_JIS code`);
    out[n++] = code >> 8;
    out[n++] = code & 0xff;
  }
  return out.subarray(0, n);
}
