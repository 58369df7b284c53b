import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { GradebookError } from './errors.js';
import { qb } from './handle.js';
import { insertScale, type NewScale } from './scales.js';

const openTemp = useTempGradebook();

const fourLevels: NewScale = {
  title: 'Proficiency (1–4)',
  purpose: 'academic',
  masteryThreshold: 3,
  levels: [
    { value: 1, label: 'Beginning', shortLabel: 'B', colour: '#5D1B16', description: 'A start, with help.' },
    { value: 2, label: 'Developing', shortLabel: 'D', colour: '#886B20' },
    { value: 3, label: 'Proficient', shortLabel: 'P', colour: '#2C72A3' },
    { value: 4, label: 'Extending', shortLabel: 'E', colour: '#5D1EB6' },
  ],
};

describe('insertScale', () => {
  it('writes a scale and its levels together', async () => {
    const { writer, reader } = await openTemp();
    const id = insertScale(writer, fourLevels);
    expect(reader.first(qb.selectFrom('scales').select(['title', 'purpose', 'mastery_threshold', 'half_steps']).where('id', '=', id))).toEqual({
      title: 'Proficiency (1–4)',
      purpose: 'academic',
      mastery_threshold: 3,
      half_steps: 0,
    });
    const levels = reader.all(qb.selectFrom('scale_levels').select(['value', 'label', 'short_label', 'description']).where('scale_id', '=', id).orderBy('value'));
    expect(levels.map((level) => level.label)).toEqual(['Beginning', 'Developing', 'Proficient', 'Extending']);
    expect(levels[0]).toMatchObject({ short_label: 'B', description: 'A start, with help.' });
    expect(levels[1]?.description).toBe('');
  });

  it.each([
    ['a threshold outside the levels', { ...fourLevels, masteryThreshold: 5 }, /outside its levels/],
    ['two levels with one value', { ...fourLevels, levels: [...fourLevels.levels, { value: 4, label: 'Again', shortLabel: 'A', colour: '#000000' }] }, /same value/],
    ['a colour that is not #rrggbb', { ...fourLevels, masteryThreshold: 2, levels: [{ value: 1, label: 'One', shortLabel: '1', colour: 'red' }, { value: 2, label: 'Two', shortLabel: '2', colour: '#000000' }] }, /not a #rrggbb/],
    ['a single level', { ...fourLevels, masteryThreshold: 1, levels: [{ value: 1, label: 'One', shortLabel: '1', colour: '#000000' }] }, /at least two levels/],
  ])('refuses %s and writes nothing', async (_, scale, message) => {
    const { writer, reader } = await openTemp();
    expect(() => insertScale(writer, scale)).toThrow(GradebookError);
    expect(() => insertScale(writer, scale)).toThrow(message);
    expect(reader.all(qb.selectFrom('scales').selectAll())).toEqual([]);
    expect(reader.all(qb.selectFrom('scale_levels').selectAll())).toEqual([]);
  });

  it('rolls the scale back when a level is refused by the database', async () => {
    const { writer, reader } = await openTemp();
    const clash = '0198b39b-f800-7000-8000-000000000001';
    const scale: NewScale = { ...fourLevels, levels: fourLevels.levels.map((level, index) => (index >= 2 ? { ...level, id: clash } : level)) };
    expect(() => insertScale(writer, scale)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(reader.all(qb.selectFrom('scales').selectAll())).toEqual([]);
  });
});
