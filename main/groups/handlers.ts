import type { groupsChannels } from '../../preload/contract/groups.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { groupCardsPdf } from './group-cards-pdf.js';
import { groupSetCsv } from './group-set-csv.js';
import { listGroupSets, readGroupSetView } from './group-set-view.js';
import { groupingHistory } from './history.js';
import { proposeForClass } from './propose.js';
import { editGroupSet, removeGroupSet, saveGroupSet } from './save-group-set.js';
import { scoreForClass } from './score.js';

/** Proposals, saved group sets, pairing history, and the card sheet and CSV. */
export const groupsHandlers = {
  'groups:propose': (gradebook, request) => proposeForClass(gradebook.reader, request),
  'groups:score': (gradebook, request) => scoreForClass(gradebook.reader, request),
  'groups:save': (gradebook, request) => saveGroupSet(gradebook.writer, request),
  'groups:update': (gradebook, request) => editGroupSet(gradebook.writer, request),
  'groups:list': (gradebook, { classId }) => listGroupSets(gradebook.reader, classId),
  'groups:get': (gradebook, { groupSetId }) => readGroupSetView(gradebook.reader, groupSetId),
  'groups:history': (gradebook, request) => groupingHistory(gradebook.reader, request),
  'groups:cards': (gradebook, { groupSetId }) => groupCardsPdf(gradebook.reader, groupSetId),
  'groups:csv': (gradebook, { groupSetId }) => groupSetCsv(gradebook.reader, groupSetId),
  'groups:delete': (gradebook, { groupSetId }) => removeGroupSet(gradebook.writer, groupSetId),
} satisfies HandlersFor<typeof groupsChannels>;
