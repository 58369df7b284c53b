import { describe, expect, it } from 'vitest';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { recordAudit } from './audit.js';
import { insertEvidence } from './evidence.js';
import { qb } from './handle.js';

const openTemp = useTempGradebook();

describe('recordAudit', () => {
  it('records who changed what, with the before and after states as JSON', async () => {
    const { writer, reader } = await openTemp();
    const id = recordAudit(writer, {
      at: '2026-01-23T20:15:00.000Z',
      actor: 'educator-1',
      action: 'override',
      entity: 'mastery',
      entityId: 'cell-1',
      before: { level: 2.5 },
      after: { level: 3, reason: 'Showed it in a conference' },
    });
    const row = reader.first(qb.selectFrom('audit_log').selectAll().where('id', '=', id));
    expect(row).toMatchObject({ at: '2026-01-23T20:15:00.000Z', actor: 'educator-1', action: 'override', entity: 'mastery', entity_id: 'cell-1' });
    expect(JSON.parse(row?.before ?? 'null')).toEqual({ level: 2.5 });
    expect(JSON.parse(row?.after ?? 'null')).toEqual({ level: 3, reason: 'Showed it in a conference' });
  });

  it('stands or falls with the change it describes', async () => {
    const { writer, reader } = await openTemp();
    const parents = insertParentRows(writer);
    expect(() =>
      writer.transaction(() => {
        const evidenceId = insertEvidence(writer, { ...parents, level: 3, observedOn: '2025-10-01', kind: 'for' });
        recordAudit(writer, { actor: 'educator-1', action: 'create', entity: 'evidence', entityId: evidenceId, after: { level: 3 } });
        insertEvidence(writer, { ...parents, learnerId: 'ghost', level: 2, observedOn: '2025-10-01', kind: 'for' });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('audit_log').selectAll())).toEqual([]);
    expect(reader.all(qb.selectFrom('evidence').selectAll())).toEqual([]);
  });
});
