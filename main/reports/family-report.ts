import { zipSync } from 'fflate';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import { readEnrolledLearners } from '../../db/enrollments.js';
import { readReportClass } from '../../db/report-rows.js';
import type { FamilyReportRequest, ReportFile } from '../../preload/contract/reports.js';
import { localToday } from '../../preload/contract/shared.js';
import { learnerProfile } from '../learners/learner-profile.js';
import { familyLanguageFor, familyWords, levelBand } from './domain/family-words.js';
import { levelReached } from './domain/levels.js';
import { familyReportPdf, type FamilyPage } from './family-report-pdf.js';
import { unwatchedReportWork, type ReportWork } from './report-work.js';

const nextSteps = 3;
const reflectionsPerGoal = 2;

/**
 * Family progress reports for a class (or some of its learners), one learner a page, in plain words:
 * each standard's level said as what the child can do, goals with their latest reflections, what the
 * child is ready to learn next, the teacher's note. In the language asked for, else each family's
 * preferred one when the report speaks it. Standard codes only when the school wants them.
 */
export function familyReport(reader: GradebookReader, request: FamilyReportRequest, today: string = localToday(), work: ReportWork = unwatchedReportWork): ReportFile {
  const found = readReportClass(reader, request.classId);
  if (!found) throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId: request.classId });
  const enrolled = readEnrolledLearners(reader, request.classId);
  const learnerIds = request.learnerIds ?? enrolled.map((l) => l.learnerId);
  const missing = learnerIds.filter((id) => !enrolled.some((l) => l.learnerId === id));
  if (missing.length > 0) throw new GradebookError('not_found', 'A learner asked for is not enrolled in this class.', { learnerIds: missing });
  const asOf = request.asOf ?? today;
  const pages = learnerIds.map((learnerId, index): FamilyPage => {
    work.step('reading', index, learnerIds.length);
    const profile = learnerProfile(reader, { learnerId, classId: request.classId, asOf });
    const language = familyLanguageFor(request.language, profile.contacts.map((c) => c.preferredLanguage));
    const words = familyWords[language];
    const name = profile.learner.preferredName ?? profile.learner.givenName;
    const scales = new Map(profile.scales.map((s) => [s.id, { levels: s.levels.map((l) => l.value), threshold: s.masteryThreshold }]));
    const label = (s: { code: string | null; statement: string }) => (request.showCodes && s.code ? `${s.code} ${s.statement}` : s.statement);
    return {
      language,
      learnerName: `${name} ${profile.learner.familyName}`,
      className: found.title,
      asOf,
      summary: words.summary(name, profile.academic.filter((s) => s.mastered).length, profile.academic.length),
      heading: words.whereTheyStand(name),
      standings: profile.academic.map((standing) => {
        const scale = scales.get(standing.scaleId) ?? { levels: [1, 2, 3, 4], threshold: 3 };
        const reached = standing.level === null ? null : levelReached(standing.level, scale.levels);
        return { text: label(standing), level: words.levels[levelBand(reached, scale)], band: levelBand(reached, scale) };
      }),
      goals: profile.goals
        .filter((goal) => goal.status === 'active' || goal.status === 'met')
        .map((goal) => ({
          text: `${goal.body} (${words.goalStatus[goal.status]}${goal.targetOn ? `; ${words.target(goal.targetOn)}` : ''})`,
          reflections: goal.reflections.slice(-reflectionsPerGoal).map((r) => `${words.reflection(r.reflectedOn, r.authorName)} ${r.body}`),
        })),
      next: profile.gaps.filter((gap) => gap.reason === 'ready_not_mastered').slice(0, nextSteps).map(label),
      comment: request.comments?.[learnerId] ?? null,
    };
  });
  work.step('rendering', 0, 1);
  const base = safeName(found.code ?? found.title);
  if (request.onePerLearner) {
    const used = new Set<string>();
    const files = pages.map((page): [string, Uint8Array] => {
      let name = `${safeName(page.learnerName)}-${asOf}.pdf`;
      for (let n = 2; used.has(name); n++) name = `${safeName(page.learnerName)}-${n}-${asOf}.pdf`;
      used.add(name);
      return [name, familyReportPdf([page])];
    });
    return { fileName: `${base}-family-reports-${asOf}.zip`, mimeType: 'application/zip', base64: Buffer.from(zipSync(Object.fromEntries(files))).toString('base64') };
  }
  const bytes = familyReportPdf(pages);
  return { fileName: `${base}-family-report-${asOf}.pdf`, mimeType: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
}

/** A file name from a title or a person's name: letters, digits and . _ - kept, runs of anything else one dash. */
function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'report';
}
