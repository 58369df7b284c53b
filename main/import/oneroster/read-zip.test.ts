import { crc32 } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportBytes } from '../commit/read-import-input.js';
import { smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import { unzipOneRoster } from './read-oneroster-source.js';
import { listZipMembers, readZipMembers } from './read-zip.js';

const set = () => Object.fromEntries(smallOneRosterFiles());

/** Offsets of a member's local header and central directory entry (a zip fflate wrote: no comment, no ZIP64). */
function offsetsOf(zip: Uint8Array, name: string): { local: number; central: number } {
  const listed = listZipMembers(zip, 'x.zip');
  if (!listed.ok) throw new Error('not a zip');
  const member = listed.value.find((entry) => entry.name === name);
  if (!member) throw new Error(`no ${name}`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let central = view.getUint32(zip.length - 6, true);
  while (new TextDecoder().decode(zip.subarray(central + 46, central + 46 + view.getUint16(central + 28, true))) !== name) {
    central += 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
  }
  return { local: member.localOffset, central };
}

function errorsOf(bytes: Uint8Array): string[] {
  const read = readImportBytes('roster.zip', bytes);
  expect(read.source.kind === null || !read.source.result.ok).toBe(true);
  const issues = read.source.kind === null ? read.source.issues : read.source.result.issues;
  return issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
}

describe('reading a OneRoster zip checks every member', () => {
  it('reads an intact zip, stored or deflated, in a folder or not', () => {
    for (const level of [0, 6] as const) {
      const unzipped = unzipOneRoster(zipSync({ district: set() }, { level }), 'roster.zip');
      expect(unzipped.ok && [...unzipped.value.files.keys()].sort()).toEqual(Object.keys(set()).sort());
    }
  });

  it('refuses a member with a flipped byte, naming the archive and the member', () => {
    const stored = zipSync(set(), { level: 0 });
    const { local } = offsetsOf(stored, 'users.csv');
    const corrupted = stored.slice();
    const at = local + 30 + 'users.csv'.length + 200;
    corrupted[at] = (corrupted[at] ?? 0) ^ 0x20;
    expect(errorsOf(corrupted)).toEqual([
      'roster.zip/users.csv: the file’s checksum (CRC-32) does not match its contents (the zip is damaged); expected a .zip file of OneRoster CSV files, as the school system wrote it.',
    ]);

    const deflated = zipSync(set(), { level: 6 });
    const position = offsetsOf(deflated, 'enrollments.csv').local + 30 + 'enrollments.csv'.length + 20;
    const flipped = deflated.slice();
    flipped[position] = (flipped[position] ?? 0) ^ 0x01;
    expect(errorsOf(flipped)).toEqual([expect.stringMatching(/^roster\.zip\/enrollments\.csv: the file(’s checksum|’s compressed data| holds)/)]);
  });

  it('refuses a member whose headers understate its size instead of cutting it at a row', () => {
    // what a broken tool (or an attacker) writes: the size and CRC of the first rows only, in both headers
    const zip = zipSync(set(), { level: 6 });
    const users = set()['users.csv'] ?? new Uint8Array();
    const cut = users.indexOf(0x0a, 400) + 1;
    const { local, central } = offsetsOf(zip, 'users.csv');
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (const [crcAt, sizeAt] of [[local + 14, local + 22], [central + 16, central + 24]] as const) {
      view.setUint32(crcAt, crc32(users.subarray(0, cut)) >>> 0, true);
      view.setUint32(sizeAt, cut, true);
    }
    expect(errorsOf(zip)).toEqual([expect.stringMatching(/^roster\.zip\/users\.csv: the file holds more than the \d+ bytes its header declares/)]);
  });

  it('refuses a member whose local header disagrees with the directory', () => {
    const zip = zipSync(set(), { level: 0 });
    const { local } = offsetsOf(zip, 'roles.csv');
    new DataView(zip.buffer).setUint32(local + 22, 5, true);
    expect(errorsOf(zip)).toEqual([expect.stringMatching(/^roster\.zip\/roles\.csv: the file’s sizes differ between/)]);
  });

  it('refuses a zip bomb before inflating it: past the total cap, or past the ratio', () => {
    const bomb = zipSync({ 'manifest.csv': set()['manifest.csv'] ?? new Uint8Array(), 'users.csv': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const started = performance.now();
    const total = readZipMembers(bomb, 'bomb.zip', () => true, { maxTotalBytes: 1024 * 1024, maxRatio: 100, ratioFreeBytes: 1024 * 1024 * 1024 });
    expect(total).toMatchObject({ ok: false, issues: [{ file: 'bomb.zip/users.csv', message: expect.stringMatching(/more than 1 MiB once unpacked/) }] });
    const ratio = unzipOneRoster(bomb, 'bomb.zip', { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 100, ratioFreeBytes: 64 * 1024 });
    expect(ratio).toMatchObject({ ok: false, issues: [{ file: 'bomb.zip/users.csv', message: expect.stringMatching(/more than 100 times its packed size/) }] });
    // a bomb that lies about its size inflates no further than the size it declares
    const liar = bomb.slice();
    const { local, central } = offsetsOf(liar, 'users.csv');
    const view = new DataView(liar.buffer);
    for (const at of [local + 22, central + 24]) view.setUint32(at, 1000, true);
    expect(unzipOneRoster(liar, 'bomb.zip')).toMatchObject({ ok: false, issues: [{ file: 'bomb.zip/users.csv', message: expect.stringMatching(/holds more than the 1000 bytes/) }] });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses what is not a whole zip, naming the archive', () => {
    const zip = zipSync(set());
    expect(errorsOf(zip.subarray(0, zip.length - 30))).toEqual([expect.stringMatching(/^roster\.zip: the zip file is damaged or not a zip file/)]);
    expect(errorsOf(zip.subarray(0, zip.length / 2))).toHaveLength(1);
  });
});
