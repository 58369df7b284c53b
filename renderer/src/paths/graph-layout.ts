import type { ProgressionStandard } from '../../../preload/contract/index.js';

export type GraphNode = { index: number; layer: number; x: number; y: number };
export type GraphEdge = { from: number; to: number; x1: number; y1: number; x2: number; y2: number };
/**
 * `looseTop`: where the block of standards with no prerequisite link either way begins (its heading
 * sits just above), null when there are none or nothing else.
 */
export type GraphLayout = { nodes: GraphNode[]; edges: GraphEdge[]; width: number; height: number; looseTop: number | null };

/** Room above the loose block for its heading. */
export const looseHeadingHeight = 28;
/** The loose block is at least this many boxes wide, so a graph with few layers does not stack them in a tall column. */
const looseMinColumns = 5;
/** A layer taller than this wraps into columns side by side, so one wide layer is not a column a screen cannot hold. */
export const maxLayerRows = 12;

export type GraphSizes = { nodeWidth: number; nodeHeight: number; columnGap: number; rowGap: number; margin: number };

/**
 * Each standard's layer: 0 for a standard with no tracked prerequisite, else one more than its deepest
 * prerequisite (the longest path from a root), so every edge points rightwards. The gradebook refuses a
 * cycle on import; should one still arrive, the edge that closes it is ignored rather than looping.
 */
export function layers(standards: readonly Pick<ProgressionStandard, 'prerequisites'>[]): number[] {
  const layer: (number | undefined)[] = standards.map(() => undefined);
  const visiting = new Set<number>();
  const visit = (start: number): void => {
    // an explicit stack: a chain of hundreds of standards must not overflow the call stack
    const stack: { index: number; next: number }[] = [{ index: start, next: 0 }];
    visiting.add(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const prerequisites = standards[top.index]?.prerequisites ?? [];
      if (top.next < prerequisites.length) {
        const prerequisite = prerequisites[top.next++]!;
        if (layer[prerequisite] === undefined && !visiting.has(prerequisite) && prerequisite < standards.length) {
          visiting.add(prerequisite);
          stack.push({ index: prerequisite, next: 0 });
        }
        continue;
      }
      let deepest = -1;
      for (const prerequisite of prerequisites) deepest = Math.max(deepest, layer[prerequisite] ?? -1);
      layer[top.index] = deepest + 1;
      visiting.delete(top.index);
      stack.pop();
    }
  };
  standards.forEach((_, index) => {
    if (layer[index] === undefined) visit(index);
  });
  return layer.map((value) => value ?? 0);
}

/**
 * Places the linked standards left to right by layer. Within a layer they sit in the order of the
 * average height of their prerequisites (one barycentre pass, which keeps most edges from crossing),
 * ties in the class's order. Edges run from a prerequisite's right side to the standard's left side.
 * A layer of more than `maxLayerRows` wraps into several columns; its standards that others wait on go in
 * its last columns, nearest their dependents, so fewer edges cross its boxes.
 * Standards with no prerequisite link either way would all land in the first layer, one tall column;
 * they wrap instead into rows below the linked ones, in the class's order.
 */
export function graphLayout(standards: readonly ProgressionStandard[], sizes: GraphSizes): GraphLayout {
  const layerOf = layers(standards);
  const linked = standards.map((standard) => standard.prerequisites.length > 0);
  standards.forEach((standard) => standard.prerequisites.forEach((p) => (linked[p] = true)));
  // with no link anywhere there is nothing to layer: the whole class is the loose block
  const loose = standards.map((_, index) => index).filter((index) => !linked[index]);
  const columns: number[][] = [];
  layerOf.forEach((layer, index) => {
    if (linked[index]) (columns[layer] ??= []).push(index);
  });
  const waitedOn = new Set(standards.flatMap((standard) => standard.prerequisites));
  const row = new Map<number, number>();
  const across = new Map<number, number>();
  let columnCount = 0;
  for (const column of columns) {
    if (!column) continue;
    const weight = (index: number): number => {
      const placed = (standards[index]?.prerequisites ?? []).map((p) => row.get(p)).filter((value) => value !== undefined);
      return placed.length === 0 ? index : placed.reduce((sum, value) => sum + value, 0) / placed.length;
    };
    const byWeight = (a: number, b: number) => weight(a) - weight(b) || a - b;
    const ordered = column.length <= maxLayerRows ? [...column].sort(byWeight) : [...column.filter((i) => !waitedOn.has(i)).sort(byWeight), ...column.filter((i) => waitedOn.has(i)).sort(byWeight)];
    ordered.forEach((index, position) => {
      row.set(index, position % maxLayerRows);
      across.set(index, columnCount + Math.floor(position / maxLayerRows));
    });
    columnCount += Math.ceil(column.length / maxLayerRows);
  }
  const xOf = (column: number) => sizes.margin + column * (sizes.nodeWidth + sizes.columnGap);
  const yOf = (position: number) => sizes.margin + position * (sizes.nodeHeight + sizes.rowGap);
  const tallest = Math.min(maxLayerRows, Math.max(0, ...columns.map((column) => column?.length ?? 0)));
  const layeredHeight = tallest === 0 ? 0 : yOf(tallest - 1) + sizes.nodeHeight;

  const looseColumns = Math.max(looseMinColumns, columnCount);
  const looseTop = loose.length === 0 ? null : tallest === 0 ? sizes.margin : layeredHeight + sizes.rowGap + looseHeadingHeight;
  const loosePlace = new Map(loose.map((index, position) => [index, position]));
  const nodes = standards.map((_, index): GraphNode => {
    const position = loosePlace.get(index);
    if (position !== undefined && looseTop !== null) {
      return { index, layer: 0, x: xOf(position % looseColumns), y: looseTop + Math.floor(position / looseColumns) * (sizes.nodeHeight + sizes.rowGap) };
    }
    return { index, layer: layerOf[index] ?? 0, x: xOf(across.get(index) ?? 0), y: yOf(row.get(index) ?? 0) };
  });
  const edges: GraphEdge[] = [];
  standards.forEach((standard, to) => {
    for (const from of standard.prerequisites) {
      const a = nodes[from];
      const b = nodes[to];
      if (!a || !b || a.layer >= b.layer) continue;
      edges.push({ from, to, x1: a.x + sizes.nodeWidth, y1: a.y + sizes.nodeHeight / 2, x2: b.x, y2: b.y + sizes.nodeHeight / 2 });
    }
  });
  const looseRows = Math.ceil(loose.length / looseColumns);
  const looseWide = Math.min(loose.length, looseColumns);
  const bottom = looseTop !== null ? looseTop + (looseRows - 1) * (sizes.nodeHeight + sizes.rowGap) + sizes.nodeHeight : layeredHeight;
  const wide = Math.max(columnCount, looseWide);
  return {
    nodes,
    edges,
    width: wide === 0 ? 0 : xOf(wide - 1) + sizes.nodeWidth + sizes.margin,
    height: standards.length === 0 ? 0 : bottom + sizes.margin,
    looseTop: tallest === 0 ? null : looseTop,
  };
}

/** A share of the class (0–1) in one of five bands, for the node's colour: 0–19%, 20–39% … 80–100%. */
export function shareBand(share: number): 0 | 1 | 2 | 3 | 4 {
  const band = Math.floor(Math.min(1, Math.max(0, share)) * 5);
  return band >= 4 ? 4 : band <= 0 ? 0 : band === 1 ? 1 : band === 2 ? 2 : 3;
}
