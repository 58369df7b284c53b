import { describe, expect, it } from 'vitest';
import { growthChartLayout } from './growth-chart-model.js';

const week = (day: number, mastered: number) => ({ weekEnding: `2025-09-${String(day).padStart(2, '0')}`, masteredCells: mastered, cells: 100, masteredShare: mastered / 100 });

describe('the growth chart layout', () => {
  it('puts 0% on the bottom edge and 100% on the top, whatever the data (3% is not drawn as a leap)', () => {
    const layout = growthChartLayout([week(7, 0), week(14, 3), week(21, 100)], 640, 220);
    expect(layout.points.map((p) => p.y)).toEqual([layout.plot.bottom, Math.round((layout.plot.bottom - (layout.plot.bottom - layout.plot.top) * 0.03) * 10) / 10, layout.plot.top]);
    expect(layout.points[0]!.x).toBe(layout.plot.left);
    expect(layout.points[2]!.x).toBe(layout.plot.right);
    expect(layout.yTicks.map((tick) => tick.share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('labels at most a handful of weeks, always the first and the last', () => {
    const weeks = Array.from({ length: 20 }, (_, index) => ({ ...week(1, index), weekEnding: `w${String(index).padStart(2, '0')}` }));
    const layout = growthChartLayout(weeks, 640, 220, 6);
    const labels = layout.xTicks.map((tick) => tick.weekEnding);
    expect(labels[0]).toBe('w00');
    expect(labels.at(-1)).toBe('w19');
    expect(labels.length).toBeLessThanOrEqual(6);
  });

  it('draws a single week in the middle', () => {
    const layout = growthChartLayout([week(7, 50)], 640, 220);
    expect(layout.points[0]!.x).toBe((layout.plot.left + layout.plot.right) / 2);
    expect(layout.line.split(' ')).toHaveLength(1);
  });
});
