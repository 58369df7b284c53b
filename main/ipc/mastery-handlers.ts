import { listAssessments } from '../../db/assessments.js';
import { requireClass } from '../../db/classes.js';
import { listTrashedEvidence } from '../../db/evidence.js';
import { listScales } from '../../db/scales.js';
import { saveScale } from '../gradebook/save-scale.js';
import { cellHistory } from '../mastery/cell-history.js';
import { masteryGrid, previewMethod } from '../mastery/mastery-grid.js';
import { clearOverride, createAssessment, overrideMastery, setMethod } from '../mastery/mastery-settings.js';
import { editEvidence, recordEvidence, trashEvidence } from '../mastery/record-evidence.js';
import type { Handlers } from './handlers.js';

/** Evidence, assessments and mastery: the gradebook grid's channels. */
export const masteryHandlers = {
  'scales:list': (gradebook) => listScales(gradebook.reader),
  'scales:save': (gradebook, request) => saveScale(gradebook.writer, request),
  'mastery:grid': (gradebook, { classId, asOf, method }) => masteryGrid(gradebook.writer, classId, { asOf, method }),
  'mastery:preview': (gradebook, { classId, method }) => previewMethod(gradebook.writer, classId, method),
  'mastery:setMethod': (gradebook, request) => setMethod(gradebook.writer, request),
  'mastery:override': (gradebook, request) => overrideMastery(gradebook.writer, request),
  'mastery:clearOverride': (gradebook, request) => clearOverride(gradebook.writer, request),
  'mastery:history': (gradebook, request) => cellHistory(gradebook.writer, request),
  'evidence:record': (gradebook, { classId, ...entry }) => {
    const [recorded] = recordEvidence(gradebook.writer, classId, [entry]);
    return recorded!;
  },
  'evidence:recordMany': (gradebook, { classId, entries }) => recordEvidence(gradebook.writer, classId, entries),
  'evidence:update': (gradebook, request) => editEvidence(gradebook.writer, request),
  'evidence:delete': (gradebook, { evidenceId }) => trashEvidence(gradebook.writer, evidenceId, false),
  'evidence:restore': (gradebook, { evidenceId }) => trashEvidence(gradebook.writer, evidenceId, true),
  'evidence:listTrashed': (gradebook, { classId }) => {
    requireClass(gradebook.reader, classId);
    return listTrashedEvidence(gradebook.reader, classId);
  },
  'assessments:list': (gradebook, { classId }) => {
    requireClass(gradebook.reader, classId);
    return listAssessments(gradebook.reader, classId);
  },
  'assessments:create': (gradebook, request) => {
    requireClass(gradebook.reader, request.classId);
    return createAssessment(gradebook.writer, request);
  },
} satisfies Partial<Handlers>;
