/** "Master `prerequisiteId` before `standardId`": one edge of a progression graph. */
export type Edge = { standardId: string; prerequisiteId: string };
