import { create } from 'zustand';

/**
 * "Make a group" from another section (the path board's "Ready for" list, a selection of learners):
 * the learners and the standard they share, held here until the Groups section takes them, so no
 * section imports another. It lives in memory only: a reload starts the Groups section empty.
 */
export type GroupRequest = { classId: string; standardId: string | null; learnerIds: readonly string[]; name: string };

type GroupRequestState = {
  request: GroupRequest | null;
  ask(request: GroupRequest): void;
  /** The request for this class, once: taking it clears it. */
  take(classId: string): GroupRequest | null;
};

export const useGroupRequestStore = create<GroupRequestState>()((set, get) => ({
  request: null,
  ask: (request) => set({ request }),
  take: (classId) => {
    const request = get().request;
    if (request === null || request.classId !== classId) return null;
    set({ request: null });
    return request;
  },
}));
