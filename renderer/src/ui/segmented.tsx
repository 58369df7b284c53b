import type { JSX } from 'react';

export type SegmentedOption<T extends string> = { value: T; label: string; disabled?: boolean; title?: string };

/**
 * A choice of two or three, all in sight (ui/segmented.css): a radio group of buttons, the chosen one
 * raised. Used where the choice switches what the rest of the screen shows (View / Entry).
 */
export function Segmented<T extends string>(props: {
  /** The group's accessible name. */
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}): JSX.Element {
  return (
    <div className={props.className ? `segmented ${props.className}` : 'segmented'} role="radiogroup" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={props.value === option.value}
          className="segmented__option"
          disabled={option.disabled}
          title={option.title}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
