import type { ContractError, HubProgress, HubPublished } from '../../../preload/contract/index.js';
import { formatClockTime } from '../format/calendar-date.js';
import { formatCount } from '../format/numbers.js';

/**
 * What the publish dialog says, as plain sentences (pure, so they are tested without a window): how far
 * a publish has got, what it did, and what went wrong.
 */

/** "Sending evidence (table 16 of 17): 12,000 of 50,000 changed rows". */
export function progressText(progress: HubProgress | null): string {
  if (progress === null) return 'Connecting to the school hub and checking what changed…';
  const table = progress.table.replace(/_/g, ' ');
  return `Sending ${table} (table ${progress.tableIndex} of ${progress.tableCount}): ${formatCount(progress.sent)} of ${formatCount(progress.total)} changed rows`;
}

/** What a stopped publish did: nothing on the hub, nothing in the gradebook. */
export const stoppedHeadline = 'Stopped: the school hub is as it was before';
export const stoppedDetail = 'Nothing of this publish was kept on the hub, and your gradebook is unchanged. Publish again when you are ready: it sends everything that changed.';

/** The headline after a publish: what it changed on the hub, or that nothing had changed. */
export function publishedHeadline(summary: HubPublished): string {
  const changes = summary.changedRows + summary.tombstonedRows;
  if (changes === 0) return 'Nothing had changed since the last publish';
  return `Published ${formatCount(changes)} ${changes === 1 ? 'change' : 'changes'} to the school hub at ${formatClockTime(summary.publishedAt)}`;
}

/** The line under the headline: where it went, and what the changes were. */
export function publishedDetail(summary: HubPublished): string {
  if (summary.changedRows + summary.tombstonedRows === 0) return `The school hub at ${summary.hub} already has everything in “${summary.title}”.`;
  const parts = [
    summary.changedRows > 0 ? `${formatCount(summary.changedRows)} ${summary.changedRows === 1 ? 'row' : 'rows'} added or changed` : null,
    summary.tombstonedRows > 0 ? `${formatCount(summary.tombstonedRows)} marked deleted` : null,
  ].filter((part) => part !== null);
  return `“${summary.title}” is on the school hub at ${summary.hub}: ${parts.join(', ')}. Coaches see it in their reports now.`;
}

/** The title of a failed publish's message, by what went wrong (the sentence under it says what to do). */
export function failureTitle(error: ContractError): string {
  switch (error.details['reason']) {
    case 'hub_unreachable':
      return 'Cannot reach the school hub';
    case 'hub_login_refused':
      return 'The school hub refused the login';
    case 'hub_not_initialised':
    case 'hub_not_found':
      return 'The school hub is not set up yet';
    case 'hub_address_invalid':
    case 'hub_password_in_address':
    case 'hub_tls_required':
      return 'Check the hub address';
    case 'hub_not_yours':
      return 'This gradebook belongs to another hub login';
    default:
      return 'The gradebook was not published';
  }
}

/** Which field the teacher should look at after a failure, so the dialog can put the cursor there. */
export function fieldToFix(error: ContractError): 'address' | 'password' | null {
  switch (error.details['reason']) {
    case 'hub_login_refused':
      return 'password';
    case 'hub_unreachable':
    case 'hub_not_found':
    case 'hub_address_invalid':
    case 'hub_password_in_address':
    case 'hub_tls_required':
      return 'address';
    default:
      return null;
  }
}
