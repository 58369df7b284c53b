import { create } from 'zustand';
import type {
  Assessment,
  EvidenceKind,
  MasteryGrid,
  MasteryMethodInput,
  MasteryPreview,
  MasteryProgress,
  RecordedEvidence,
  RequestOf,
  RollupMethod,
} from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { callApplyingAnswer } from './grid-echoes.js';
import { cellKey } from '../../../preload/contract/shared.js';
import { patchGrid, type CellUpdate } from './grid-patch.js';
import { learnerColumnId, sortRows, type GridSort } from './grid-rows.js';
import { rollupInfo } from './method-options.js';
import { emptyUndoStack, pushStep, redoRequests, takeRedo, takeUndo, undoRequests, type EditStep, type UndoStack } from './undo-stack.js';

/** How new evidence is stamped: an assessment's date and kind, or the teacher's own for direct evidence. */
export type EntryContext = { assessmentId: string | null; observedOn: string; kind: EvidenceKind; modality: string | null; confirmFutureDate: boolean };

export type EntryValue = { learnerId: string; standardId: string; level: number };

export type Notice = { tone: 'error' | 'info'; text: string };

/** What Apply in the method popover changes: the class's method and roll-up, or one standard's own method. */
export type MethodScope = { kind: 'class'; rollupMethod: RollupMethod } | { kind: 'standard'; standardId: string; code: string };

export type PreviewState = { result: MasteryPreview; byCell: Map<string, { before: number | null; after: number | null }> };

type GridState = {
  classId: string | null;
  asOf: string | null;
  /** `stopped`: the teacher cancelled opening the class (a big one) before it showed. */
  status: 'idle' | 'loading' | 'ready' | 'error' | 'stopped';
  error: ContractFailure | null;
  grid: MasteryGrid | null;
  sort: GridSort;
  /**
   * The rows' order (indexes into grid.rows), worked out when the sort or the grid changes but not
   * when a level changes: rows must not jump away while the teacher types down a sorted column.
   */
  rowOrder: number[];
  /** Bumped whenever a cell changes, so an open history panel knows to read its cell again. */
  revision: number;
  assessments: Assessment[];
  preview: PreviewState | null;
  undo: UndoStack;
  /** The evidence recorded in this session per cell, newest last: Delete takes back the newest. */
  entered: Map<string, string[]>;
  notice: Notice | null;
  /** True while a write is on its way; further writes queue behind it in order. */
  busy: boolean;
  /** How far a long read of this class has got (opening a big class, a preview); null when none runs. */
  progress: MasteryProgress | null;
  /**
   * A big class shows its first screen of learners first (grid.moreLearners says how many are to
   * come): `reading` while the whole class is read, `stopped` when the teacher cancelled that read.
   */
  rest: 'reading' | 'stopped' | null;

  sortBy(sort: GridSort): void;
  load(classId: string, options?: { asOf?: string | null; force?: boolean }): Promise<void>;
  /** Reads the whole class after its first screen (again, after the teacher stopped it). */
  loadRest(): Promise<void>;
  record(values: readonly EntryValue[], context: EntryContext, label: string): Promise<boolean>;
  /**
   * One piece of evidence with all its details (the history panel's form), queued and undoable like a
   * typed entry. Throws the gradebook's refusal (a ContractFailure) for the form to show beside its fields.
   */
  recordOne(request: RequestOf<'evidence:record'>, label: string): Promise<RecordedEvidence>;
  removeEntered(learnerId: string, standardId: string): Promise<boolean>;
  undoLast(): Promise<void>;
  redoLast(): Promise<void>;
  /** Cells changed elsewhere (the history panel): show them at once. */
  applyCells(updates: readonly CellUpdate[]): void;
  previewMethod(method: MasteryMethodInput): Promise<void>;
  clearPreview(): void;
  /** `method: null` (one standard only) returns that standard to the class's method. */
  applyMethod(method: MasteryMethodInput | null, scope: MethodScope): Promise<boolean>;
  /** Throws the gradebook's refusal (a ContractFailure) for the dialog to show. */
  createAssessment(request: RequestOf<'assessments:create'>): Promise<Assessment>;
  say(notice: Notice | null): void;
  /** Stops the long read under way (opening the class, a preview): the gradebook stays as it was. */
  stopWork(): Promise<void>;
  /** From `mastery:progress` events: kept only while this class is loading or previewing. */
  heardProgress(progress: MasteryProgress): void;
};

