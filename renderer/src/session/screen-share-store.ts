import { create } from 'zustand';

/**
 * Screen-share mode: while the screen is projected or shared, every section hides what is private
 * about a learner (supports and accommodations, family contacts, private notes, demographics) and
 * shows a placeholder instead. One switch for the whole app, remembered on this computer, because a
 * teacher who projects in class does so every day.
 */
const storageKey = 'proficio.screenShare';

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'on';
  } catch {
    // storage may be unavailable (a locked-down profile): start with private fields shown
    return false;
  }
}

type ScreenShareState = { sharing: boolean; setSharing(sharing: boolean): void };

export const useScreenShareStore = create<ScreenShareState>()((set) => ({
  sharing: remembered(),
  setSharing: (sharing) => {
    try {
      globalThis.localStorage?.setItem(storageKey, sharing ? 'on' : 'off');
    } catch {
      // not remembered across restarts, but the switch still works for this session
    }
    set({ sharing });
  },
}));

/** The sentence a hidden field shows in its place. */
export const hiddenWhileSharing = 'Hidden while sharing the screen';
