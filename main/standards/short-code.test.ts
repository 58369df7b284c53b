import { describe, expect, it } from 'vitest';
import { shortCode, standardsChannels } from '../../preload/contract/standards.js';

describe('shortCode', () => {
  it('drops a common framework prefix and keeps the rest', () => {
    expect(shortCode('CCSS.Math.Content.5.NF.A.1')).toBe('5.NF.A.1');
    expect(shortCode('CCSS.Math.Content.HSA.SSE.A.1')).toBe('HSA.SSE.A.1');
    expect(shortCode('CCSS.Math.Practice.MP1')).toBe('MP1');
    expect(shortCode('CCSS.ELA-Literacy.RL.5.1')).toBe('RL.5.1');
    expect(shortCode('5.NF.A.1')).toBe('5.NF.A.1');
    expect(shortCode('CCSS.Math.Content')).toBe('CCSS.Math.Content');
    expect(shortCode(null)).toBeNull();
  });
});

describe('standards:search request', () => {
  const schema = standardsChannels['standards:search'].request;
  it('takes an optional grade like 5 or K', () => {
    expect(schema.safeParse({ query: '5.NF', grade: '5' }).success).toBe(true);
    expect(schema.safeParse({ query: '5.NF', grade: 'K' }).success).toBe(true);
    expect(schema.safeParse({ query: '5.NF', grade: 'fifth' }).success).toBe(false);
  });
});