let latestLoad = 0;

/**
 * Learners read first when a big class opens: a tall screen's worth of rows and some to scroll into,
 * a few percent of a class of 1,000, so the grid shows while the rest is read. A smaller class comes whole.
 */
export const firstScreenLearners = 60;
// writes queued or running; `busy` is true while any is
let pending = 0;

export const useGridStore = create<GridState>()((set, get) => {
  /** Runs one write in the queue, with the store busy until it is done; a refusal is thrown. */
  async function queued<T>(work: () => Promise<T>): Promise<T> {
    pending++;
    set({ busy: true });
    try {
      return await enqueue(work);
    } finally {
      pending--;
      set({ busy: pending > 0 });
    }
  }

  /** Runs one write; a refusal becomes the grid's notice instead of a thrown error. */
  async function write<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await queued(work);
    } catch (error) {
      set({ notice: { tone: 'error', text: asContractFailure(error).message } });
      return null;
    }
  }

  /** New evidence is one undo step, the newest of its cell for Delete, and its cells show at once. */
  function remember(recorded: readonly RecordedEvidence[], label: string): void {
    const entered = new Map(get().entered);
    for (const { evidence } of recorded) {
      const key = cellKey(evidence.learnerId, evidence.standardId);
      entered.set(key, [...(entered.get(key) ?? []), evidence.id]);
    }
    const step: EditStep = { label, recorded: recorded.map((r) => r.evidence.id), removed: [] };
    set({ entered, undo: pushStep(get().undo, step), notice: null });
    apply(recorded.map(({ evidence, cell, rollups }) => ({ learnerId: evidence.learnerId, standardId: evidence.standardId, cell, rollups })));
  }

  function apply(updates: readonly CellUpdate[]): void {
    const grid = get().grid;
    if (!grid || updates.length === 0) return;
    // a preview compared against the levels before this change would now mislead
    set({ grid: patchGrid(grid, updates), revision: get().revision + 1, preview: null });
  }

  /** Trashes and restores evidence one by one (each answer carries its cell), for undo and redo. */
  async function replay(requests: { remove: readonly string[]; restore: readonly string[] }): Promise<void> {
    const updates: CellUpdate[] = [];
    for (const evidenceId of requests.remove) {
      const { evidence, cell, rollups } = await callApplyingAnswer('evidence:delete', { evidenceId });
      updates.push({ learnerId: evidence.learnerId, standardId: evidence.standardId, cell, rollups });
    }
    for (const evidenceId of requests.restore) {
      const { evidence, cell, rollups } = await callApplyingAnswer('evidence:restore', { evidenceId });
      updates.push({ learnerId: evidence.learnerId, standardId: evidence.standardId, cell, rollups });
    }
    apply(updates);
  }

  const orderOf = (grid: MasteryGrid, sort: GridSort = get().sort) => sortRows(grid, sort);

  /**
   * The whole class after its first screen. A cell patched in meanwhile (the teacher typed) may be
   * newer than the answer, which is then read again rather than shown.
   */
  async function readRest(classId: string, ticket: number): Promise<void> {
    set({ rest: 'reading' });
    try {
      for (;;) {
        const { revision } = get();
        const grid = await call('mastery:grid', { classId, asOf: null });
        if (ticket !== latestLoad) return;
        if (get().revision !== revision) continue;
        set({ grid, rowOrder: orderOf(grid), rest: null, progress: null, revision: revision + 1 });
        return;
      }
    } catch (error) {
      if (ticket !== latestLoad) return;
      const failure = asContractFailure(error);
      // the first screen stays and works; the banner offers to read the rest again
      set({ rest: 'stopped', progress: null, ...(isStopped(failure) ? {} : { notice: { tone: 'error', text: failure.message } }) });
    }
  }

  return {
    classId: null,
    asOf: null,
    status: 'idle',
    error: null,
    grid: null,
    sort: { id: learnerColumnId, desc: false },
    rowOrder: [],
    revision: 0,
    assessments: [],
    preview: null,
    undo: emptyUndoStack,
    entered: new Map(),
    notice: null,
    busy: false,
    progress: null,
    rest: null,

    sortBy(sort) {
      const grid = get().grid;
      set({ sort, rowOrder: grid ? orderOf(grid, sort) : [] });
    },

    async load(classId, { asOf = get().asOf, force = false } = {}) {
      const state = get();
      const sameClass = state.classId === classId;
      if (!force && sameClass && state.asOf === asOf && (state.status === 'ready' || state.status === 'loading')) return;
      const ticket = ++latestLoad;
      set({
        classId,
        asOf,
        status: 'loading',
        error: null,
        preview: null,
        progress: null,
        rest: null,
        // undo history and "just entered" belong to one class
        ...(sameClass ? {} : { grid: null, rowOrder: [], assessments: [], undo: emptyUndoStack, entered: new Map(), notice: null }),
      });
      try {
        // in the class-list order, a big class's first screen is its first learners: those come first
        const { sort } = get();
        const firstScreen = asOf === null && sort.id === learnerColumnId && !sort.desc;
        const [grid, assessments] = await Promise.all([
          call('mastery:grid', { classId, asOf, ...(firstScreen ? { firstLearners: firstScreenLearners } : {}) }),
          call('assessments:list', { classId }),
        ]);
        if (ticket !== latestLoad) return;
        set({ status: 'ready', grid, rowOrder: orderOf(grid), assessments, revision: get().revision + 1, progress: null });
        if (grid.moreLearners) await readRest(classId, ticket);
      } catch (error) {
        if (ticket !== latestLoad) return;
        const failure = asContractFailure(error);
        // stopped on purpose: the grid shown before (an earlier date) stays, or the view offers to open it again
        if (isStopped(failure)) set({ status: get().grid ? 'ready' : 'stopped', asOf: get().grid?.asOf ?? asOf, progress: null });
        else set({ status: 'error', error: failure, progress: null });
      }
    },

    async loadRest() {
      const { classId, grid, rest } = get();
      if (classId === null || !grid?.moreLearners || rest === 'reading') return;
      await readRest(classId, latestLoad);
    },

    async record(values, context, label) {
      const classId = get().classId;
      if (!classId || values.length === 0) return false;
      const entries = values.map((value) => ({
        learnerId: value.learnerId,
        standardId: value.standardId,
        level: value.level,
        observedOn: context.observedOn,
        kind: context.kind,
        ...(context.assessmentId ? { assessmentId: context.assessmentId } : {}),
        ...(context.modality ? { modality: context.modality } : {}),
        ...(context.confirmFutureDate ? { confirmFutureDate: true } : {}),
      }));
      const recorded = await write(async () => {
        const [only] = entries;
        // one value is one evidence:record; a paste is one all-or-nothing evidence:recordMany
        return only && entries.length === 1
          ? [await callApplyingAnswer('evidence:record', { classId, ...only })]
          : callApplyingAnswer('evidence:recordMany', { classId, entries });
      });
      if (!recorded) return false;
      remember(recorded, label);
      return true;
    },

    async recordOne(request, label) {
      const recorded = await queued(() => callApplyingAnswer('evidence:record', request));
      remember([recorded], label);
      return recorded;
    },

    async removeEntered(learnerId, standardId) {
      const key = cellKey(learnerId, standardId);
      const evidenceId = get().entered.get(key)?.at(-1);
      if (!evidenceId) {
        set({ notice: { tone: 'info', text: 'Only evidence entered in this session can be removed from the grid. Open the cell’s history to remove older evidence.' } });
        return false;
      }
      const done = await write(() => callApplyingAnswer('evidence:delete', { evidenceId }));
      if (!done) return false;
      const entered = new Map(get().entered);
      entered.set(key, (entered.get(key) ?? []).slice(0, -1));
      set({ entered, undo: pushStep(get().undo, { label: 'Remove a level', recorded: [], removed: [evidenceId] }), notice: null });
      apply([{ learnerId, standardId, cell: done.cell, rollups: done.rollups }]);
      return true;
    },

    async undoLast() {
      const taken = takeUndo(get().undo);
      if (!taken) {
        set({ notice: { tone: 'info', text: 'Nothing to undo.' } });
        return;
      }
      set({ undo: taken.stack });
      const done = await write(async () => {
        await replay(undoRequests(taken.step));
        return true;
      });
      if (done) set({ notice: { tone: 'info', text: `Undone: ${taken.step.label}. The evidence is in the trash and can be restored.` } });
    },

    async redoLast() {
      const taken = takeRedo(get().undo);
      if (!taken) {
        set({ notice: { tone: 'info', text: 'Nothing to redo.' } });
        return;
      }
      set({ undo: taken.stack });
      const done = await write(async () => {
        await replay(redoRequests(taken.step));
        return true;
      });
      if (done) set({ notice: { tone: 'info', text: `Redone: ${taken.step.label}.` } });
    },

    applyCells: apply,

    async previewMethod(method) {
      const classId = get().classId;
      if (!classId) return;
      // Cancel shows at once, even while the preview waits for the gradebook (the banner fades in late)
      set({ progress: { classId, work: 'previewing', done: 0, total: 1 } });
      let result: MasteryPreview | null = null;
      try {
        result = await queued(() => call('mastery:preview', { classId, method }));
      } catch (error) {
        const failure = asContractFailure(error);
        set({ progress: null, notice: isStopped(failure) ? { tone: 'info', text: 'Preview stopped. The class keeps its method.' } : { tone: 'error', text: failure.message } });
        return;
      }
      set({ progress: null });
      const byCell = new Map(result.changes.map((change) => [cellKey(change.learnerId, change.standardId), { before: change.before, after: change.after }]));
      set({ preview: { result, byCell } });
    },

    clearPreview: () => set({ preview: null }),

    async applyMethod(method, scope) {
      const classId = get().classId;
      if (!classId) return false;
      const request =
        scope.kind === 'class' ? { classId, method, rollupMethod: scope.rollupMethod } : { classId, method, standardId: scope.standardId };
      if (scope.kind === 'class' && method === null) return false;
      const grid = await write(() => callApplyingAnswer('mastery:setMethod', request));
      if (!grid) return false;
      const text =
        scope.kind === 'class'
          ? `The class now uses ${grid.methodLabel}; roll-ups use ${rollupInfo[grid.rollupMethod].label.toLowerCase()}.`
          : method === null
            ? `${scope.code} follows the class's method again (${grid.methodLabel}).`
            : `${scope.code} now has its own method: ${grid.columns.find((column) => column.standardId === scope.standardId)?.methodLabel ?? grid.methodLabel}.`;
      set({ grid, rowOrder: orderOf(grid), preview: null, revision: get().revision + 1, notice: { tone: 'info', text } });
      return true;
    },

    async createAssessment(request) {
      // the dialog shows a refusal beside the fields, so it is thrown to the dialog, not noticed here
      const created = await enqueue(() => callApplyingAnswer('assessments:create', request));
      set({ assessments: [created, ...get().assessments] });
      return created;
    },

    say: (notice) => set({ notice }),

    async stopWork() {
      // answered at once, even while the read it stops holds the gradebook
      await call('mastery:cancel', {});
    },

    heardProgress(progress) {
      const { classId, status, busy, rest } = get();
      if (progress.classId !== classId || (status !== 'loading' && !busy && rest !== 'reading')) return;
      set({ progress });
    },
  };
});

/** The answer of a read the teacher stopped (mastery:cancel), as opposed to one that failed. */
function isStopped(failure: ContractFailure): boolean {
  return failure.code === 'conflict' && failure.details['reason'] === 'cancelled';
}

