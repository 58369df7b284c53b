import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { migrations } from './index.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';

describe('migration 0040-source-modified', () => {
  it('migrates a schema-30 file with roster rows to 40: rows intact, source_modified_at empty until an import fills it', async () => {
    const path = join(tempDir(), 'm40.proficio');
    const upTo30 = migrations.filter((m) => m.version <= 30);
    const old = await openGradebook(path, { migrations: upTo30 });
    const school = newId();
    const learner = newId();
    old.writer.prepare(`INSERT INTO schools (id, sourced_id, name, created_at, updated_at) VALUES (?, 'org-1', 'Juniper', ?, ?)`).run(school, now, now);
    old.writer.prepare(`INSERT INTO learners (id, sourced_id, given_name, family_name, created_at, updated_at) VALUES (?, 'u-1', 'Ana', 'Lima', ?, ?)`).run(learner, now, now);
    old.close();

    const gradebook = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 40) });
    try {
      expect(gradebook.migration).toMatchObject({ from: 30, applied: ['40-source-modified'] });
      expect(gradebook.reader.prepare('SELECT id, name, source_modified_at FROM schools').all()).toEqual([{ id: school, name: 'Juniper', source_modified_at: null }]);
      expect(gradebook.reader.prepare('SELECT given_name, source_modified_at FROM learners').all()).toEqual([{ given_name: 'Ana', source_modified_at: null }]);
      for (const table of ['terms', 'courses', 'classes', 'educators', 'contacts', 'enrollments', 'demographics']) {
        const columns = (gradebook.reader.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
        expect(columns, table).toContain('source_modified_at');
      }
    } finally {
      gradebook.close();
    }
  });
});
