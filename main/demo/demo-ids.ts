import { createRandom, type Random } from './random.js';

const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(value: number): string {
  return (
    (hexByte[(value >>> 24) & 0xff] ?? '') +
    (hexByte[(value >>> 16) & 0xff] ?? '') +
    (hexByte[(value >>> 8) & 0xff] ?? '') +
    (hexByte[value & 0xff] ?? '')
  );
}

/**
 * UUIDv7-shaped ids (RFC 9562 layout, like db/ids.ts) whose random bits come from a seeded stream and
 * whose time is the instant the row claims to have been made — so a demo file is reproducible and its
 * ids still sort by creation, as real ones do.
 */
export function createIdMaker(random: Random): (instantMs: number) => string {
  return (instantMs) => {
    const time = Math.floor(instantMs).toString(16).padStart(12, '0').slice(-12);
    const r1 = random.uint32();
    const r2 = random.uint32();
    const r3 = random.uint32();
    const versioned = '7' + hex32(r1).slice(0, 3);
    const variant = hex32(((r1 & 0x3fff) | 0x8000) >>> 0).slice(4);
    return `${time.slice(0, 8)}-${time.slice(8)}-${versioned}-${variant}-${hex32(r2)}${hex32(r3).slice(0, 4)}`;
  };
}

/**
 * What a demo's people and classes carry in their OneRoster sourcedIds so that demos of different seeds
 * never give one id to two different children. Every seed models another teacher's file at the same
 * school: the school, its terms and course, and the standards' CASE identifiers stay the same in every
 * file (a coach matches them across files), while each seed's classes, educators, learners and
 * enrollments are its own. Seed 1 keeps the untagged ids the first demos had ('' here), so existing
 * files, screenshots and tests stay as they were; a seed of letters and digits shows in the tag as it
 * is ('s2-'), any other seed as a hash of it, since a sourcedId must stay plain text.
 */
export function demoSeedTag(seed: string): string {
  if (seed === '1') return '';
  if (/^[A-Za-z0-9]{1,16}$/.test(seed)) return `s${seed}-`;
  return `s${hex32(createRandom(`proficio-demo-seed-tag/${seed}`).uint32())}-`;
}
