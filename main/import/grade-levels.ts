/**
 * Grade levels as the CEDS codes CASE and OneRoster share: 'PK', 'KG', '01' … '12', '13'. Sources write
 * them many ways ("K", "9", "09,10", "09.10", "K-5"); a teacher filtering by grade needs one spelling.
 */
export type GradeLevels = { levels: string[]; unrecognized: string[] };

const named: Record<string, string> = {
  K: 'KG', KG: 'KG', KINDERGARTEN: 'KG', '00': 'KG', '0': 'KG',
  PK: 'PK', PREK: 'PK', 'PRE-K': 'PK', PREKINDERGARTEN: 'PK',
  // other CEDS codes, kept as they are
  IT: 'IT', PR: 'PR', TK: 'TK', PS: 'PS', UG: 'UG', OTHER: 'Other',
};
const ordered = ['IT', 'PR', 'PK', 'TK', 'KG', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', 'PS', 'UG', 'Other'];

function single(token: string): string | null {
  const upper = token.trim().toUpperCase().replace(/^GRADE\s*/, '');
  const name = named[upper];
  if (name) return name;
  if (/^\d{1,2}$/.test(upper)) {
    const number = Number(upper);
    if (number === 0) return 'KG';
    if (number >= 1 && number <= 13) return String(number).padStart(2, '0');
  }
  return null;
}

function expand(token: string): string[] | null {
  const one = single(token);
  if (one) return [one];
  if (token.trim().toUpperCase() === 'HS') return ['09', '10', '11', '12'];
  // "09.10", "11.12" (OpenSALT CSV) and "K.1": a dotted list of grade codes, never a decimal
  const dotted = token.split('.');
  if (dotted.length > 1 && dotted.every((part) => single(part) !== null)) return dotted.map((part) => single(part) ?? '');
  // "K-5", "09-12": an inclusive range
  const range = /^\s*([^-–]+?)\s*[-–]\s*([^-–]+?)\s*$/.exec(token);
  if (range) {
    const from = ordered.indexOf(single(range[1] ?? '') ?? '');
    const to = ordered.indexOf(single(range[2] ?? '') ?? '');
    if (from >= 0 && to >= from) return ordered.slice(from, to + 1);
  }
  return null;
}

/** Splits on commas, semicolons, slashes and spaces; keeps order of the ladder, drops duplicates. */
export function normalizeGradeLevels(raw: string | readonly string[]): GradeLevels {
  const tokens = (typeof raw === 'string' ? [raw] : raw)
    .flatMap((part) => part.replace(/\bgrades?\b/gi, ' ').split(/[,;/\s]+/))
    .filter((part) => part !== '');
  const found = new Set<string>();
  const unrecognized: string[] = [];
  for (const token of tokens) {
    const levels = expand(token);
    if (levels) levels.forEach((level) => found.add(level));
    else unrecognized.push(token);
  }
  const levels = [...found].sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));
  // unrecognized codes are kept (upper-case) rather than lost; the caller warns about them
  return { levels: [...levels, ...unrecognized.map((token) => token.toUpperCase())], unrecognized };
}
