import { describe, expect, it } from 'vitest';
import type { ProgressionStandard } from '../../../preload/contract/index.js';
import { graphLayout, layers, looseHeadingHeight, maxLayerRows, shareBand } from './graph-layout.js';

const node = (code: string, prerequisites: number[] = []): ProgressionStandard => ({ standardId: code, code, statement: code, prerequisites, assumed: [] });
const sizes = { nodeWidth: 100, nodeHeight: 40, columnGap: 50, rowGap: 10, margin: 5 };

describe('layers', () => {
  it('puts a chain one layer apart and a diamond’s join after its deepest side', () => {
    // 0 → 1 → 2 ; diamond 3 → {4, 5 → 6} → 7 (7 waits on 4 and 6: layer 3)
    const standards = [node('a'), node('b', [0]), node('c', [1]), node('d'), node('e', [3]), node('f', [3]), node('g', [5]), node('h', [4, 6])];
    expect(layers(standards)).toEqual([0, 1, 2, 0, 1, 1, 2, 3]);
  });

  it('does not depend on the order standards arrive in', () => {
    expect(layers([node('c', [1]), node('b', [2]), node('a')])).toEqual([2, 1, 0]);
  });

  it('ignores the edge that would close a cycle rather than looping', () => {
    const result = layers([node('a', [1]), node('b', [0])]);
    expect(result.sort()).toEqual([0, 1]);
  });

  it('handles a chain of 2,000 standards without overflowing the stack', () => {
    const chain = Array.from({ length: 2000 }, (_, index) => node(`s${index}`, index === 0 ? [] : [index - 1]));
    expect(layers(chain).at(-1)).toBe(1999);
  });
});

describe('graphLayout', () => {
  it('places layers left to right and runs every edge rightwards from side to side', () => {
    const layout = graphLayout([node('a'), node('b', [0]), node('c', [0])], sizes);
    expect(layout.nodes.map(({ x, y }) => [x, y])).toEqual([
      [5, 5],
      [155, 5],
      [155, 55],
    ]);
    expect(layout.edges).toEqual([
      { from: 0, to: 1, x1: 105, y1: 25, x2: 155, y2: 25 },
      { from: 0, to: 2, x1: 105, y1: 25, x2: 155, y2: 75 },
    ]);
    expect(layout.width).toBe(155 + 100 + 5);
    expect(layout.height).toBe(55 + 40 + 5);
  });

  it('orders a layer by where its prerequisites sit, so edges do not cross', () => {
    // layer 0: x (row 0), y (row 1); layer 1: p needs y, q needs x — q goes above p
    const layout = graphLayout([node('x'), node('y'), node('p', [1]), node('q', [0])], sizes);
    expect(layout.nodes[3]!.y).toBeLessThan(layout.nodes[2]!.y);
  });

  it('is empty for a class that tracks nothing', () => {
    expect(graphLayout([], sizes)).toEqual({ nodes: [], edges: [], width: 0, height: 0, looseTop: null });
  });

  it('wraps standards with no prerequisite link into rows below the linked ones, instead of one tall column', () => {
    // a → b linked; twelve loose standards: rows of five (the minimum width) under the two layers
    const loose = Array.from({ length: 12 }, (_, index) => node(`l${index}`));
    const layout = graphLayout([node('a'), node('b', [0]), ...loose], sizes);
    const linkedBottom = 5 + 40; // one row of linked boxes
    const top = linkedBottom + 10 + looseHeadingHeight;
    expect(layout.looseTop).toBe(top);
    expect(layout.nodes.slice(2).map(({ x, y }) => [x, y])).toEqual(
      loose.map((_, position) => [5 + (position % 5) * 150, top + Math.floor(position / 5) * 50]),
    );
    // the linked pair keeps its layers, and the edge still runs between them
    expect(layout.nodes.slice(0, 2).map(({ x, y }) => [x, y])).toEqual([
      [5, 5],
      [155, 5],
    ]);
    expect(layout.edges).toHaveLength(1);
    expect(layout.width).toBe(5 + 4 * 150 + 100 + 5);
    expect(layout.height).toBe(top + 2 * 50 + 40 + 5);
    // far shorter than one column of thirteen boxes in the first layer
    expect(layout.height).toBeLessThan(5 + 13 * 50);
  });

  it('wraps a layer taller than the screen into columns side by side, those waited on last, every edge still rightwards', () => {
    // one root; thirty standards after it, the last three of them each before one more: a second layer of 30
    const wide = Array.from({ length: 30 }, (_, index) => node(`w${index}`, [0]));
    const after = [28, 29, 30].map((at) => node(`a${at}`, [at]));
    const layout = graphLayout([node('root'), ...wide, ...after], sizes);
    const layer = layout.nodes.slice(1, 31);
    expect(new Set(layer.map(({ x }) => x))).toEqual(new Set([155, 305, 455]));
    expect(Math.max(...layer.map(({ y }) => y))).toBe(5 + (maxLayerRows - 1) * 50);
    // no two boxes on one spot
    expect(new Set(layout.nodes.map(({ x, y }) => `${x},${y}`)).size).toBe(layout.nodes.length);
    // the three waited on sit in the layer's last column, next to the layer after it
    expect(layer.slice(27).map(({ x }) => x)).toEqual([455, 455, 455]);
    expect(layout.nodes.slice(31).map(({ x }) => x)).toEqual([605, 605, 605]);
    expect(layout.edges).toHaveLength(33);
    expect(layout.edges.every((edge) => edge.x2 > edge.x1)).toBe(true);
    expect(layout.height).toBe(5 + (maxLayerRows - 1) * 50 + 40 + 5);
    expect(layout.width).toBe(605 + 100 + 5);
  });

  it('lays a class with no links at all out as rows alone, with no heading', () => {
    const layout = graphLayout(Array.from({ length: 7 }, (_, index) => node(`l${index}`)), sizes);
    expect(layout.looseTop).toBeNull();
    expect(layout.nodes.map(({ y }) => y)).toEqual([5, 5, 5, 5, 5, 55, 55]);
    expect(layout.height).toBe(55 + 40 + 5);
  });
});

describe('shareBand', () => {
  it('puts shares into five bands, clamped', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1, 1.5, -1].map(shareBand)).toEqual([0, 0, 1, 2, 3, 4, 4, 4, 0]);
  });
});
