import { newId } from '../../db/ids.js';
import { dispatch } from '../../main/worker/dispatch.js';
import type { importChannels } from '../../preload/contract/import.js';
import type { RequestOf } from '../../preload/contract/index.js';
import type { ChannelSamples, DemoLookup } from './samples.js';

/** Importing standards and rosters. Per channel: one valid request on the demo gradebook, and malformed ones it must refuse. */
export const importSamples = {
  'import:preview': {
    valid: () => importRequest(),
    malformed: [
      {},
      { source: { kind: 'url', path: 'https://example.org/x.json' } },
      // the page never names a path: only the contents of files the user picked (issue 8, item 1)
      { source: { kind: 'path', path: '/etc/passwd' } },
      { source: { kind: 'path', path: '/tmp/x.json' } },
      { source: { kind: 'path', path: '/dev/zero' }, options: {} },
      { source: { kind: 'files', files: [] } },
      { source: { kind: 'files', files: [{ name: 'a.csv', base64: 'not base64 at all!' }] } },
      { source: { kind: 'files', files: [{ name: '', base64: '' }] } },
      { ...importRequest(), options: { validRowsOnly: 'yes' } },
      { ...importRequest(), options: { classSourcedIds: [] } },
    ],
  },
  'import:commit': {
    valid: (demo) => {
      // a commit needs a fresh preview of this very gradebook, made after every earlier write
      const preview = dispatch(demo.gradebook, 'import:preview', importRequest());
      if (!preview.ok) throw new Error(preview.error.message);
      return { previewId: (preview.value as { previewId: string }).previewId };
    },
    malformed: [{}, { previewId: 'p-1' }, { previewId: newId(), validRowsOnly: 1 }],
  },
  'import:standardsTemplate': {
    valid: () => ({}),
    malformed: [],
  },
  'import:cancel': {
    valid: () => ({}),
    malformed: [],
  },
  'import:previewPrerequisiteMap': {
    valid: (demo) => prerequisiteMapRequest(demo),
    malformed: [{}, { frameworkId: newId() }, { frameworkId: 'math', file: { name: 'map.csv', base64: '' } }, { frameworkId: newId(), file: { name: 'map.csv', base64: '%%%' } }, { frameworkId: newId(), file: { path: '/etc/passwd' } }],
  },
  'import:prerequisiteMap': {
    valid: (demo) => prerequisiteMapRequest(demo),
    malformed: [{}, { frameworkId: newId(), file: { name: '', base64: '' } }, { frameworkId: newId(), path: '/tmp/map.csv' }],
  },
} satisfies ChannelSamples<typeof importChannels>;

/** A one-pair map on the demo's first framework, between two of its standards that have no edge yet. */
function prerequisiteMapRequest(demo: DemoLookup): RequestOf<'import:prerequisiteMap'> {
  const reader = demo.gradebook.reader;
  const frameworkId = String(reader.prepare(`SELECT id FROM frameworks WHERE scale_id IS NULL ORDER BY title LIMIT 1`).pluck().get());
  const [first, second] = reader.prepare(`SELECT code FROM standards WHERE framework_id = ? AND type = 'standard' ORDER BY position DESC LIMIT 2`).pluck().all(frameworkId) as string[];
  return { frameworkId, file: { name: 'map.csv', base64: Buffer.from(`prerequisite,standard\n${second},${first}\n`).toString('base64') } };
}

/** A valid standards CSV sent as an upload, the way the window sends a dropped file. */
function importRequest(): RequestOf<'import:preview'> {
  const text = 'code,statement,parent code,grade,type\r\nT.1,Tiny domain,,5,domain\r\nT.1.a,Tiny standard,T.1,5,standard\r\n';
  return { source: { kind: 'files', files: [{ name: 'tiny.csv', base64: Buffer.from(text).toString('base64') }] }, options: { frameworkTitle: 'Tiny' } };
}
