import type { ProfileEntry, TimelineItem } from '../../../preload/contract/index.js';

/**
 * Whether a timeline item repeats a private entry (a note marked private, a support), so screen-share
 * mode hides it like the entry itself. The timeline item does not say so itself (TimelineItem has no
 * `sensitive` flag yet), so it is recognised as an entry item of the same day that ends with the
 * private entry's text — erring toward hiding: an ordinary entry with the very same text that day is
 * hidden too, which costs nothing but a line while the screen is shared.
 */
export function repeatsPrivateEntry(item: Pick<TimelineItem, 'kind' | 'on' | 'summary'>, privateEntries: readonly Pick<ProfileEntry, 'notedOn' | 'body'>[]): boolean {
  if (item.kind !== 'entry') return false;
  return privateEntries.some((entry) => entry.notedOn === item.on && item.summary.endsWith(entry.body));
}
