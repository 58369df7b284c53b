import { Component, type ErrorInfo, type ReactNode } from 'react';
import { asContractError } from '../bridge/contract-failure.js';
import { ErrorPanel } from './error-panel.js';

type Props = {
  children: ReactNode;
  /** When any of these change (another view, another class) the boundary starts over. */
  resetKeys: readonly unknown[];
  /** Runs before "Try again" re-renders the children, e.g. to drop a failed load so it is retried. */
  onReset?: () => void;
  /** Shown above the error, so the user still sees which section failed (e.g. the view's heading). */
  heading?: ReactNode;
};
type State = { error: unknown; failed: boolean; keys: readonly unknown[] };

/**
 * Catches what a view throws while rendering — a `ContractFailure` from a failed request, or a bug —
 * and shows it with the error panel instead of a blank window. React offers this only to classes.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const changed = props.resetKeys.length !== state.keys.length || props.resetKeys.some((key, i) => !Object.is(key, state.keys[i]));
    return changed ? { error: null, failed: false, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // kept in the console for whoever reports the problem; the panel shows the readable part
    console.error('Proficio view failed', error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="view">
        {this.props.heading}
        <ErrorPanel error={asContractError(this.state.error)} onRetry={this.retry} />
      </div>
    );
  }
}
