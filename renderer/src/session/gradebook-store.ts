import { create } from 'zustand';
import type { ClassSummary, GradebookInfo } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { onGradebookChange, touches } from './gradebook-changes.js';
import { useNavigationStore } from './navigation-store.js';

type GradebookState = {
  status: 'loading' | 'ready' | 'error';
  info: GradebookInfo | null;
  classes: ClassSummary[];
  error: ContractFailure | null;
  /**
   * Reads the gradebook's summary and its classes. `anotherFile` after a different gradebook was
   * opened: the class in the address belonged to the old file, so the first class is shown instead.
   */
  load(options?: { anotherFile?: boolean }): Promise<void>;
  /** Reads the summary and classes again without showing "Opening…": the gradebook changed under them. */
  refresh(): Promise<void>;
};

// only the latest load may write: a slow answer for an older request must not overwrite a newer one
let latestLoad = 0;

export const useGradebookStore = create<GradebookState>()((set, get) => {
  async function read(showLoading: boolean, anotherFile: boolean): Promise<void> {
    const ticket = ++latestLoad;
    if (showLoading) set({ status: 'loading', error: null });
    try {
      const [info, classes] = await Promise.all([call('gradebook:info', {}), call('classes:list', {})]);
      if (ticket !== latestLoad) return;
      set({ status: 'ready', info, classes });
      // the first class is shown when none is chosen yet, e.g. after the first roster import
      const navigation = useNavigationStore.getState();
      const first = classes[0];
      if (first && (navigation.classId === null || anotherFile)) navigation.selectClass(first.id, { replace: true });
    } catch (error) {
      if (ticket !== latestLoad) return;
      set({ status: 'error', error: asContractFailure(error) });
    }
  }
  return {
    status: 'loading',
    info: null,
    classes: [],
    error: null,
    load: ({ anotherFile = false } = {}) => read(true, anotherFile),
    refresh: () => read(get().status !== 'ready', false),
  };
});

/**
 * The class list (titles, terms, learner counts) and the summary's counts change with classes and
 * enrolments, and with frameworks and standards (the summary counts them). Returns the unsubscribe.
 */
export function listenForGradebookChanges(): () => void {
  return onGradebookChange((change) => {
    if (touches(change, ['classes', 'learners', 'frameworks', 'standards'])) void useGradebookStore.getState().refresh();
  });
}

/** A display title for the gradebook: its own title, or the file's name when it has none. */
export function gradebookTitle(info: GradebookInfo): string {
  if (info.title) return info.title;
  const file = info.path.split(/[/\\]/).pop() ?? info.path;
  return file.replace(/\.proficio$/i, '');
}
