import { create } from 'zustand';

/**
 * The app-wide dialogs any section may open (the Standards view opens Import… and Scales…, the
 * gradebook's toolbar opens Scales…). The shell mounts each dialog once; a section only asks for it
 * here, so no section imports another section's dialog.
 */
export type DialogName = 'import' | 'scales';

type DialogState = {
  open: readonly DialogName[];
  openDialog(name: DialogName): void;
  closeDialog(name: DialogName): void;
};

export const useDialogStore = create<DialogState>()((set, get) => ({
  open: [],
  openDialog: (name) => {
    if (!get().open.includes(name)) set({ open: [...get().open, name] });
  },
  closeDialog: (name) => set({ open: get().open.filter((open) => open !== name) }),
}));
