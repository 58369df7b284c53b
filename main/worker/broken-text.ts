/** A UTF-16 surrogate without its partner: SQLite would store it as invalid UTF-8. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path (`entries.0.feedback`) of the first string in a request that holds a broken character, or
 * null when all text is well formed. Requests are small validated objects: a plain walk is enough.
 */
export function brokenTextPath(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path.join('.') || 'request' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = brokenTextPath(item, [...path, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = brokenTextPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
