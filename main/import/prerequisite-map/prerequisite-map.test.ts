import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, hasFixtures, noFixturesReason } from '../../../test/helpers/fixtures-dir.js';
import { readCaseJson } from '../case/read-case-json.js';
import { findCycle } from '../../paths/domain/find-cycle.js';
import { planPrerequisiteMap } from './plan-prerequisite-map.js';
import { canonicalCode } from './prerequisite-code.js';
import { readPrerequisiteMapCsv, readPrerequisiteMapJson } from './read-prerequisite-map.js';

const standards = ['4.NF.A.1', '5.NF.A.1', '5.NF.A.2', 'CCSS.Math.Content.4.NF.B.3a', '3.NF.A.1'].map((code, i) => ({ standardId: `s${i}`, code }));

describe('canonicalCode', () => {
  it('treats a URI-style prefix, a sub-standard letter, case and spaces as the same code', () => {
    const same = ['CCSS.Math.Content.4.NF.B.3.a', '4.NF.B.3a', ' 4.nf.b.3A ', '4.NF.B.3.a'];
    expect(new Set(same.map(canonicalCode))).toEqual(new Set(['4.NF.B.3A']));
    expect(canonicalCode('HSA-REI.B.4')).toBe(canonicalCode('CCSS.Math.Content.HSA-REI.B.4'));
    expect(canonicalCode('4.NF.B.3')).not.toBe(canonicalCode('4.NF.B.3a'));
  });
});

describe('planPrerequisiteMap', () => {
  it('matches codes however they are written and adds each new edge once', () => {
    const read = readPrerequisiteMapCsv('prerequisite,standard\n4.NF.A.1,5.NF.A.1\n4.nf.a.1, 4.NF.B.3.a\n5.NF.A.1,5.NF.A.2\n', 'map.csv');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const plan = planPrerequisiteMap(read.value, standards, [{ prerequisiteId: 's1', standardId: 's2' }]);
    expect(plan.issues).toEqual([]);
    expect(plan.add).toEqual([
      { prerequisiteId: 's0', standardId: 's1' },
      { prerequisiteId: 's0', standardId: 's3' },
    ]);
    expect(plan.unchanged).toBe(1);
  });

  it('names the row and column of every code that matches no standard, and adds nothing', () => {
    const read = readPrerequisiteMapCsv('prerequisite,standard\n4.NF.A.1,5.NF.A.1\n4.NF.A.9,5.NF.A.1\n3.NF.A.1,6.RP.A.1\n', 'map.csv');
    if (!read.ok) throw new Error('readable');
    const plan = planPrerequisiteMap(read.value, standards, []);
    expect(plan.add).toEqual([]);
    expect(plan.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, 'prerequisite', '4.NF.A.9'],
      [4, 'standard', '6.RP.A.1'],
    ]);
    expect(plan.issues[0]?.message).toMatch(/^map\.csv, row 3, column prerequisite: no standard in the framework has this code/);
  });

  it('refuses a cycle, in the map or through an edge already there, naming it', () => {
    const read = readPrerequisiteMapJson(JSON.stringify({ precedes: [['4.NF.A.1', '5.NF.A.1'], ['5.NF.A.1', '5.NF.A.2']] }), 'map.json');
    if (!read.ok) throw new Error('readable');
    const plan = planPrerequisiteMap(read.value, standards, [{ prerequisiteId: 's2', standardId: 's0' }]);
    expect(plan.add).toEqual([]);
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]?.message).toContain('go round in a circle');
    expect(plan.issues[0]?.value?.split(' → ')).toHaveLength(4);
    expect(findCycle([{ prerequisiteId: 'a', standardId: 'b' }, { prerequisiteId: 'b', standardId: 'c' }])).toBeNull();
  });

  it('names a malformed entry: a JSON pair that is not two codes, a CSV row with an empty code, a wrong header', () => {
    const json = readPrerequisiteMapJson('{"precedes": [["4.NF.A.1", "5.NF.A.1"], ["5.NF.A.1"]]}', 'map.json');
    expect(json).toMatchObject({ ok: false, issues: [{ column: 'precedes[1]' }] });
    const csv = readPrerequisiteMapCsv('prerequisite,standard\n4.NF.A.1,\n', 'map.csv');
    expect(csv).toMatchObject({ ok: false, issues: [{ row: 2, column: 'standard' }] });
    expect(readPrerequisiteMapCsv('from,to\n4.NF.A.1,5.NF.A.1\n', 'map.csv').ok).toBe(false);
  });
});

describe.skipIf(!hasFixtures)(`the Coherence Map on the CCSS Math CASE package (${noFixturesReason})`, () => {
  it('yields every one of its prerequisite edges on the imported standards, 4.NF.A.1 → 5.NF.A.1 among them', () => {
    const casePath = fixture('case-opensalt-ccss-math-2017', 'math_cfs_sample.json');
    const framework = readCaseJson(readFileSync(casePath, 'utf8'), 'math_cfs_sample.json');
    if (!framework.ok) throw new Error('the CASE fixture imports');
    const mapText = readFileSync(fixture('coherence-map-atc', 'coherence_map_math.json'), 'utf8');
    const raw = JSON.parse(mapText) as { precedes: [string, string][] };
    const map = readPrerequisiteMapJson(mapText, 'coherence_map_math.json');
    if (!map.ok) throw new Error(JSON.stringify(map.issues.slice(0, 3)));
    const plan = planPrerequisiteMap(map.value, framework.value.standards.map((s) => ({ standardId: s.identifier, code: s.code })), []);
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(plan.add).toHaveLength(new Set(raw.precedes.map(([a, b]) => `${a}>${b}`)).size);
    const idOf = (code: string) => framework.value.standards.find((s) => s.code === `CCSS.Math.Content.${code}`)?.identifier;
    expect(plan.add).toContainEqual({ prerequisiteId: idOf('4.NF.A.1'), standardId: idOf('5.NF.A.1') });
  });
});
