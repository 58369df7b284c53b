import { expect } from 'vitest';
import { hubNetworkChannels, type hubChannels } from '../../preload/contract/hub.js';
import type { ChannelSamples } from './samples.js';

/**
 * The school hub. The channels that reach a hub over the network (hubNetworkChannels) are answered
 * for real in test/integration/hub-app.test.ts against a throwaway PostgreSQL; here, their valid
 * samples only have to pass validation.
 */
const address = 'postgres://teacher@localhost/proficio_hub?host=/nonexistent-proficio-socket';
const classId = '01a00b4d-2400-7507-b6ee-92fbcb5cb540';

export const hubSamples = {
  'hub:login': { valid: () => ({ use: 'publish' }), malformed: [{}, { use: 'teach' }, { use: 'report', address: '' }] },
  'hub:forgetPassword': { valid: () => ({ address }), malformed: [{}, { address: '' }] },
  'hub:prepare': { valid: () => ({}), malformed: [{ extra: 1 }] },
  'hub:publish': { valid: () => ({ address }), malformed: [{}, { address: '' }, { address, password: '' }, { address, rememberPassword: 'yes' }] },
  'hub:gradebooks': { valid: () => ({ address, password: 'secret' }), malformed: [{}, { address: 42 }] },
  'hub:classReport': {
    valid: () => ({ address, gradebookId: classId, filter: { classId } }),
    malformed: [{ address, filter: { classId } }, { address, gradebookId: 'nope', filter: { classId } }],
  },
  'hub:summary': { valid: () => ({ address, filter: {} }), malformed: [{ address }, { address, filter: { from: '2026-02-01', to: '2026-01-01' } }] },
  'hub:export': { valid: () => ({ address, filter: {}, format: 'json' }), malformed: [{ address, filter: {} }, { address, filter: {}, format: 'docx' }] },
  'hub:cancel': { valid: () => ({}), malformed: [{ extra: 1 }] },
} satisfies ChannelSamples<typeof hubChannels>;

/**
 * What a channel that reaches a hub answers in the dispatch suites, where no hub runs (the samples'
 * address is a socket that does not exist): the plain "cannot reach" error; a publish from a gradebook
 * that hub:prepare never gave an id (the read-only suite's: prepare is a write) says so first. null for
 * every other channel.
 */
export function answerWithoutHub(channel: string, gradebook: 'writable' | 'read-only'): object | null {
  if (!(hubNetworkChannels as readonly string[]).includes(channel)) return null;
  if (channel === 'hub:publish' && gradebook === 'read-only') return { ok: false, error: { code: 'conflict', message: expect.stringMatching(/not made ready to publish/) } };
  return { ok: false, error: { code: 'hub', message: expect.stringMatching(/^Cannot reach the school hub at teacher@/), details: { reason: 'hub_unreachable' } } };
}
