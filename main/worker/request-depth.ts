/**
 * How deep a request may nest objects and arrays before it is posted to the gradebook worker. The
 * deepest valid request is a handful of levels (request-bounds.test.ts checks every sample); a
 * request thousands of levels deep overflows the stack of structured clone or of zod, so it is
 * refused at the edge, before anything is posted.
 */
export const maxRequestDepth = 64;

/**
 * True when `value` nests objects or arrays more than `limit` levels deep (`{}` is one level, a
 * primitive none). A request that contains itself counts as infinitely deep. The walk stops as soon as
 * the limit is passed, so its own recursion never goes deeper than `limit`, and each object is measured
 * once however often it is shared.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const heights = new Map<object, number>();
  const onPath = new Set<object>();
  const height = (node: unknown, room: number): number => {
    if (typeof node !== 'object' || node === null || isBinary(node)) return 0;
    const known = heights.get(node);
    if (known !== undefined) return known;
    if (room === 0 || onPath.has(node)) return Infinity;
    onPath.add(node);
    let deepest = 0;
    for (const child of Object.values(node)) {
      deepest = Math.max(deepest, height(child, room - 1));
      if (deepest === Infinity) break;
    }
    onPath.delete(node);
    // only exact heights are kept: an Infinity may only mean "no room left here"
    if (deepest !== Infinity) heights.set(node, deepest + 1);
    return deepest + 1;
  };
  return height(value, limit) > limit;
}

/** Bytes (a structured-clone request may carry them) are one flat value, not millions of children. */
function isBinary(node: object): boolean {
  return ArrayBuffer.isView(node) || node instanceof ArrayBuffer || node instanceof SharedArrayBuffer;
}
