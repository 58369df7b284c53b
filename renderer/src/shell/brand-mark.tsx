import type { JSX } from 'react';
import './brand-mark.css';

/** The Proficio mark: a rising step, for growing mastery. */
export function BrandMark(): JSX.Element {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand-mark__tile" />
      <path d="M8 22h5v-5h5v-5h6" className="brand-mark__step" fill="none" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
