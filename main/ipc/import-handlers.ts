import { listFrameworks, searchStandards, setTrackedStandards, standardsTree, trackedStandards } from '../../db/frameworks.js';
import { sharedFlagControl } from '../import/commit/import-control.js';
import { commitImport, forgetImportPreview, previewImport } from '../import/commit/import-service.js';
import { readImportFiles, readImportPath } from '../import/commit/read-import-input.js';
import { standardsCsvTemplate } from '../import/standards-csv/standards-csv-template.js';
import type { Handlers } from './handlers.js';

/** Importing standards and rosters (preview → commit), and the reads of the Standards view. */
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
  'frameworks:list': (gradebook) => listFrameworks(gradebook.reader),
  'standards:tree': (gradebook, { frameworkId }) => standardsTree(gradebook.reader, frameworkId),
  'standards:search': (gradebook, { frameworkId, query }) => searchStandards(gradebook.reader, query, frameworkId),
  'standards:tracked': (gradebook, { classId }) => trackedStandards(gradebook.reader, classId),
  'standards:setTracked': (gradebook, { classId, standardIds }) => setTrackedStandards(gradebook.writer, classId, standardIds),
} satisfies Partial<Handlers>;
