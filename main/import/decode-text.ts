import { isUtf8 } from 'node:buffer';
import { warningIssue, type ImportIssue } from './import-issue.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = {
  /** The text without a byte-order mark. Line endings are left as they are: the CSV parser handles CRLF/CR. */
  text: string;
  encoding: TextEncodingName;
  /** A warning when the encoding had to be guessed; never an error (every byte sequence decodes to something). */
  issues: ImportIssue[];
};

/**
 * Bytes → text. Exports from Excel and school systems arrive as UTF-8 (with or without BOM), UTF-16
 * ("Unicode text" from Excel, usually with a BOM) or Windows-1252 ("CSV" from older Excel); a teacher
 * cannot tell which, so we detect instead of asking.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');

  const guessed16 = guessUtf16WithoutBom(bytes);
  if (guessed16) {
    return {
      text: stripBom(new TextDecoder(guessed16).decode(bytes)),
      encoding: guessed16,
      issues: [
        warningIssue({
          file,
          expected: 'UTF-8 text',
          problem: `the file has no byte-order mark and was read as ${guessed16 === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} because every other byte is zero`,
        }),
      ],
    };
  }

  try {
    return decoded(stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), 'utf-8');
  } catch {
    // Not valid UTF-8: Windows-1252 maps every byte to a character, so this never fails; accents may
    // still be wrong if the file was in another code page, hence the warning.
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      issues: [
        warningIssue({
          file,
          expected: 'UTF-8 text',
          problem:
            'the file is not valid UTF-8 and was read as Windows-1252 (Western European); check that accented letters look right',
        }),
      ],
    };
  }
}

/** Text handed over in pieces: each call of `pieces()` decodes the bytes again, a piece at a time. */
export type TextPieces = { pieces(): Iterable<string> };

export type DecodedPieces = Omit<DecodedText, 'text'> & { text: TextPieces };

/**
 * The same decoding as `decodeText`, a piece of about `pieceBytes` at a time, so that a reader that
 * parses as it goes never holds the whole text beside the bytes (for a 70 MB class list, 70 MB less).
 * Joined, the pieces are exactly `decodeText(bytes).text`.
 */
export function decodeTextPieces(bytes: Uint8Array, file: string, pieceBytes = 64 * 1024): DecodedPieces {
  const { encoding, skip, issues } = detectEncoding(bytes, file);
  const body = bytes.subarray(skip);
  const pieces = function* (): Generator<string> {
    if (encoding === 'windows-1252') {
      for (let start = 0; start < body.length; start += pieceBytes) yield decodeWindows1252(body.subarray(start, start + pieceBytes));
      return;
    }
    // TextDecoder drops a byte-order mark at the start of the stream, as decodeText's stripBom does
    const decoder = new TextDecoder(encoding);
    for (let start = 0; start < body.length; start += pieceBytes) {
      const piece = decoder.decode(body.subarray(start, start + pieceBytes), { stream: start + pieceBytes < body.length });
      if (piece !== '') yield piece;
    }
  };
  return { text: { pieces }, encoding, issues };
}

/** Which encoding the bytes are in, how many bytes of byte-order mark to skip, and the warning when it was guessed. */
function detectEncoding(bytes: Uint8Array, file: string): { encoding: TextEncodingName; skip: number; issues: ImportIssue[] } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3, issues: [] };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2, issues: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2, issues: [] };
  const guessed16 = guessUtf16WithoutBom(bytes);
  if (guessed16) {
    const words = guessed16 === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
    return { encoding: guessed16, skip: 0, issues: [warningIssue({ file, expected: 'UTF-8 text', problem: `the file has no byte-order mark and was read as ${words} because every other byte is zero` })] };
  }
  // checked without decoding: the text is made once, by whoever reads it
  if (isUtf8(bytes)) return { encoding: 'utf-8', skip: 0, issues: [] };
  return {
    encoding: 'windows-1252',
    skip: 0,
    issues: [
      warningIssue({
        file,
        expected: 'UTF-8 text',
        problem: 'the file is not valid UTF-8 and was read as Windows-1252 (Western European); check that accented letters look right',
      }),
    ],
  };
}

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes as ISO-8859-1, which turns the
 * bytes 0x80–0x9F (curly quotes, dashes, € — common in Excel files) into invisible control characters.
 */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (char) => cp1252High[char.charCodeAt(0) - 0x80] ?? char);
  }
  return text;
}

function decoded(text: string, encoding: TextEncodingName): DecodedText {
  return { text, encoding, issues: [] };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * UTF-16 text of mostly ASCII characters has a zero in every other byte; UTF-8 and Windows-1252 text
 * essentially never contain NUL. We look at the first 4 KiB and call it UTF-16 when at least 40% of
 * the even (big-endian) or odd (little-endian) bytes are zero and the other half has almost none.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zeroEven += 1;
    if (bytes[index + 1] === 0) zeroOdd += 1;
  }
  const pairs = length / 2;
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}
