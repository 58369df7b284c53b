import type { JSX, ReactNode } from 'react';

/**
 * A short label on a pill (ui/badge.css): a standard's type, "Retired", "In the trash", an import
 * problem's severity. `neutral` describes; `flag` asks for a look; `danger` says something is wrong.
 */
export function Badge(props: { tone: 'neutral' | 'flag' | 'danger'; className?: string; children: ReactNode }): JSX.Element {
  return <span className={props.className ? `badge badge--${props.tone} ${props.className}` : `badge badge--${props.tone}`}>{props.children}</span>;
}
