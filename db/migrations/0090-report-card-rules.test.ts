import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { migrations } from './index.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';
const marks = JSON.stringify([{ mark: 'Meets', conditions: [{ kind: 'share_at_least', level: 3, share: 0.75 }] }]);

describe('migration 0090-report-card-rules', () => {
  it('adds report-card rules to a schema-70 file: one scope each, marks as a JSON array, gone with their cluster', async () => {
    const path = join(tempDir(), 'm90.proficio');
    const old = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 70) });
    const [framework, cluster] = [newId(), newId()];
    old.writer.prepare(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'F', ?, ?)`).run(framework, now, now);
    old.writer.prepare(`INSERT INTO standards (id, framework_id, statement, type, position, created_at, updated_at) VALUES (?, ?, 'Fractions', 'cluster', 0, ?, ?)`).run(cluster, framework, now, now);
    old.close();

    const gradebook = await openGradebook(path);
    try {
      expect(gradebook.migration?.applied).toContain('90-report-card-rules');
      const insert = gradebook.writer.prepare(
        `INSERT INTO report_card_rules (id, title, scope_standard_id, scope_framework_id, marks, otherwise, created_at, updated_at) VALUES (?, 'Rule', ?, ?, ?, 'Not yet', ?, ?)`,
      );
      insert.run(newId(), cluster, null, marks, now, now);
      insert.run(newId(), null, framework, marks, now, now);
      expect(() => insert.run(newId(), cluster, framework, marks, now, now)).toThrow(/CHECK/);
      expect(() => insert.run(newId(), null, null, marks, now, now)).toThrow(/CHECK/);
      expect(() => insert.run(newId(), cluster, null, '{"not":"a list"}', now, now)).toThrow(/CHECK/);
      gradebook.writer.prepare('DELETE FROM standards WHERE id = ?').run(cluster);
      expect(gradebook.reader.prepare('SELECT count(*) FROM report_card_rules').pluck().get()).toBe(1);
      // the report reads a class's rules by scope: an index, not a scan
      const plan = gradebook.reader.prepare('EXPLAIN QUERY PLAN SELECT id FROM report_card_rules WHERE scope_standard_id = ?').all('x') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX report_card_rules_standard/);
    } finally {
      gradebook.close();
    }
  });
});
