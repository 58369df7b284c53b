import type { JSX } from 'react';
import { formatRoute } from '../session/hash-route.js';
import { viewLabels, viewNames } from '../session/views.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { BrandMark } from './brand-mark.js';
import { SidebarImportButton } from './sidebar-import-button.js';
import { Icon } from '../ui/icon.js';
import './sidebar.css';

export type Connection = 'electron' | 'harness';

/**
 * The sections, as real links to hash routes: Tab reaches each one, Enter follows it, and the
 * browser's own history handles back and forward. The current section carries aria-current.
 */
export function Sidebar({ connection }: { connection: Connection }): JSX.Element {
  const view = useNavigationStore((state) => state.view);
  const classId = useNavigationStore((state) => state.classId);
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <BrandMark />
        <span className="sidebar__name">Proficio</span>
      </div>
      <SidebarImportButton />
      <nav aria-label="Sections" className="sidebar__nav">
        <ul>
          {viewNames.map((name) => (
            <li key={name}>
              <a
                className="sidebar__link"
                href={formatRoute({ view: name, classId, itemId: null })}
                aria-current={name === view ? 'page' : undefined}
                title={viewLabels[name]}
              >
                <Icon name={name} />
                <span className="sidebar__label">{viewLabels[name]}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="sidebar__footer" title={connection === 'harness' ? 'Served by the local test harness' : 'Desktop app'}>
        <span className="sidebar__status-dot" aria-hidden="true" />
        <span className="sidebar__label">{connection === 'harness' ? 'Browser harness' : 'On this computer'}</span>
      </p>
    </aside>
  );
}
