import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode-text.js';
import { readRosterCsv } from './read-roster-csv.js';

const sample = [
  'Class,Given Name,Family Name,Preferred Name,Learner ID,Email,Grade',
  '5A,Chloé,Moreau,Clo,1001,chloe@example.org,5',
  '5A,Dev,Singh,,,,5',
  '5B Science,Chloé,Moreau,Clo,1001,chloe@example.org,5',
  '5B Science,Dev,Singh,,,,5',
].join('\r\n');

describe('readRosterCsv', () => {
  it('makes classes, learners and enrollments with stable ids', () => {
    const result = readRosterCsv(sample, 'classes.csv');
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('expected a package');
    expect(result.value.classes.map((c) => c.title)).toEqual(['5A', '5B Science']);
    // the same child in two classes is one learner, by learner id or by name
    expect(result.value.users).toHaveLength(2);
    expect(result.value.enrollments).toHaveLength(4);
    expect(result.value.users[0]).toMatchObject({ givenName: 'Chloé', preferredGivenName: 'Clo', identifier: '1001', grades: ['05'], roles: [{ role: 'student' }] });
    expect(result.value.fileModes).toMatchObject({ classes: 'delta', users: 'delta', enrollments: 'delta', orgs: 'absent' });
    const again = readRosterCsv(sample, 'other-name.csv');
    expect(again.ok && again.value.enrollments.map((e) => e.sourcedId)).toEqual(result.value.enrollments.map((e) => e.sourcedId));
  });

  it('refuses two learners with the same name in one class without ids, and one id for two people', () => {
    const twins = readRosterCsv('class,given name,family name\n5A,Sam,Lee\n5A,Sam,Lee', 'f.csv');
    expect(twins.issues[0]).toMatchObject({ severity: 'error', row: 3, expected: 'a learner id to tell two learners with the same name apart' });
    const clash = readRosterCsv('class,given name,family name,learner id\n5A,Sam,Lee,7\n5B,Ana,Ruiz,7', 'f.csv');
    expect(clash.issues[0]).toMatchObject({ severity: 'error', row: 3, column: 'learner id', value: '7' });
    expect(readRosterCsv('class,given name\n5A,Sam', 'f.csv').issues[0]).toMatchObject({ severity: 'error', column: 'family name' });
  });

  it('never throws on corrupted copies', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('truncate', 'quote', 'bytes'), fc.uint8Array({ maxLength: 60 }), (at, how, noise) => {
        const position = at % sample.length;
        const bytes =
          how === 'bytes' ? noise : new TextEncoder().encode(how === 'truncate' ? sample.slice(0, position) : `${sample.slice(0, position)}"${sample.slice(position)}`);
        const result = readRosterCsv(decodeText(bytes, 'gen.csv').text, 'gen.csv');
        if (!result.ok) expect(result.issues.filter((issue) => issue.severity === 'error').every((issue) => issue.file === 'gen.csv')).toBe(true);
        if (!result.ok) expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
      }),
    );
  });
});
