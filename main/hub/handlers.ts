import type { hubChannels } from '../../preload/contract/hub.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { prepareForHub, publishOpenGradebook } from './app-publish.js';
import { reportWorkFor } from '../reports/report-work.js';
import { hubClassReport, hubExport, hubSchoolSummary, listHubGradebooks } from './app-reports.js';

/**
 * The school hub's channels in the worker. Passwords and remembered addresses are main's (the
 * electron shell's safeStorage, the harness's memory: main/hub/hub-logins.ts), so reaching the worker
 * directly (the command line, a test) nothing is remembered and nothing is kept.
 */
export const hubHandlers = {
  'hub:login': () => ({ address: null, shown: null, passwordKept: false, canKeepPassword: false }),
  'hub:forgetPassword': () => ({ forgotten: false }),
  'hub:prepare': (gradebook) => prepareForHub(gradebook.writer),
  'hub:publish': (gradebook, request, context) => publishOpenGradebook(gradebook, request, (progress) => context.emit('hub:progress', progress), context.cancelFlag),
  'hub:gradebooks': (_gradebook, request) => listHubGradebooks(request),
  'hub:classReport': (_gradebook, request) => hubClassReport(request, request.gradebookId, request.filter),
  'hub:summary': (_gradebook, request, context) => hubSchoolSummary(request, request.filter, undefined, reportWorkFor(context)),
  'hub:export': (_gradebook, request, context) => hubExport(request, request.filter, request.format, reportWorkFor(context)),
  // the worker client answers hub:cancel itself while a publish runs: reaching here, none was
  'hub:cancel': () => ({ cancelRequested: false }),
} satisfies HandlersFor<typeof hubChannels>;
