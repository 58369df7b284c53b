import { create } from 'zustand';
import type { GoalStatus, LearnerGoal, LearnerProfile, ProfileEntry, Reflection, RequestOf } from '../../../preload/contract/index.js';
import { localToday } from '../../../preload/contract/shared.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { learnerName } from '../format/learner-name.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';
import { useEducatorName } from './educator-name.js';
import { applyPatches, withEntry, withGoal, withGoalFields, withoutEntry, withReflection, type ProfilePatch } from './profile-patches.js';

/** Which profile is on screen: a learner, the class whose standards it reads, and the day it shows. */
export type ProfileKey = { learnerId: string; classId: string; asOf: string | null };

type Pending = { id: number; patch: ProfilePatch };

type ProfileState = {
  key: ProfileKey | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The profile as the gradebook last answered. */
  base: LearnerProfile | null;
  /** What the page shows: `base` with the changes still on their way laid over it. */
  profile: LearnerProfile | null;
  error: ContractFailure | null;
  pending: readonly Pending[];
  /** The gradebook's sentence for the last change it refused (the change was taken back). */
  notice: string | null;
  /** Shows this profile, reading it unless it is the one on screen; `force` reads it again regardless. */
  open(key: ProfileKey, options?: { force?: boolean }): Promise<void>;
  clear(): void;
  dismissNotice(): void;
  addEntry(request: RequestOf<'learners:add-entry'>): Promise<boolean>;
  updateEntry(entry: ProfileEntry, changes: { body?: string; private?: boolean }): Promise<boolean>;
  removeEntry(entry: ProfileEntry): Promise<boolean>;
  addGoal(request: RequestOf<'learners:add-goal'>): Promise<boolean>;
  setGoalStatus(goal: LearnerGoal, status: GoalStatus): Promise<boolean>;
  addReflection(request: RequestOf<'learners:add-reflection'>): Promise<boolean>;
};

const sameKey = (a: ProfileKey | null, b: ProfileKey | null) => a !== null && b !== null && a.learnerId === b.learnerId && a.classId === b.classId && a.asOf === b.asOf;

// only the newest read may write; a change confirmed after the teacher moved to another profile is dropped
let latestRead = 0;
let generation = 0;
let nextPendingId = 0;

