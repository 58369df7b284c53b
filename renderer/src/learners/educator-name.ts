import { create } from 'zustand';

/**
 * The teacher's own name, remembered on this computer and sent as the author of what they write in a
 * profile, so the audit says who wrote an entry rather than a fixed "educator".
 */
const storageKey = 'proficio.educatorName';

function remembered(): string {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

type EducatorNameState = { name: string; remember(name: string): void };

export const useEducatorName = create<EducatorNameState>()((set) => ({
  name: remembered(),
  remember: (name) => {
    const trimmed = name.trim();
    try {
      globalThis.localStorage?.setItem(storageKey, trimmed);
    } catch {
      // kept for this session only
    }
    set({ name: trimmed });
  },
}));
