import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
};
const sample = 'code,statement\r\n5.NF.1,Élève naïve — “quotes” 𝑑\r\n';

describe('decodeText', () => {
  it('strips a UTF-8 BOM silently', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'a.csv');
    expect(result).toEqual({ text: sample, encoding: 'utf-8', issues: [] });
  });

  it('reads UTF-16 with a BOM in both byte orders', () => {
    expect(decodeText(utf16(sample, 'le', true), 'a.csv')).toMatchObject({ text: sample, encoding: 'utf-16le', issues: [] });
    expect(decodeText(utf16(sample, 'be', true), 'a.csv')).toMatchObject({ text: sample, encoding: 'utf-16be', issues: [] });
  });

  it('recognizes UTF-16 without a BOM by its zero bytes, with a warning', () => {
    const result = decodeText(utf16(sample, 'le', false), 'a.csv');
    expect(result.text).toBe(sample);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', file: 'a.csv' });
    expect(decodeText(utf16(sample, 'be', false), 'a.csv').text).toBe(sample);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, naming the file', () => {
    // "café – ok" in Windows-1252: é = 0xE9, en dash = 0x96
    const result = decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]), 'old.csv');
    expect(result.text).toBe('café – ok');
    expect(result.encoding).toBe('windows-1252');
    expect(result.issues[0]?.message).toMatch(/^old\.csv: .*Windows-1252/);
  });

  it('never throws and round-trips any valid UTF-8 text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void decodeText(bytes, 'x.csv')));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = text.replace(/^\uFEFF/, '').split(String.fromCharCode(0)).join('');
        expect(decodeText(new TextEncoder().encode(clean), 'x.csv').text).toBe(clean);
      }),
    );
  });
});
