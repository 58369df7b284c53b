import type { JSX, ReactNode } from 'react';
import { Icon, type IconName } from './icon.js';

export function EmptyState(props: { icon: IconName; title: string; children: ReactNode }): JSX.Element {
  return (
    <div className="empty-state">
      <div className="empty-state__badge">
        <Icon name={props.icon} className="empty-state__icon" />
      </div>
      <h2 className="empty-state__title">{props.title}</h2>
      <div className="empty-state__text">{props.children}</div>
    </div>
  );
}
