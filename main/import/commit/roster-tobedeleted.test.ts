import { describe, expect, it } from 'vitest';
import { smallOneRoster12, smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { commitImport, previewImport } from './import-service.js';
import { readImportFiles } from './read-import-input.js';

const openGradebook = useTempGradebook();

/** The small roster with class k2 marked tobedeleted (as the real Test_full_data_set marks one of its two). */
function withK2ToBeDeleted() {
  return asUpload(smallOneRosterFiles({ 'classes.csv': (smallOneRoster12['classes.csv'] ?? '').replace('k2,,,', 'k2,tobedeleted,,') }));
}

function asUpload(files: Map<string, Uint8Array>) {
  return [...files].map(([name, bytes]) => ({ name: `roster/${name}`, bytes }));
}

describe('a class the file marks tobedeleted', () => {
  it('is not counted as added when the gradebook never had it: the report counts what the teacher will see', async () => {
    const gradebook = await openGradebook();
    const preview = previewImport(gradebook, readImportFiles(withK2ToBeDeleted()));
    expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
    expect(preview.summary['classes']).toMatchObject({ added: 1, skipped: 1 });
    // its enrollments (teacher t2, learner l3) have no class to go to
    expect(preview.summary['enrollments']).toMatchObject({ added: 3, skipped: 2 });
    const said = preview.issues.map((issue) => issue.message);
    expect(said).toContainEqual(expect.stringMatching(/roster\/classes\.csv, column status: the class 5M-B is marked to be deleted and the gradebook does not have it, so it is not added/));
    expect(said).toContainEqual(expect.stringMatching(/classes\.csv marks the class to be deleted, so it is not added; the enrollment e4 is skipped/));

    const report = commitImport(gradebook, { previewId: preview.previewId });
    expect(report.summary['classes']).toMatchObject({ added: 1, skipped: 1 });
    expect(gradebook.reader.prepare('SELECT title FROM classes').pluck().all()).toEqual(['5M-A']);
  });

  it('is archived when the gradebook has it', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(asUpload(smallOneRosterFiles()))).previewId });
    // the learners and enrollments files still list k2's people: only the class changes
    const preview = previewImport(gradebook, readImportFiles(withK2ToBeDeleted()));
    expect(preview.summary['classes']).toMatchObject({ added: 0, deactivated: 1, unchanged: 1, skipped: 0 });
    commitImport(gradebook, { previewId: preview.previewId });
    expect(gradebook.reader.prepare(`SELECT status FROM classes WHERE sourced_id = 'k2'`).pluck().get()).toBe('archived');
  });
});

/** The small roster with learner l3 marked tobedeleted in users.csv (and demographics for every learner). */
function withL3ToBeDeleted() {
  const users = (smallOneRoster12['users.csv'] ?? '').replace('l3,,,', 'l3,tobedeleted,,');
  const demographics = ['sourcedId,status,dateLastModified,birthDate,sex', 'l1,,,2014-03-01,female', 'l2,,,2014-05-02,male', 'l3,,,2014-07-03,female'].join('\r\n');
  const manifest = (smallOneRoster12['manifest.csv'] ?? '').replace('file.demographics,absent', 'file.demographics,bulk');
  return asUpload(smallOneRosterFiles({ 'users.csv': users, 'demographics.csv': demographics, 'manifest.csv': manifest }));
}

describe('a learner the file marks tobedeleted', () => {
  it('is not counted as added when the gradebook never had them, and neither are their enrollment and demographics', async () => {
    const gradebook = await openGradebook();
    const preview = previewImport(gradebook, readImportFiles(withL3ToBeDeleted()));
    expect(preview.issueTotals.errors, preview.issues[0]?.message).toBe(0);
    expect(preview.summary['learners']).toMatchObject({ added: 2, skipped: 1 });
    expect(preview.summary['enrollments']).toMatchObject({ added: 4, skipped: 1 });
    expect(preview.summary['demographics']).toMatchObject({ added: 2, skipped: 1 });
    const said = preview.issues.map((issue) => issue.message);
    expect(said).toContainEqual(expect.stringMatching(/roster\/users\.csv, column status: the learner Emi Wong \(l3\) is marked to be deleted and the gradebook does not have them, so they are not added/));
    expect(said).toContainEqual(expect.stringMatching(/users\.csv marks the person to be deleted, so they are not added; the enrollment e5 is skipped/));

    const report = commitImport(gradebook, { previewId: preview.previewId });
    expect(report.summary['learners']).toMatchObject({ added: 2, skipped: 1 });
    expect(gradebook.reader.prepare('SELECT sourced_id FROM learners ORDER BY sourced_id').pluck().all()).toEqual(['l1', 'l2']);
    expect(gradebook.reader.prepare('SELECT count(*) FROM demographics').pluck().get()).toBe(2);
  });

  it('is made inactive when the gradebook has them', async () => {
    const gradebook = await openGradebook();
    commitImport(gradebook, { previewId: previewImport(gradebook, readImportFiles(asUpload(smallOneRosterFiles()))).previewId });
    const preview = previewImport(gradebook, readImportFiles(withL3ToBeDeleted()));
    expect(preview.summary['learners']).toMatchObject({ added: 0, deactivated: 1, skipped: 0 });
    commitImport(gradebook, { previewId: preview.previewId });
    expect(gradebook.reader.prepare(`SELECT status FROM learners WHERE sourced_id = 'l3'`).pluck().get()).toBe('inactive');
  });
});
