import { describe, expect, it } from 'vitest';
import { clusterChoices, defaultOptions, proposeRequest, withRule } from './grouping-options.js';

describe('proposeRequest', () => {
  it('asks for a standard where the strategy needs one', () => {
    expect(proposeRequest('c1', defaultOptions)).toEqual({ problem: 'Choose the standard to group for.' });
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'bands' })).toEqual({ problem: 'Choose the standard to group for.' });
  });

  it('sends readiness with its standard, seed and rules', () => {
    const options = { ...defaultOptions, standardId: 's1', seed: 7, rules: [{ kind: 'apart' as const, learnerIds: ['a', 'b'] as const }] };
    expect(proposeRequest('c1', options)).toEqual({ request: { classId: 'c1', strategy: 'readiness', standardId: 's1', seed: 7, mixItUp: true, apart: [['a', 'b']] } });
  });

  it('needs a size for mixed groups, and a whole number for any size', () => {
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'balanced' })).toEqual({ problem: 'Mixed groups need a group size: how many learners in each group?' });
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'balanced', size: '3.5' })).toEqual({ problem: 'Group size: type a whole number from 1 to 200, or leave it empty.' });
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'balanced', size: ' 4 ', standardId: '' })).toEqual({
      request: { classId: 'c1', strategy: 'balanced', size: 4, seed: 1, mixItUp: true },
    });
  });

  it('leaves the standard out of interest groups, and sends only a group count by hand', () => {
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'interests', standardId: 's1' })).toEqual({ request: { classId: 'c1', strategy: 'interests', seed: 1, mixItUp: true } });
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'manual', size: '4', groupCount: '3', rules: [{ kind: 'together', learnerIds: ['a', 'b'] }] })).toEqual({
      request: { classId: 'c1', strategy: 'manual', groupCount: 3 },
    });
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'manual', groupCount: '0' })).toEqual({ problem: 'How many groups: type a whole number from 1 to 100.' });
  });
});

describe('withRule', () => {
  it('keeps one rule per pair, the newest winning', () => {
    const rules = withRule([{ kind: 'apart', learnerIds: ['a', 'b'] }], { kind: 'together', learnerIds: ['b', 'a'] });
    expect(rules).toEqual([{ kind: 'together', learnerIds: ['b', 'a'] }]);
    expect(withRule(rules, { kind: 'apart', learnerIds: ['a', 'c'] })).toHaveLength(2);
  });
});

describe('clusters for proficiency bands', () => {
  const node = (id: string, code: string | null, parentId: string | null) => ({ id, frameworkId: 'f', parentId, position: 0, code, statement: id, type: 'Standard', gradeLevels: ['5'], retired: false });
  const standards = [node('s1', 'CCSS.Math.Content.5.NBT.A.1', 'c1'), node('s2', 'CCSS.Math.Content.5.NBT.A.3', 'c1'), node('s3', '5.NF.B.4', 'c2')];

  it('offers each parent of two or more tracked standards, named by their shared code', () => {
    expect(clusterChoices(standards)).toEqual([{ value: 'cluster:c1', label: '5.NBT.A — its 2 standards together' }]);
  });

  it('sends a cluster as clusterId for bands, and refuses it for readiness', () => {
    expect(proposeRequest('c1', { ...defaultOptions, strategy: 'bands', standardId: 'cluster:c1' })).toEqual({ request: { classId: 'c1', strategy: 'bands', clusterId: 'c1', seed: 1, mixItUp: true } });
    expect(proposeRequest('c1', { ...defaultOptions, standardId: 'cluster:c1' })).toEqual({ problem: 'A cluster works for proficiency bands only: choose one standard.' });
  });
});
