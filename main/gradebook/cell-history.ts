import { readAuditTrail } from '../../db/audit.js';
import { listCellEvidence, readMasteryEvidence } from '../../db/evidence.js';
import type { GradebookReader } from '../../db/handle.js';
import { readActiveOverrides } from '../../db/mastery-overrides.js';
import type { CellHistory, ValidRequestOf } from '../../preload/contract/index.js';
import { computeMastery, defaultMethods, likelyMasteredAt } from './domain/mastery.js';
import { computeCell, engineEvidence, loadClassMastery, scaleOf } from './class-mastery.js';

/**
 * One cell, explained: the level, the method, every piece of evidence used in order with why it
 * counted or not, the arithmetic, and the history of edits and deletions — so no number is a mystery.
 */
export function cellHistory(reader: GradebookReader, request: ValidRequestOf<'mastery:history'>): CellHistory {
  const mastery = loadClassMastery(reader, request.classId);
  const cell = { learnerId: request.learnerId, standardId: request.standardId };
  const asOf = request.asOf ? { asOf: request.asOf } : {};
  const evidence = readMasteryEvidence(reader, request.classId, { ...cell, ...asOf });
  const [override] = readActiveOverrides(reader, request.classId, { ...cell, ...asOf });
  const method = mastery.standardMethods.get(request.standardId) ?? mastery.method;
  const computed = computeCell(evidence, method, scaleOf(mastery, request.standardId).range, override);
  const all = listCellEvidence(reader, request.classId, request.learnerId, request.standardId);
  const tracing = computeMastery(
    engineEvidence(evidence),
    defaultMethods.bkt,
    scaleOf(mastery, request.standardId).range,
  );
  return {
    cell: computed.cell,
    methodLabel: computed.result.explanation.label,
    method,
    arithmetic: computed.result.explanation.arithmetic,
    notes: [
      ...computed.result.explanation.notes,
      ...(computed.cell.override
        ? [`A teacher set this level to ${computed.cell.override.level} on ${computed.cell.override.overriddenOn}: ${computed.cell.override.reason}`]
        : []),
    ],
    likelihood:
      tracing.likelihood === undefined
        ? null
        : { value: tracing.likelihood, likelyMastered: tracing.mastered, likelyMasteredAt, arithmetic: tracing.explanation.arithmetic },
    used: computed.result.explanation.evidence.map((used) => {
      const row = evidence[used.index];
      return {
        evidenceId: row?.id ?? '',
        observedOn: used.observedAt,
        level: used.level,
        kind: used.kind ?? row?.kind ?? 'of',
        included: used.included,
        reason: used.exclusion?.reason ?? null,
      };
    }),
    evidence: all,
    changes: readAuditTrail(
      reader,
      'evidence',
      all.map((e) => e.id),
    )
      .filter((entry) => entry.action !== 'create')
      .map((entry) => ({ at: entry.at, action: entry.action, evidenceId: entry.entityId, before: entry.before, after: entry.after })),
  };
}
