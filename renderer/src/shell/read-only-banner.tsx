import type { JSX } from 'react';
import { useGradebookStore } from '../session/gradebook-store.js';

/**
 * Says, above every section, that the teacher's gradebook could only be opened for reading, why, and
 * what to do: another Proficio has it, the file is read-only, or it is damaged (then where the copies are).
 */
export function ReadOnlyBanner(): JSX.Element | null {
  const readOnly = useGradebookStore((state) => state.info?.readOnly ?? null);
  if (readOnly === null) return null;
  return (
    <div className="read-only-banner" role="status">
      <strong className="read-only-banner__title">Open for reading only.</strong> {readOnly.message}
      {readOnly.backups.length > 0 ? (
        <ul className="read-only-banner__backups" aria-label="Copies saved beside the gradebook">
          {readOnly.backups.map((backup) => (
            <li key={backup}>{backup}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
