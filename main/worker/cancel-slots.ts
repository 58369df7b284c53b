/**
 * Work the user can stop while it runs, and the slot of the shared cancel flag (an Int32Array shared
 * between main and the worker) each kind of work polls. Separate slots: stopping the opening of a
 * big class must never cancel an import queued before it.
 */
export const cancelChannels = {
  'import:commit': { cancel: 'import:cancel', slot: 0 },
  'mastery:grid': { cancel: 'mastery:cancel', slot: 1 },
  'mastery:preview': { cancel: 'mastery:cancel', slot: 1 },
  'reports:export': { cancel: 'reports:cancel', slot: 2 },
  'reports:familyReport': { cancel: 'reports:cancel', slot: 2 },
  'reports:coachExport': { cancel: 'reports:cancel', slot: 2 },
  // the school hub's reports stop with the Reports section's Stop, as the other sources' exports do
  'hub:export': { cancel: 'reports:cancel', slot: 2 },
  'hub:summary': { cancel: 'reports:cancel', slot: 2 },
  // a publish is one PostgreSQL transaction: stopped, it is rolled back and the hub is as it was
  'hub:publish': { cancel: 'hub:cancel', slot: 3 },
} as const;

export type CancelSlot = (typeof cancelChannels)[keyof typeof cancelChannels]['slot'];

/** How many Int32 slots the shared flag needs. */
export const cancelFlagSlots = 4;

/** The slot a channel's work polls; null for work nobody can stop. */
export function cancelSlotOf(channel: string): CancelSlot | null {
  return Object.hasOwn(cancelChannels, channel) ? cancelChannels[channel as keyof typeof cancelChannels].slot : null;
}

/** True when the user asked to stop the work polling `slot` (a flag of null: nobody can stop it). */
export function cancelRequested(flag: Int32Array | null, slot: CancelSlot): boolean {
  return flag !== null && flag.length > slot && Atomics.load(flag, slot) !== 0;
}
