import type { JSX } from 'react';

export type IconName =
  | 'gradebook'
  | 'learners'
  | 'paths'
  | 'groups'
  | 'standards'
  | 'reports'
  | 'alert'
  | 'class'
  | 'sort-up'
  | 'sort-down'
  | 'sort-none';

// 24×24 outline glyphs drawn with the current text colour: inline SVG needs no font or image request.
const glyphs: Record<IconName, JSX.Element> = {
  gradebook: (
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
      <path d="M3.5 9.5h17M9 4.5v15M14.5 4.5v15" />
    </>
  ),
  learners: (
    <>
      <circle cx="9" cy="8.5" r="3.25" />
      <path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5" />
      <circle cx="16.5" cy="9.5" r="2.5" />
      <path d="M15.5 14.2c2.5-.3 4.4 1.2 5 4" />
    </>
  ),
  paths: (
    <>
      <circle cx="6" cy="18" r="2" />
      <circle cx="18" cy="6" r="2" />
      <path d="M8 18h6.5a3.5 3.5 0 0 0 0-7h-5a3.5 3.5 0 0 1 0-7H16" />
    </>
  ),
  groups: (
    <>
      <circle cx="7.5" cy="8" r="3" />
      <circle cx="16.5" cy="8" r="3" />
      <circle cx="12" cy="16" r="3" />
    </>
  ),
  standards: (
    <>
      <path d="M5 5.5h14M5 12h14M5 18.5h9" />
      <path d="M17 16.5l1.6 1.6 3-3.2" />
    </>
  ),
  reports: (
    <>
      <path d="M4.5 19.5h15" />
      <path d="M7 16v-5M12 16V7M17 16v-8" />
    </>
  ),
  alert: (
    <>
      <path d="M12 4l9 15.5H3L12 4z" />
      <path d="M12 10v4.2M12 17v.2" />
    </>
  ),
  class: (
    <>
      <path d="M4 6.5l8-3 8 3-8 3-8-3z" />
      <path d="M7 8v5.5c0 1.4 2.2 3 5 3s5-1.6 5-3V8" />
    </>
  ),
  'sort-up': <path d="M12 6l5 6H7l5-6z" fill="currentColor" stroke="none" />,
  'sort-down': <path d="M12 18l-5-6h10l-5 6z" fill="currentColor" stroke="none" />,
  'sort-none': (
    <>
      <path d="M12 5l4 4.5H8L12 5z" fill="currentColor" stroke="none" />
      <path d="M12 19l-4-4.5h8L12 19z" fill="currentColor" stroke="none" />
    </>
  ),
};

/** Decorative icon: hidden from assistive technology, the control beside it carries the name. */
export function Icon({ name, className = 'icon' }: { name: IconName; className?: string }): JSX.Element {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {glyphs[name]}
    </svg>
  );
}
