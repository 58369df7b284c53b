import { describe, expect, it } from 'vitest';
import { moved, nextStandard, templateRequest, type TemplateDraft } from './template-draft.js';

const standard = (standardId: string) => ({ standardId, code: standardId, statement: standardId, prerequisites: [], assumed: [] });

describe('templateRequest', () => {
  const draft: TemplateDraft = {
    title: '  Fractions  ',
    steps: [
      {
        standardId: 's1',
        options: [
          { modality: 'digital', title: ' Practice set ', link: ' https://example.org/p ' },
          { modality: 'project', title: '', link: '' },
        ],
      },
      { standardId: 's2', options: [] },
    ],
  };
  it('trims, drops options never filled in, and turns an empty link into none', () => {
    expect(templateRequest('c1', null, draft)).toEqual({
      request: {
        classId: 'c1',
        title: 'Fractions',
        steps: [
          { standardId: 's1', options: [{ modality: 'digital', title: 'Practice set', link: 'https://example.org/p' }] },
          { standardId: 's2', options: [] },
        ],
      },
    });
  });
  it('keeps the template id when editing one', () => {
    const result = templateRequest('c1', 't9', draft);
    expect('request' in result && result.request.templateId).toBe('t9');
  });
  it('names what to fix: the title, no steps, a link without a title', () => {
    expect(templateRequest('c1', null, { ...draft, title: ' ' })).toEqual({ problem: 'Give the path a title.' });
    expect(templateRequest('c1', null, { ...draft, steps: [] })).toEqual({ problem: 'Add at least one step.' });
    expect(templateRequest('c1', null, { title: 'x', steps: [{ standardId: 's1', options: [{ modality: 'digital', title: '', link: 'https://x' }] }] })).toEqual({
      problem: 'Step 1: option 1 has a link but no title.',
    });
  });
});

describe('nextStandard and moved', () => {
  it('suggests the first tracked standard not in the path yet', () => {
    expect(nextStandard([standard('a'), standard('b'), standard('c')], [{ standardId: 'a', options: [] }])).toBe('b');
    expect(nextStandard([], [])).toBeNull();
  });
  it('moves one item and keeps the rest in order', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});
