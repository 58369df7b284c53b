import { useId, type JSX } from 'react';
import type { ContractError } from '../../../preload/contract/index.js';
import { errorHeadlines } from './error-headline.js';
import { Icon } from './icon.js';
import { Button } from './button.js';

/**
 * A contract error a teacher can read: what happened in plain words, the gradebook's own sentence,
 * the code (to quote when asking for help), and the technical details folded away.
 */
export function ErrorPanel(props: {
  error: ContractError;
  onRetry?: () => void;
  compact?: boolean;
  /** What was refused, when the code's general headline would mislead ("The scale was not saved"). */
  title?: string;
}): JSX.Element {
  const { error, onRetry, compact = false } = props;
  const titleId = useId();
  const hasDetails = Object.keys(error.details).length > 0;
  return (
    <div role="alert" aria-labelledby={titleId} className={compact ? 'error-panel error-panel--compact' : 'error-panel'} data-error-code={error.code}>
      <Icon name="alert" className="error-panel__icon" />
      <div className="error-panel__body">
        <h2 id={titleId} className="error-panel__title">
          {props.title ?? errorHeadlines[error.code]}
        </h2>
        <p className="error-panel__message">{error.message}</p>
        <p className="error-panel__code">
          Error code <code>{error.code}</code>
        </p>
        {hasDetails && (
          <details className="error-panel__details">
            <summary>Technical details</summary>
            <pre>{JSON.stringify(error.details, null, 2)}</pre>
          </details>
        )}
        {onRetry && (
          <div className="error-panel__actions">
            <Button variant="primary" onClick={onRetry}>
              Try again
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