export const useProfileStore = create<ProfileState>()((set, get) => {
  const show = (base: LearnerProfile | null, pending: readonly Pending[]) => ({
    base,
    pending,
    profile: base === null ? null : applyPatches(base, pending.map((item) => item.patch)),
  });

  /**
   * One optimistic change: shown at once, sent in the app's write order, then replaced by what the
   * gradebook confirms — or dropped, which is the rollback, with the gradebook's sentence shown.
   */
  async function change<T>(optimistic: ProfilePatch, send: () => Promise<T>, confirmed: (value: T) => ProfilePatch): Promise<boolean> {
    const mine = generation;
    const id = ++nextPendingId;
    set((state) => show(state.base, [...state.pending, { id, patch: optimistic }]));
    const without = (pending: readonly Pending[]) => pending.filter((item) => item.id !== id);
    try {
      const value = await enqueue(send);
      if (mine === generation) set((state) => show(state.base === null ? null : confirmed(value)(state.base), without(state.pending)));
      return true;
    } catch (error) {
      if (mine === generation) set((state) => ({ ...show(state.base, without(state.pending)), notice: asContractFailure(error).message }));
      return false;
    }
  }

  const pendingId = () => `pending:${nextPendingId + 1}`;
  // a change to something already written is the teacher's, by the name remembered on this computer
  // (the gradebook falls back to the class's teacher without one), so the audit names who changed it
  const editedBy = () => {
    const name = useEducatorName.getState().name;
    return { author: 'educator' as const, ...(name === '' ? {} : { authorName: name }) };
  };
  const now = () => new Date().toISOString();

  return {
    key: null,
    status: 'idle',
    base: null,
    profile: null,
    error: null,
    pending: [],
    notice: null,
    async open(key, { force = false } = {}) {
      const current = get();
      const same = sameKey(current.key, key);
      if (same && !force && (current.status === 'ready' || current.status === 'loading')) return;
      const ticket = ++latestRead;
      if (!same) {
        generation += 1;
        set({ key, status: 'loading', error: null, notice: null, ...show(null, []) });
      } else if (current.status !== 'ready') {
        set({ status: 'loading', error: null });
      }
      try {
        const request = { learnerId: key.learnerId, classId: key.classId, ...(key.asOf === null ? {} : { asOf: key.asOf }) };
        const base = await call('learners:profile', request);
        if (ticket !== latestRead) return;
        // a quiet reload keeps the changes still on their way laid over the fresh answer
        set((state) => ({ status: 'ready', error: null, ...show(base, state.pending) }));
      } catch (error) {
        if (ticket !== latestRead) return;
        set({ status: 'error', error: asContractFailure(error) });
      }
    },
    clear() {
      latestRead += 1;
      generation += 1;
      set({ key: null, status: 'idle', error: null, notice: null, ...show(null, []) });
    },
    dismissNotice: () => set({ notice: null }),

    addEntry(request) {
      const profile = get().profile;
      const learnerVoice = profile ? learnerName(profile.learner).display : 'The learner';
      const optimistic: ProfileEntry = {
        entryId: pendingId(),
        category: request.category,
        body: request.body.trim(),
        author: request.author,
        authorName: request.author === 'learner' ? learnerVoice : (request.authorName ?? ''),
        sensitive: request.category === 'support' || (request.category === 'note' && request.private === true),
        notedOn: request.notedOn ?? localToday(),
        updatedAt: now(),
      };
      return change(withEntry(optimistic), () => call('learners:add-entry', request), (entry) => withEntry(entry, optimistic.entryId));
    },
    updateEntry(entry, changes) {
      const request = { learnerId: get().key?.learnerId ?? '', entryId: entry.entryId, ...changes, editedBy: editedBy() };
      const optimistic: ProfileEntry = {
        ...entry,
        body: changes.body?.trim() ?? entry.body,
        sensitive: entry.category === 'support' || (entry.category === 'note' ? (changes.private ?? entry.sensitive) : entry.sensitive),
        updatedAt: now(),
      };
      return change(withEntry(optimistic), () => call('learners:update-entry', request), (saved) => withEntry(saved));
    },
    removeEntry(entry) {
      const request = { learnerId: get().key?.learnerId ?? '', entryId: entry.entryId, editedBy: editedBy() };
      return change(withoutEntry(entry.entryId), () => call('learners:remove-entry', request), () => withoutEntry(entry.entryId));
    },
    addGoal(asked) {
      // the day the goal is set is the teacher's, like every other date the profile writes
      const request = { ...asked, setOn: asked.setOn ?? localToday() };
      const profile = get().profile;
      const tracked = new Map([...(profile?.academic ?? []), ...(profile?.skills ?? [])].map((standing) => [standing.standardId, standing]));
      const standards = request.standardIds.flatMap((standardId) => {
        const standing = tracked.get(standardId);
        return standing ? [{ standardId, code: standing.code, statement: standing.statement, mastered: standing.mastered }] : [];
      });
      const mastered = standards.filter((standard) => standard.mastered).length;
      const optimistic: LearnerGoal = {
        goalId: pendingId(),
        body: request.body.trim(),
        targetOn: request.targetOn ?? null,
        status: 'active',
        standards,
        progress: standards.length === 0 ? null : mastered / standards.length,
        suggestMet: false,
        reflections: [],
        createdOn: request.setOn,
        author: request.author,
        authorName: request.authorName ?? '',
      };
      return change(withGoal(optimistic), () => call('learners:add-goal', request), (goal) => withGoal(goal, optimistic.goalId));
    },
    setGoalStatus(goal, status) {
      const key = get().key;
      const request = { learnerId: key?.learnerId ?? '', goalId: goal.goalId, status, editedBy: editedBy(), ...(key ? { classId: key.classId } : {}) };
      return change(withGoalFields(goal.goalId, { status, suggestMet: false }), () => call('learners:update-goal', request), (saved) => withGoal(saved));
    },
    addReflection(request) {
      const profile = get().profile;
      const optimistic: Reflection = {
        reflectionId: pendingId(),
        body: request.body.trim(),
        reflectedOn: request.reflectedOn ?? localToday(),
        author: request.author,
        authorName: request.author === 'learner' && profile ? learnerName(profile.learner).display : (request.authorName ?? ''),
      };
      return change(
        withReflection(request.goalId, optimistic),
        () => call('learners:add-reflection', request),
        (reflection) => withReflection(request.goalId, reflection, optimistic.reflectionId),
      );
    },
  };
});

/**
 * A profile shows entries and goals (learners), and levels, gaps and the timeline computed from
 * evidence, mastery, the tracked standards and the scales: any of those changing for its class makes it
 * out of date. It is read again quietly, the old one staying on screen until the answer comes.
 */
export function listenForProfileChanges(): () => void {
  return onGradebookChange((change) => {
    const { key, status } = useProfileStore.getState();
    if (key === null || status === 'idle') return;
    if (!touches(change, ['learners', 'evidence', 'mastery', 'standards', 'scales', 'classes', 'assessments'])) return;
    if (change.aggregates.includes('learners') || concernsClass(change, key.classId)) void useProfileStore.getState().open(key, { force: true });
  });
}
