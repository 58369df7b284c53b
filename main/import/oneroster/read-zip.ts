import { crc32, inflateRawSync } from 'node:zlib';
import { errorIssue, type ImportIssue } from '../import-issue.js';

/**
 * What a zip may inflate to. A OneRoster export of a whole district is a few hundred MB of CSV at most,
 * compressed 5–20:1; a member claiming more than `maxRatio`:1 beyond the first `ratioFreeBytes` is
 * built to exhaust memory (a "zip bomb"), not exported by a school system.
 */
export type ZipLimits = { maxTotalBytes: number; maxRatio: number; ratioFreeBytes: number };
export const defaultZipLimits: ZipLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 100, ratioFreeBytes: 8 * 1024 * 1024 };

export type ZipMember = {
  name: string;
  /** Bytes of the name as stored, to compare the central directory with the local header. */
  rawName: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

export type ZipRead<T> = { ok: true; value: T } | { ok: false; issues: ImportIssue[] };

class ZipRefusal extends Error {
  constructor(readonly member: string | null, readonly problem: string) {
    super(problem);
  }
}

const expected = 'a .zip file of OneRoster CSV files, as the school system wrote it';
const u32max = 0xffffffff;

/**
 * Lists a zip's members from its central directory, checking that the directory is whole: one end
 * record, all entries inside the directory's declared span, as many entries as it declares.
 */
export function listZipMembers(bytes: Uint8Array, label: string): ZipRead<ZipMember[]> {
  try {
    return { ok: true, value: centralDirectory(bytes) };
  } catch (error) {
    return refusal(error, label);
  }
}

/**
 * Reads the members `wanted` chooses, checking each against its central directory entry and its local
 * header (name, method, sizes, CRC-32), inflating no more than it declares, and refusing the whole zip
 * — naming it and the member — on the first mismatch: a corrupted or cut member is never imported.
 */
export function readZipMembers(bytes: Uint8Array, label: string, wanted: (name: string) => boolean, limits: ZipLimits = defaultZipLimits): ZipRead<Map<string, Uint8Array>> {
  try {
    const all = centralDirectory(bytes);
    // every member's local header must agree with the directory, read or not: a name damaged in one
    // of them would otherwise quietly drop a file from the set
    const starts = new Map(all.map((member) => [member, checkLocalHeader(bytes, member)]));
    const members = all.filter((member) => wanted(member.name));
    // every limit is checked on what the directory declares before a byte is inflated
    let total = 0;
    for (const member of members) {
      total += member.size;
      if (total > limits.maxTotalBytes) {
        throw new ZipRefusal(member.name, `the zip's files would take more than ${describeBytes(limits.maxTotalBytes)} once unpacked, more than Proficio reads from one import`);
      }
      if (member.size > limits.ratioFreeBytes && member.size > member.compressedSize * limits.maxRatio) {
        throw new ZipRefusal(
          member.name,
          `the file would unpack to ${describeBytes(member.size)} from ${describeBytes(member.compressedSize)}, more than ${limits.maxRatio} times its packed size (a zip built to exhaust memory?)`,
        );
      }
    }
    const files = new Map<string, Uint8Array>();
    for (const member of members) files.set(member.name, inflateMember(bytes, member, starts.get(member) ?? 0));
    return { ok: true, value: files };
  } catch (error) {
    return refusal(error, label);
  }
}

function refusal(error: unknown, label: string): { ok: false; issues: ImportIssue[] } {
  if (!(error instanceof ZipRefusal)) throw error;
  const file = error.member === null ? label : `${label}/${error.member}`;
  return { ok: false, issues: [errorIssue({ file, expected, problem: error.problem })] };
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${+(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}

function centralDirectory(bytes: Uint8Array): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (problem: string) => new ZipRefusal(null, `the zip file is damaged or not a zip file (${problem})`);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw broken('a size is out of range');
    return Number(value);
  };

  // the end record: 22 bytes plus a comment of at most 65535 bytes, at the very end
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50 && at + 22 + u16(at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken('no end of central directory record');
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) throw broken('a zip split over several disks');
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  let directoryEnd = end;
  if (u16(end + 8) !== count) throw broken('the entry counts disagree');
  if (count === 0xffff || directorySize === u32max || directoryOffset === u32max) {
    // ZIP64: the locator sits just before the end record and points at the ZIP64 end record
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== 0x07064b50) throw broken('no ZIP64 end record locator');
    const record = u64(locator + 8);
    if (record + 56 > locator || u32(record) !== 0x06064b50) throw broken('no ZIP64 end record');
    count = u64(record + 32);
    if (u64(record + 24) !== count) throw broken('the entry counts disagree');
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
    directoryEnd = record;
  }
  if (directoryOffset + directorySize !== directoryEnd) throw broken('the central directory is not where the end record says');

  const members: ZipMember[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directoryEnd || u32(at) !== 0x02014b50) throw broken(`entry ${index + 1} of the central directory is missing`);
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const next = at + 46 + nameLength + extraLength + u16(at + 32);
    if (next > directoryEnd) throw broken(`entry ${index + 1} of the central directory runs past its end`);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    // bit 11: the name is UTF-8; otherwise CP437, of which ASCII (every real OneRoster name) is a part
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(rawName);
    if (u16(at + 34) !== 0) throw new ZipRefusal(name, 'the file is on another disk of a split zip');
    let size = u32(at + 24);
    let compressedSize = u32(at + 20);
    let localOffset = u32(at + 42);
    if (size === u32max || compressedSize === u32max || localOffset === u32max) {
      const zip64 = extraField(view, at + 46 + nameLength, extraLength, 0x0001);
      if (zip64 === null) throw new ZipRefusal(name, 'a ZIP64 size is missing');
      let field = zip64.start;
      const take = () => {
        if (field + 8 > zip64.end) throw new ZipRefusal(name, 'a ZIP64 size is missing');
        const value = u64(field);
        field += 8;
        return value;
      };
      if (size === u32max) size = take();
      if (compressedSize === u32max) compressedSize = take();
      if (localOffset === u32max) localOffset = take();
    }
    members.push({ name, rawName, flags, method: u16(at + 10), crc: u32(at + 16), compressedSize, size, localOffset });
    at = next;
  }
  if (at !== directoryEnd) throw broken('the central directory holds more than its entries');
  const names = new Set<string>();
  for (const member of members) {
    if (names.has(member.name)) throw new ZipRefusal(member.name, 'the zip holds two files of this name');
    names.add(member.name);
  }
  return members;
}

