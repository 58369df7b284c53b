/**
 * One spelling for a standard's code, so a prerequisite map written by one publisher matches a framework
 * imported from another: `CCSS.Math.Content.4.NF.B.3.a`, `4.nf.b.3a` and ` 4.NF.B.3a ` are all
 * `4.NF.B.3A`. Any prefix ending in "Content." (CCSS's URI-style codes) is dropped, case and whitespace
 * are ignored, and a sub-standard's letter joins its number (`3.a` → `3a`, the official notation). Pure.
 */
export function canonicalCode(code: string): string {
  return code
    .replace(/\s+/g, '')
    .replace(/^.*content\./i, '')
    .replace(/\.([a-z])$/i, '$1')
    .toUpperCase();
}
