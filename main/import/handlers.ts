import { sharedFlagControl } from './commit/import-control.js';
import { commitImport, forgetImportPreview, previewImport } from './commit/import-service.js';
import { readImportFiles, readImportPath } from './commit/read-import-input.js';
import { standardsCsvTemplate } from './standards-csv/standards-csv-template.js';
import type { importChannels } from '../../preload/contract/import.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Importing standards and rosters: preview, then an all-or-nothing commit. */
export const importHandlers = {
  'import:preview': (gradebook, { source, options = {} }, context) => {
    const csvOptions = options.frameworkTitle === undefined ? {} : { title: options.frameworkTitle };
    // a district's roster takes a moment to read: the window shows how far along it is
    const reading = (done: number, total: number) => context.emit('import:progress', { phase: 'reading', done, total });
    const read =
      source.kind === 'path'
        ? readImportPath(source.path, csvOptions, reading)
        : readImportFiles(
            source.files.map((file) => ({ name: file.name.replace(/\\/g, '/').replace(/^\/+/, ''), bytes: Buffer.from(file.base64, 'base64') })),
            csvOptions,
            reading,
          );
    context.emit('import:progress', { phase: 'planning', done: 0, total: 0 });
    return previewImport(gradebook, read, options);
  },
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
} satisfies HandlersFor<typeof importChannels>;