function extraField(view: DataView, start: number, length: number, id: number): { start: number; end: number } | null {
  let at = start;
  while (at + 4 <= start + length) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === id) return { start: at + 4, end: Math.min(at + 4 + size, start + length) };
    at += 4 + size;
  }
  return null;
}

/** Where a member's data starts, once its local header is found to agree with its directory entry. */
function checkLocalHeader(bytes: Uint8Array, member: ZipMember): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wrong = (problem: string) => new ZipRefusal(member.name, problem);
  const at = member.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw wrong('the file’s local header is missing (the zip is damaged)');
  if (member.flags & 0x1) throw wrong('the file is encrypted');
  const nameLength = view.getUint16(at + 26, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  if (!sameBytes(localName, member.rawName)) throw wrong('the file’s name differs between the zip’s directory and its local header (the zip is damaged)');
  if (view.getUint16(at + 8, true) !== member.method) throw wrong('the compression method differs between the zip’s directory and its local header (the zip is damaged)');
  // bit 3: CRC and sizes follow the data instead of preceding it; the directory's are the ones to check
  if (!(view.getUint16(at + 6, true) & 0x8)) {
    const localCrc = view.getUint32(at + 14, true);
    const localCompressed = view.getUint32(at + 18, true);
    const localSize = view.getUint32(at + 22, true);
    if (localCrc !== member.crc) throw wrong('the checksum (CRC-32) differs between the zip’s directory and its local header (the zip is damaged)');
    if ((localCompressed !== u32max && localCompressed !== member.compressedSize) || (localSize !== u32max && localSize !== member.size)) {
      throw wrong('the file’s sizes differ between the zip’s directory and its local header (the zip is damaged)');
    }
  }
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  if (start + member.compressedSize > bytes.length) throw wrong('the file’s data runs past the end of the zip (it was cut short)');
  return start;
}

/** One member's bytes, checked against everything the zip says about it. */
function inflateMember(bytes: Uint8Array, member: ZipMember, start: number): Uint8Array {
  const wrong = (problem: string) => new ZipRefusal(member.name, problem);
  const end = start + member.compressedSize;
  const packed = bytes.subarray(start, end);
  let data: Uint8Array;
  switch (member.method) {
    case 0:
      if (member.size !== member.compressedSize) throw wrong('a stored (uncompressed) file has two different sizes (the zip is damaged)');
      data = packed;
      break;
    case 8:
      try {
        // one byte more than declared: if it comes out, the header understates the file
        data = inflateRawSync(packed, { maxOutputLength: Math.max(1, member.size + 1) });
      } catch (error) {
        if (error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')) {
          throw wrong(`the file holds more than the ${member.size} bytes its header declares (the zip is damaged or was altered)`);
        }
        throw wrong(`the file’s compressed data is damaged (${error instanceof Error ? error.message : String(error)})`);
      }
      break;
    default:
      throw wrong(`the file is compressed with method ${member.method}; Proficio reads stored and deflated files`);
  }
  if (data.length !== member.size) {
    throw wrong(`the file holds ${data.length} bytes but its header declares ${member.size} (the zip is damaged or was altered)`);
  }
  if (crc32(data) >>> 0 !== member.crc) throw wrong('the file’s checksum (CRC-32) does not match its contents (the zip is damaged)');
  return data;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
