import type { GradebookReader } from '../../db/handle.js';
import type { ValidRequestOf } from '../../preload/contract/index.js';
import { profileSnapshot } from './domain/snapshot-sections.js';
import { learnerProfile } from './learner-profile.js';
import { profileSnapshotPdf } from './profile-snapshot-pdf.js';

/** The profile snapshot as the window downloads it: a file name and the PDF's bytes. */
export function learnerSnapshot(reader: GradebookReader, request: ValidRequestOf<'learners:snapshot'>): { fileName: string; pdfBase64: string } {
  const { hideSensitive, ...which } = request;
  const profile = learnerProfile(reader, which);
  const pdf = profileSnapshotPdf(profileSnapshot(profile, { hideSensitive }));
  const name = `${profile.learner.givenName} ${profile.learner.familyName}`.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return { fileName: `${name} — profile ${profile.asOf ?? 'today'}.pdf`, pdfBase64: pdf.toString('base64') };
}
