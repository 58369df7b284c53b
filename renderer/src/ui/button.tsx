import type { ComponentPropsWithRef, JSX } from 'react';

export type ButtonVariant = 'default' | 'primary' | 'quiet';

type Props = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant;
  /** The 28px button of toolbars and rows, where a full-height one would crowd the line. */
  small?: boolean;
};

/** The app's one button: `type="button"` unless told otherwise, so no button submits a form by accident. */
export function Button({ variant = 'default', small = false, className, type = 'button', ...rest }: Props): JSX.Element {
  const names = ['button', variant === 'default' ? '' : `button--${variant}`, small ? 'button--small' : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={names} {...rest} />;
}

/** A borderless square button holding one glyph (×, ⋯); the label is for assistive technology. */
export function IconButton({ label, className, children, ...rest }: ComponentPropsWithRef<'button'> & { label: string }): JSX.Element {
  return (
    <button type="button" className={className ? `icon-button ${className}` : 'icon-button'} aria-label={label} {...rest}>
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
