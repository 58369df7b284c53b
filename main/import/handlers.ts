import { sharedFlagControl } from './commit/import-control.js';
import { commitImport, forgetImportPreview } from './commit/import-service.js';
import { previewWithProgress } from './commit/preview-source.js';
import { readImportFiles } from './commit/read-import-input.js';
import { importPrerequisiteMap, previewPrerequisiteMap } from './commit/prerequisite-map-import.js';
import { standardsCsvTemplate } from './standards-csv/standards-csv-template.js';
import type { importChannels } from '../../preload/contract/import.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Importing standards and rosters: preview, then an all-or-nothing commit. */
export const importHandlers = {
  // the contents of the files the user picked; never a path (the command line's path has its own door)
  'import:preview': (gradebook, { source, options = {} }, context) =>
    previewWithProgress(gradebook, options, context, (csvOptions, reading) =>
      readImportFiles(
        source.files.map((file) => ({ name: file.name.replace(/\\/g, '/').replace(/^\/+/, ''), bytes: Buffer.from(file.base64, 'base64') })),
        csvOptions,
        reading,
      ),
    ),
  'import:commit': (gradebook, request, context) => {
    // a cancel pressed before this commit started belongs to an earlier one
    if (context.cancelFlag !== null) Atomics.store(context.cancelFlag, 0, 0);
    const control = sharedFlagControl(context.cancelFlag, (progress) => context.emit('import:progress', progress));
    return commitImport(gradebook, request, control);
  },
  'import:standardsTemplate': () => ({ fileName: 'standards-template.csv', text: standardsCsvTemplate() }),
  // the worker client answers import:cancel itself while a commit runs; reaching the worker means
  // none is running, so the wizard was closed: its kept preview (maybe a whole district) can go
  'import:cancel': () => {
    forgetImportPreview();
    return { cancelRequested: false };
  },
  'import:previewPrerequisiteMap': (gradebook, { frameworkId, file }) => previewPrerequisiteMap(gradebook.reader, frameworkId, { name: file.name, bytes: Buffer.from(file.base64, 'base64') }),
  'import:prerequisiteMap': (gradebook, { frameworkId, file }) => importPrerequisiteMap(gradebook.writer, frameworkId, { name: file.name, bytes: Buffer.from(file.base64, 'base64') }),
} satisfies HandlersFor<typeof importChannels>;
