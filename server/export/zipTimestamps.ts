/**
 * Sets every entry's modification time in a zip file to one fixed date. The zip writer inside
 * the docx package stamps entries with the current time, which alone would make two exports
 * of the same version differ; the time fields are not covered by the entries' checksums, so
 * rewriting them in place leaves a valid archive.
 */

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;

function dosTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function pinZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = -1;
  for (let offset = out.length - 22; offset >= Math.max(0, out.length - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new Error('Not a zip file: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const { time, day } = dosTime(date);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(offset, true) !== centralHeader) throw new Error('Corrupt zip: bad central directory entry');
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== localHeader) throw new Error('Corrupt zip: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}
