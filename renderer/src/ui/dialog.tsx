import { useEffect, useRef, type JSX, type ReactNode } from 'react';

/**
 * A modal <dialog>: the browser keeps focus inside it and makes the page behind inert. Escape asks
 * `onClose` rather than closing by itself, so a dialog that must stay open (an import running) can say no.
 */
export function Dialog(props: {
  /** The id of the dialog's heading, which names it. */
  labelledBy: string;
  onClose: () => void;
  className?: string;
  busy?: boolean;
  children: ReactNode;
}): JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      aria-labelledby={props.labelledBy}
      aria-busy={props.busy}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      {props.children}
    </dialog>
  );
}
