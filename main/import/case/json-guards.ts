/**
 * Guards around JSON.parse for files from outside. V8 parses any depth, but every recursive step after
 * it (reading, copying to the window, a stack trace) overflows on a package nested 100,000 levels
 * deep; and JSON's \ud800 escapes can spell lone UTF-16 surrogates, which are not text and must not be
 * stored.
 */

/** Deeper than any CASE package (document → list → item → object → list → …, about six levels). */
export const maxJsonDepth = 200;

/**
 * The index of the first bracket that nests deeper than `limit`, or -1. One pass over the text,
 * skipping strings (a `[` inside a statement is text), before anything is parsed.
 */
export function firstTooDeep(text: string, limit = maxJsonDepth): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++; // backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > limit) return index;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return -1;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const hasLoneSurrogate = new RegExp(loneSurrogate.source);

export type SurrogateRepairs = { count: number; firstKey: string | null };

/**
 * JSON.parse that replaces every lone surrogate, in values and keys, with U+FFFD and counts them. Only
 * text with a surrogate escape can hold one (decoded UTF-8 never does), so other files parse plainly.
 */
export function parseWellFormedJson(text: string): { value: unknown; repairs: SurrogateRepairs } {
  const repairs: SurrogateRepairs = { count: 0, firstKey: null };
  if (!/\\u[dD][89a-fA-F]/.test(text)) return { value: JSON.parse(text) as unknown, repairs };
  const repair = (value: string, key: string): string => {
    let found = 0;
    const fixed = value.replace(loneSurrogate, () => {
      found++;
      return '\uFFFD';
    });
    if (found > 0) {
      repairs.count += found;
      repairs.firstKey ??= key;
    }
    return fixed;
  };
  const value = JSON.parse(text, function (this: unknown, key: string, raw: unknown): unknown {
    if (typeof raw === 'string') return repair(raw, key);
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).some((name) => hasLoneSurrogate.test(name))) {
      return Object.fromEntries(Object.entries(raw).map(([name, inner]) => [repair(name, name), inner]));
    }
    return raw;
  }) as unknown;
  return { value, repairs };
}
