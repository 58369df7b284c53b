import { useId, useState, type JSX } from 'react';
import { timelineKinds, type TimelineItem, type TimelineKind } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { authorLine } from './entry-item.js';
import { timelineItemLabels, timelineKindLabels } from './profile-words.js';
import { Sensitive } from './sensitive.js';
import './timeline-section.css';

type Filter = TimelineKind | 'all';
const filterOf = (value: string): Filter => timelineKinds.find((kind) => kind === value) ?? 'all';

/** A page of the timeline at a time: a learner with a year of evidence has hundreds of items. */
const pageSize = 40;

/** Everything that happened, newest first: evidence, feedback, goal changes, reflections, entries. */
export function TimelineSection({ items, firstName }: { items: readonly TimelineItem[]; firstName: string }): JSX.Element {
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const [shownCount, setShownCount] = useState(pageSize);
  const filtered = filter === 'all' ? items : items.filter((item) => item.kind === filter);
  const shown = filtered.slice(0, shownCount);
  return (
    <section className="profile-card" aria-labelledby="profile-timeline">
      <div className="profile-card__head">
        <h2 id="profile-timeline" className="profile-card__title">
          Timeline
        </h2>
        <span className="timeline__filter">
          <label htmlFor={`${id}-filter`} className="field-label">
            Show
          </label>
          <select id={`${id}-filter`} className="field field--select" value={filter} onChange={(event) => setFilter(filterOf(event.target.value))}>
            <option value="all">Everything</option>
            {timelineKinds.map((kind) => (
              <option key={kind} value={kind}>
                {timelineKindLabels[kind]}
              </option>
            ))}
          </select>
        </span>
      </div>
      {filtered.length === 0 ? (
        <p className="profile-empty">
          {items.length === 0 ? `Nothing has happened yet. Evidence, goals, reflections and entries about ${firstName} will show here, newest first.` : 'Nothing of this kind yet. Choose “Everything” to see the rest.'}
        </p>
      ) : (
        <>
          <ol className="timeline" aria-label="Timeline, newest first">
            {shown.map((item, index) => (
              <li key={`${item.on}-${index}`} className={`timeline__item timeline__item--${item.kind}`} data-kind={item.kind}>
                <time className="timeline__date" dateTime={item.on}>
                  {formatIsoDate(item.on)}
                </time>
                <Badge tone="neutral" className="timeline__kind">
                  {timelineItemLabels[item.kind]}
                </Badge>
                <span className="timeline__summary">{item.sensitive ? <Sensitive inline>{item.summary}</Sensitive> : item.summary}</span>
                {item.author && <span className="timeline__author">{authorLine(item.author, firstName)}</span>}
              </li>
            ))}
          </ol>
          {filtered.length > shown.length && (
            <Button small className="timeline__more" onClick={() => setShownCount((count) => count + pageSize)}>
              Show {plural(Math.min(pageSize, filtered.length - shown.length), 'more item', 'more items')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
