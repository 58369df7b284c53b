import { describe, expect, it } from 'vitest';
import type { LevelParse } from './level-scale.js';
import { parsePastedText, planPaste } from './paste-plan.js';

const parse = (text: string): LevelParse =>
  ['1', '2', '3', '4'].includes(text.trim()) ? { ok: true, level: Number(text) } : { ok: false, message: `"${text.trim()}" is not a level.` };
const context = {
  rowNames: ['Ana', 'Ben', 'Cleo', 'Dev'],
  columns: [
    { label: '5.NF.1', editable: true },
    { label: '5.NF.2', editable: true },
    { label: 'Roll-up 5.NF', editable: false },
  ],
  parse,
};

describe('pasted text', () => {
  it('splits lines and tabs and ignores the final line break', () => {
    expect(parsePastedText('3\n2\n4\n')).toEqual([['3'], ['2'], ['4']]);
    expect(parsePastedText('3\t2\r\n1\t4')).toEqual([
      ['3', '2'],
      ['1', '4'],
    ]);
    expect(parsePastedText('3')).toEqual([['3']]);
  });
});

describe('planning a paste', () => {
  it('places a column from the active cell down, skipping blanks', () => {
    const plan = planPaste(parsePastedText('3\n\n4\n'), { row: 1, col: 0 }, context);
    expect(plan).toEqual({ ok: true, cells: [{ row: 1, col: 0, level: 3 }, { row: 3, col: 0, level: 4 }] });
  });

  it('places several columns to the right', () => {
    const plan = planPaste(parsePastedText('1\t2\n3\t4'), { row: 0, col: 0 }, context);
    expect(plan.ok && plan.cells.map((c) => `${c.row}${c.col}=${c.level}`)).toEqual(['00=1', '01=2', '10=3', '11=4']);
  });

  it('refuses the whole paste at the first bad value, naming the row, learner and value', () => {
    expect(planPaste(parsePastedText('3\n7\n2'), { row: 0, col: 1 }, context)).toEqual({
      ok: false,
      message: 'Row 2 (Ben, 5.NF.2): "7" is not a level. Nothing was recorded.',
    });
  });

  it('refuses more rows than learners below, and pasting into a roll-up', () => {
    const tooMany = planPaste(parsePastedText('1\n2\n3'), { row: 2, col: 0 }, context);
    expect(tooMany).toEqual({ ok: false, message: 'The clipboard holds 3 rows, but there are only 2 learners from Cleo down. Nothing was recorded.' });
    const rollup = planPaste([['1']], { row: 0, col: 2 }, context);
    expect(rollup.ok).toBe(false);
    expect(planPaste([['1', '2']], { row: 0, col: 2 }, context).ok).toBe(false);
    expect(planPaste([[''], ['  ']], { row: 0, col: 0 }, context)).toEqual({ ok: false, message: 'The clipboard holds no levels to record.' });
  });
});
