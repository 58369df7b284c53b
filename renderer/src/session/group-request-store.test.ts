import { describe, expect, it } from 'vitest';
import { useGroupRequestStore } from './group-request-store.js';

describe('the group request handed to the Groups section', () => {
  it('is taken once, and only by its own class', () => {
    const store = useGroupRequestStore.getState();
    store.ask({ classId: 'c1', standardId: 's1', learnerIds: ['a', 'b'], name: 'Ready for 5.NF.A.1' });
    expect(useGroupRequestStore.getState().take('c2')).toBeNull();
    expect(useGroupRequestStore.getState().take('c1')).toEqual({ classId: 'c1', standardId: 's1', learnerIds: ['a', 'b'], name: 'Ready for 5.NF.A.1' });
    expect(useGroupRequestStore.getState().take('c1')).toBeNull();
  });
});
