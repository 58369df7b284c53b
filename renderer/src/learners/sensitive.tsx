import type { JSX, ReactNode } from 'react';
import { hiddenWhileSharing, useScreenShareStore } from '../session/screen-share-store.js';
import './sensitive.css';

/**
 * Something private about a learner (supports, contacts, a private note): shown normally, and replaced
 * by a placeholder while the screen is shared, so the rest of the page can still be projected.
 */
export function Sensitive({ children, inline = false }: { children: ReactNode; inline?: boolean }): JSX.Element {
  const sharing = useScreenShareStore((state) => state.sharing);
  if (!sharing) return <>{children}</>;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="sensitive-hidden" data-sensitive-placeholder="">
      <span aria-hidden="true" className="sensitive-hidden__mark">
        ◌
      </span>
      {hiddenWhileSharing}
    </Tag>
  );
}
