import type { JSX } from 'react';
import { useScreenShareStore } from '../session/screen-share-store.js';
import './screen-share-toggle.css';

/**
 * The one switch for screen-share mode: on, every section hides supports, family contacts, private
 * notes and demographics. Remembered on this computer (session/screen-share-store.ts).
 */
export function ScreenShareToggle(): JSX.Element {
  const sharing = useScreenShareStore((state) => state.sharing);
  const setSharing = useScreenShareStore((state) => state.setSharing);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={sharing}
      className={sharing ? 'share-toggle is-on' : 'share-toggle'}
      title="Hides supports, family contacts, private notes and demographics everywhere, for when the screen is projected or shared"
      onClick={() => setSharing(!sharing)}
    >
      <span className="share-toggle__track" aria-hidden="true">
        <span className="share-toggle__thumb" />
      </span>
      <span className="share-toggle__label">Sharing my screen</span>
    </button>
  );
}
