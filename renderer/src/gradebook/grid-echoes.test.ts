import { afterEach, describe, expect, it } from 'vitest';
import type { GradebookChange, ProficioApi } from '../../../preload/contract/index.js';
import { installBridge } from '../bridge/current-bridge.js';
import { callApplyingAnswer, forgetExpectedEchoes, isOwnEcho } from './grid-echoes.js';

const change = (channel: string): GradebookChange => ({ channel, aggregates: ['evidence', 'mastery'], classIds: ['c'] });

function bridgeAnswering(ok: boolean): void {
  const answer = ok ? { ok: true, value: { evidence: {}, cell: {}, rollups: {} } } : { ok: false, error: { code: 'invalid_request', message: 'no', details: {} } };
  installBridge({ evidence: { record: () => Promise.resolve(answer), delete: () => Promise.resolve(answer) } } as unknown as ProficioApi);
}

describe("the grid's own echoes", () => {
  afterEach(forgetExpectedEchoes);

  it('lets through exactly one echo per write it applied itself', async () => {
    bridgeAnswering(true);
    const request = { classId: 'c', learnerId: 'l', standardId: 's', level: 3, observedOn: '2026-01-15', kind: 'of' } as const;
    await callApplyingAnswer('evidence:record', request);
    await callApplyingAnswer('evidence:record', request);
    expect(isOwnEcho(change('evidence:record'))).toBe(true);
    expect(isOwnEcho(change('evidence:record'))).toBe(true);
    // a third write, made elsewhere (another window, the history panel), is news
    expect(isOwnEcho(change('evidence:record'))).toBe(false);
    expect(isOwnEcho(change('evidence:delete'))).toBe(false);
  });

  it('expects no echo from a refused write', async () => {
    bridgeAnswering(false);
    await expect(callApplyingAnswer('evidence:delete', { evidenceId: 'e' })).rejects.toThrow('no');
    expect(isOwnEcho(change('evidence:delete'))).toBe(false);
  });
});
