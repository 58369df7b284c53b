import { z } from 'zod';
import { GradebookError } from '../../../db/errors.js';
import type { ReadableGradebook } from '../../../db/open.js';
import { importOptions } from '../../../preload/contract/import.js';
import type { ImportPreviewResult } from '../../../preload/contract/index.js';
import type { FrameworkCsvOptions } from '../case/read-opensalt-csv.js';
import type { ReadProgress } from '../oneroster/read-oneroster-source.js';
import type { HandlerContext } from '../../worker/handler-context.js';
import { previewImport } from './import-service.js';
import { readImportPath, type ReadImport } from './read-import-input.js';

export type ImportPreviewOptions = z.infer<typeof importOptions>;

/**
 * The one preview of every door: the window's files (import:preview) and the command line's path
 * (the worker's previewImportPath). Reading reports its progress; planning follows.
 */
export function previewWithProgress(
  gradebook: ReadableGradebook,
  options: ImportPreviewOptions,
  context: HandlerContext,
  read: (csvOptions: FrameworkCsvOptions, onProgress: ReadProgress) => ReadImport,
): ImportPreviewResult {
  const csvOptions = options.frameworkTitle === undefined ? {} : { title: options.frameworkTitle };
  // a district's roster takes a moment to read: the window shows how far along it is
  const reading = (done: number, total: number) => context.emit('import:progress', { phase: 'reading', done, total });
  const result = read(csvOptions, reading);
  context.emit('import:progress', { phase: 'planning', done: 0, total: 0 });
  return previewImport(gradebook, result, options);
}

const pathRequest = z.object({ path: z.string().min(1).max(4096), options: importOptions.optional() }).strict();

/**
 * The command line's import of a file or folder on disk. Not a contract channel: only the worker's own
 * command reaches it, so no page (Electron or the browser harness) can name a path.
 */
export function previewImportPath(gradebook: ReadableGradebook, request: unknown, context: HandlerContext): ImportPreviewResult {
  const parsed = pathRequest.safeParse(request);
  if (!parsed.success) {
    throw new GradebookError('invalid_data', `The import request is not valid: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`, {});
  }
  const { path, options = {} } = parsed.data;
  return previewWithProgress(gradebook, options, context, (csvOptions, onProgress) => readImportPath(path, csvOptions, onProgress));
}
