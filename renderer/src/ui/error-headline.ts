import type { ErrorCode } from '../../../preload/contract/index.js';

/** A plain-language headline per error code; the gradebook's own message follows it. */
export const errorHeadlines = {
  invalid_request: 'Proficio could not understand that request',
  unknown_channel: 'This window asked for something the gradebook does not offer',
  not_found: 'That is not in this gradebook',
  not_a_gradebook: 'That file is not a Proficio gradebook',
  newer_version: 'This gradebook was saved by a newer version of Proficio',
  migration_failed: 'The gradebook could not be brought up to date',
  conflict: 'The gradebook changed while you were working',
  invalid_data: 'The gradebook holds something Proficio cannot read',
  no_gradebook: 'No gradebook is open',
  read_only: 'This gradebook is open for reading only',
  busy: 'The gradebook is busy',
  in_use: 'This gradebook is open in another Proficio',
  damaged: 'This gradebook file is damaged',
  hub: 'The school hub could not finish',
  internal: 'Something unexpected went wrong',
} as const satisfies Record<ErrorCode, string>;
