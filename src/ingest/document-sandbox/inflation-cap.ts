import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Why an archive was refused, or undefined when every entry inflates within the cap. */
export type InflationProblem = { kind: 'too-large'; limit: number } | { kind: 'damaged'; reason: string };

function endOfDirectory(bytes: Uint8Array, data: DataView): number | undefined {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset -= 1) {
    if (data.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return undefined;
}

/**
 * Inflates every entry of a ZIP archive with a cap on the bytes it may produce in all, and
 * throws the output away: the sizes a directory states are the archive's word and a bomb lies
 * about them (a 4 MB `.docx` claiming 40 kB inflated to 1.3 GiB), so only inflating tells.
 * zlib stops at `maxOutputLength` however much the stream would give, so no more than the cap
 * is ever held. Run before the Word reader (which inflates whole entries) sees the archive.
 */
export function checkInflation(bytes: Uint8Array, maxInflatedBytes: number): InflationProblem | undefined {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= 22 ? endOfDirectory(bytes, data) : undefined;
  if (end === undefined) return { kind: 'damaged', reason: 'no ZIP directory' };
  const entries = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  let remaining = maxInflatedBytes;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > bytes.length || data.getUint32(offset, true) !== DIRECTORY_ENTRY)
      return { kind: 'damaged', reason: 'a broken ZIP directory' };
    const method = data.getUint16(offset + 10, true);
    const compressedSize = data.getUint32(offset + 20, true);
    const local = data.getUint32(offset + 42, true);
    offset += 46 + data.getUint16(offset + 28, true) + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
    if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_HEADER)
      return { kind: 'damaged', reason: 'an entry without its header' };
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    const compressed = bytes.subarray(start, Math.min(bytes.length, start + compressedSize));
    let produced: number;
    if (method === STORED) produced = compressed.length;
    else if (method === DEFLATED) {
      try {
        // One byte over the cap is enough to know it is over.
        produced = inflateRawSync(compressed, { maxOutputLength: remaining + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError) return { kind: 'too-large', limit: maxInflatedBytes };
        return { kind: 'damaged', reason: `an entry does not inflate (${(error as Error).message})` };
      }
    } else return { kind: 'damaged', reason: `compression method ${method}, which Word does not use` };
    remaining -= produced;
    if (remaining < 0) return { kind: 'too-large', limit: maxInflatedBytes };
  }
  return undefined;
}
