import { recordAudit } from '../../../db/audit.js';
import { GradebookError } from '../../../db/errors.js';
import { listFrameworks } from '../../../db/frameworks.js';
import type { GradebookReader, GradebookWriter } from '../../../db/handle.js';
import { insertPrerequisite, readFrameworkPrerequisites } from '../../../db/prerequisites.js';
import { readFrameworkCodes } from '../../../db/standards.js';
import type { PrerequisiteMapResult } from '../../../preload/contract/import.js';
import { keepStoredLevelsCurrent } from '../../gradebook/mastery-grid.js';
import { decodeText } from '../decode-text.js';
import { sortIssues } from './import-service.js';
import { planPrerequisiteMap, type PrerequisitePlan } from '../prerequisite-map/plan-prerequisite-map.js';
import { readPrerequisiteMapCsv, readPrerequisiteMapJson } from '../prerequisite-map/read-prerequisite-map.js';

/** A prerequisite map file as the window or the command line hands it over. */
export type MapFile = { name: string; bytes: Uint8Array };

function plan(reader: GradebookReader, frameworkId: string, file: MapFile): { title: string; plan: PrerequisitePlan } {
  const framework = listFrameworks(reader).find((f) => f.id === frameworkId);
  if (!framework) throw new GradebookError('not_found', 'That framework is not in this gradebook.', { frameworkId });
  const decoded = decodeText(file.bytes, file.name);
  const json = /\.json$/i.test(file.name) || decoded.text.trimStart().startsWith('{');
  const read = json ? readPrerequisiteMapJson(decoded.text, file.name) : readPrerequisiteMapCsv(decoded.text, file.name);
  if (!read.ok) return { title: framework.title, plan: { add: [], unchanged: 0, issues: [...decoded.issues, ...read.issues] } };
  const planned = planPrerequisiteMap(read.value, readFrameworkCodes(reader, frameworkId), readFrameworkPrerequisites(reader, frameworkId));
  return { title: framework.title, plan: { ...planned, issues: [...decoded.issues, ...read.issues, ...planned.issues] } };
}

function result(fileName: string, title: string, planned: PrerequisitePlan): PrerequisiteMapResult {
  const errors = planned.issues.filter((i) => i.severity === 'error').length;
  return {
    fileName,
    frameworkTitle: title,
    added: planned.add.length,
    unchanged: planned.unchanged,
    issues: sortIssues(planned.issues).slice(0, 200),
    issueTotals: { errors, warnings: planned.issues.length - errors },
    canCommit: errors === 0,
  };
}

export function previewPrerequisiteMap(reader: GradebookReader, frameworkId: string, file: MapFile): PrerequisiteMapResult {
  const { title, plan: planned } = plan(reader, frameworkId, file);
  return result(file.name, title, planned);
}

/**
 * Imports the map's new edges in one transaction (planned again inside it, so nothing changed between
 * preview and import can slip through), or nothing at all when the file has an error. The edges are
 * the school's (`educator`), so a newer version of the framework package keeps them.
 */
export function importPrerequisiteMap(writer: GradebookWriter, frameworkId: string, file: MapFile): PrerequisiteMapResult {
  return writer.transaction(() => {
    const { title, plan: planned } = plan(writer, frameworkId, file);
    if (planned.issues.some((i) => i.severity === 'error') || planned.add.length === 0) return result(file.name, title, planned);
    for (const edge of planned.add) insertPrerequisite(writer, { ...edge, origin: 'educator' });
    recordAudit(writer, { actor: 'import', action: 'import', entity: 'prerequisites', entityId: frameworkId, after: { fileName: file.name, added: planned.add.length } });
    keepStoredLevelsCurrent(writer, null);
    return result(file.name, title, planned);
  });
}
