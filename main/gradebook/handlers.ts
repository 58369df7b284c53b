import { summarizeGradebook } from '../../db/info.js';
import { listAssessments, readAssessmentScores } from '../../db/assessments.js';
import { requireClass } from '../../db/classes.js';
import { listTrashedEvidence } from '../../db/evidence.js';
import { cellHistory } from './cell-history.js';
import { masteryGrid, previewMethod } from './mastery-grid.js';
import { masteryWorkFor } from './mastery-progress.js';
import { clearOverride, createAssessment, overrideMastery, setMethod } from './mastery-settings.js';
import { editEvidence, recordEvidence, restoreEvidence, trashEvidence } from './record-evidence.js';
import type { gradebookChannels } from '../../preload/contract/gradebook.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** The gradebook: evidence, assessments and mastery (the grid's channels), and the file's summary. */
export const gradebookHandlers = {
  'gradebook:info': (gradebook) => ({ ...summarizeGradebook(gradebook.reader, gradebook.schemaVersion), readOnly: gradebook.readOnly }),
  'mastery:grid': (gradebook, { classId, asOf, method, firstLearners }, context) =>
    masteryGrid(gradebook.reader, classId, { asOf, method, firstLearners }, masteryWorkFor(context, classId)),
  'mastery:preview': (gradebook, { classId, method }, context) => previewMethod(gradebook.reader, classId, method, masteryWorkFor(context, classId)),
  // the worker client answers mastery:cancel itself while a grid or preview runs: reaching here, none was
  'mastery:cancel': () => ({ cancelRequested: false }),
  'mastery:setMethod': (gradebook, request) => setMethod(gradebook.writer, request),
  'mastery:override': (gradebook, request) => overrideMastery(gradebook.writer, request),
  'mastery:clearOverride': (gradebook, request) => clearOverride(gradebook.writer, request),
  'mastery:history': (gradebook, request) => cellHistory(gradebook.reader, request),
  'evidence:record': (gradebook, { classId, ...entry }) => {
    const [recorded] = recordEvidence(gradebook.writer, classId, [entry]);
    return recorded!;
  },
  'evidence:recordMany': (gradebook, { classId, entries }) => recordEvidence(gradebook.writer, classId, entries),
  'evidence:update': (gradebook, request) => editEvidence(gradebook.writer, request),
  'evidence:delete': (gradebook, { evidenceId }) => trashEvidence(gradebook.writer, evidenceId),
  'evidence:restore': (gradebook, { evidenceId }) => restoreEvidence(gradebook.writer, evidenceId),
  'evidence:listTrashed': (gradebook, { classId }) => {
    requireClass(gradebook.reader, classId);
    return listTrashedEvidence(gradebook.reader, classId);
  },
  'assessments:list': (gradebook, { classId }) => {
    requireClass(gradebook.reader, classId);
    return listAssessments(gradebook.reader, classId);
  },
  'assessments:scores': (gradebook, { classId, assessmentId }) => {
    requireClass(gradebook.reader, classId);
    return readAssessmentScores(gradebook.reader, classId, assessmentId);
  },
  'assessments:create': (gradebook, request) => {
    requireClass(gradebook.reader, request.classId);
    return createAssessment(gradebook.writer, request);
  },
} satisfies HandlersFor<typeof gradebookChannels>;
