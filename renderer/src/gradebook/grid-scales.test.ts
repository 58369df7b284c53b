import { describe, expect, it } from 'vitest';
import type { GridColumn, Scale } from '../../../preload/contract/index.js';
import { displayColumns } from './grid-columns.js';
import { gridScales, paletteIndex, scaleOfColumn } from './grid-scales.js';
import { parseLevel } from './level-scale.js';

const scale = (id: string, values: number[], threshold: number, labels: string[]): Scale => ({
  id,
  title: id,
  purpose: id === 'academic' ? 'academic' : 'learning_skills',
  masteryThreshold: threshold,
  halfSteps: false,
  levels: values.map((value, index) => ({ value, label: labels[index]!, shortLabel: labels[index]!.slice(0, 1), colour: `#00000${index}`, description: '' })),
});
const academic = scale('academic', [1, 2, 3, 4], 3, ['Beginning', 'Developing', 'Proficient', 'Extending']);
const habits = scale('habits', [0, 1, 2, 3], 2, ['Never', 'Rarely', 'Usually', 'Consistently']);
const column = (standardId: string, scaleId: string, group: string): GridColumn => ({
  standardId,
  code: standardId,
  statement: '',
  ancestors: [{ id: group, code: group, statement: group, type: 'cluster' }],
  methodLabel: null,
  scaleId,
});
const columns = [column('m1', 'academic', 'math'), column('ls1', 'habits', 'skills')];

describe('a scale per column', () => {
  const scales = gridScales({ scale: academic, scales: [academic, habits], columns });

  it('finds each column’s scale, and a roll-up’s from its group', () => {
    const shown = displayColumns(columns, { showRollups: true, rollupGroups: ['math', 'skills'] });
    expect(shown.map((c) => scaleOfColumn(scales, c).scale.id)).toEqual(['academic', 'academic', 'habits', 'habits']);
  });

  it('gives each scale its own colours, one after another', () => {
    expect(scales.properties['--level-0']).toBe('#000000');
    expect(scales.properties['--level-4']).toBe('#000000');
    expect(Object.keys(scales.properties)).toHaveLength(16);
    const skills = scales.byStandard.get('ls1')!;
    expect(paletteIndex(2.5, skills)).toBe(4 + 2);
    expect(paletteIndex(2.5, scales.byStandard.get('m1')!)).toBe(1);
  });

  it('reads what was typed on the column’s own scale', () => {
    expect(parseLevel('0', scales.byStandard.get('ls1')!.scale)).toEqual({ ok: true, level: 0 });
    expect(parseLevel('0', scales.byStandard.get('m1')!.scale)).toMatchObject({ ok: false });
    expect(parseLevel('C', scales.byStandard.get('ls1')!.scale)).toEqual({ ok: true, level: 3 });
  });
});
