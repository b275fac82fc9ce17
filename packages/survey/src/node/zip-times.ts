/**
 * Sets every entry's modification time in a zip archive (an .xlsx) to one fixed value, so that the
 * same content gives the same bytes. Zip writers stamp entries with the current time, in two-second
 * steps: two workbooks written a moment apart differ when a step falls between them.
 *
 * The central directory is walked from the end-of-central-directory record, and each entry's time
 * is set there and in its local header (found by the offset the central directory gives), so no
 * byte of compressed data is ever read as a header. The archive is changed in place and returned.
 */
export function fixZipTimes(zip: Uint8Array, { time = 0, date = (1 << 5) | 1 }: { time?: number; date?: number } = {}): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is at least 22 bytes and ends with a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip central directory entry ${k + 1} of ${entries} is damaged`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip local header of entry ${k + 1} of ${entries} is damaged`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
