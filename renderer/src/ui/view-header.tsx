import type { JSX, ReactNode } from 'react';

/**
 * The view's heading, id `view-title`: the section labels itself with it, and the shell moves focus to
 * it after the user switches sections so screen readers announce where they are.
 */
export function ViewHeader(props: { title: string; description?: ReactNode; children?: ReactNode }): JSX.Element {
  return (
    <div className="view-header">
      <div>
        <h1 id="view-title" className="view-header__title" tabIndex={-1}>
          {props.title}
        </h1>
        {props.description && <p className="view-header__description">{props.description}</p>}
      </div>
      {props.children && <div className="view-header__aside">{props.children}</div>}
    </div>
  );
}
