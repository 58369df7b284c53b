import type { MasteryGrid, Scale } from '../../../preload/contract/index.js';
import type { DisplayColumn } from './grid-columns.js';
import { colouredLevels, levelColourProperties } from '../format/level-colours.js';
import { levelBand } from './level-scale.js';

/** A scale as the grid shows it: its colours start at `paletteOffset` among the grid's level colours. */
export type ScaleInGrid = { scale: Scale; paletteOffset: number };

export type GridScales = {
  /** Every scale's colours, one scale after another: set once on the grid (no cell needs a style). */
  properties: Record<string, string>;
  all: ScaleInGrid[];
  classScale: ScaleInGrid;
  byStandard: Map<string, ScaleInGrid>;
  /** A roll-up is on the scale of its group's standards (a group sits in one framework). */
  byGroup: Map<string, ScaleInGrid>;
};

/** Which scale each column is scored on — its framework's, else the class's — and the colours of all. */
export function gridScales(grid: Pick<MasteryGrid, 'scale' | 'scales' | 'columns'>): GridScales {
  const all: ScaleInGrid[] = [];
  let offset = 0;
  for (const scale of grid.scales.some((s) => s.id === grid.scale.id) ? grid.scales : [grid.scale, ...grid.scales]) {
    all.push({ scale, paletteOffset: offset });
    offset += scale.levels.length;
  }
  const byId = new Map(all.map((entry) => [entry.scale.id, entry]));
  const classScale = byId.get(grid.scale.id)!;
  const byStandard = new Map<string, ScaleInGrid>();
  const byGroup = new Map<string, ScaleInGrid>();
  for (const column of grid.columns) {
    const entry = byId.get(column.scaleId) ?? classScale;
    byStandard.set(column.standardId, entry);
    for (const ancestor of column.ancestors) if (!byGroup.has(ancestor.id)) byGroup.set(ancestor.id, entry);
  }
  const properties = Object.assign({}, ...all.map((entry) => levelColourProperties(entry.scale, entry.paletteOffset))) as Record<string, string>;
  return { properties, all, classScale, byStandard, byGroup };
}

export function scaleOfColumn(scales: GridScales, column: DisplayColumn): ScaleInGrid {
  return (column.kind === 'standard' ? scales.byStandard.get(column.standardId) : scales.byGroup.get(column.groupId)) ?? scales.classScale;
}

/** The colour class index of a level in the grid: its band on its scale, after the scales before it. */
export function paletteIndex(level: number, entry: ScaleInGrid): number {
  return Math.min(entry.paletteOffset + levelBand(level, entry.scale), colouredLevels - 1);
}
