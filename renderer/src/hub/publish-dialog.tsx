import { useEffect, useId, useRef, useState, type FormEvent, type JSX } from 'react';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { usePublishStore } from './publish-store.js';
import { failureTitle, fieldToFix, progressText, publishedDetail, publishedHeadline, stoppedDetail, stoppedHeadline } from './publish-words.js';
import './hub.css';

/**
 * "Publish to school hub…": the hub's address and the teacher's hub password, then the publish with
 * its progress and outcome in plain words. Mounted once by the shell; File → Publish… opens it.
 */
export function PublishDialog(): JSX.Element | null {
  const open = usePublishStore((state) => state.open);
  if (!open) return null;
  return <PublishForm />;
}

function PublishForm(): JSX.Element {
  const id = useId();
  const { login, phase, closeDialog, checkAddress, forgetPassword, publish, stop } = usePublishStore();
  // null until the teacher types: the address main remembered shows meanwhile (it arrives a moment after opening)
  const [typedAddress, setAddress] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [keepPassword, setKeepPassword] = useState(true);
  const [missingAddress, setMissingAddress] = useState(false);
  const addressInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const address = typedAddress ?? login?.address ?? '';

  // after a failure, the cursor goes where the fix is
  useEffect(() => {
    if (phase.step !== 'failed') return;
    const field = fieldToFix(phase.error);
    if (field === 'password') passwordInput.current?.select();
    if (field === 'address') addressInput.current?.focus();
  }, [phase]);

  const sending = phase.step === 'sending';
  const passwordKept = login?.passwordKept === true && password === '';

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (address.trim() === '') {
      setMissingAddress(true);
      addressInput.current?.focus();
      return;
    }
    setMissingAddress(false);
    void publish({ address: address.trim(), password, keepPassword: keepPassword && login?.canKeepPassword === true });
  }

  return (
    <Dialog labelledBy={`${id}-title`} className="dialog--hub-publish" onClose={closeDialog} busy={sending}>
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="dialog__title">
          Publish to school hub
        </h2>
        <p className="hub-publish__intro">
          Sends what changed in this gradebook since its last publish to your school’s hub, so coaches see it in their reports. The gradebook stays on this computer, as it is.
        </p>
        <div className="form-grid">
          <Field
            label="Hub address"
            hint="Your school’s IT gives you this, for example postgres://you@hub.school.org/proficio"
            problem={missingAddress ? `${id}-address-problem` : null}
          >
            {(control) => (
              <input
                {...control}
                ref={addressInput}
                className="field hub-publish__address"
                value={address}
                disabled={sending}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => setAddress(event.target.value)}
                onBlur={() => void checkAddress(address)}
              />
            )}
          </Field>
          <Field
            label="Password"
            hint={passwordKept ? 'Kept safely on this computer: leave this empty to use it.' : 'Your hub password, not your computer’s.'}
          >
            {(control) => (
              <input
                {...control}
                ref={passwordInput}
                type="password"
                className="field"
                value={password}
                disabled={sending}
                autoComplete="off"
                placeholder={passwordKept ? '••••••••  (kept)' : ''}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
        </div>
        {missingAddress && (
          <p id={`${id}-address-problem`} className="form-error" role="alert">
            Type the hub’s address first.
          </p>
        )}
        {login?.canKeepPassword === true && (
          <div className="hub-publish__keep">
            <label>
              <input type="checkbox" checked={keepPassword} disabled={sending} onChange={(event) => setKeepPassword(event.target.checked)} /> Keep the password on this
              computer (encrypted), so you need not type it again
            </label>
            {login.passwordKept && (
              <Button small variant="quiet" disabled={sending} onClick={() => void forgetPassword(address)}>
                Forget the kept password
              </Button>
            )}
          </div>
        )}
        <PublishOutcome />
        <div className="dialog__actions">
          {sending ? (
            // a publish is one transaction on the hub: stopped, it is rolled back whole
            <Button onClick={() => void stop()} disabled={phase.stopping}>
              {phase.stopping ? 'Stopping…' : 'Stop'}
            </Button>
          ) : (
            <Button onClick={closeDialog}>{phase.step === 'done' || phase.step === 'stopped' ? 'Close' : 'Cancel'}</Button>
          )}
          <Button type="submit" variant="primary" disabled={sending}>
            {sending ? 'Publishing…' : phase.step === 'done' || phase.step === 'stopped' ? 'Publish again' : phase.step === 'failed' ? 'Try again' : 'Publish'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function PublishOutcome(): JSX.Element | null {
  const phase = usePublishStore((state) => state.phase);
  const id = useId();
  switch (phase.step) {
    case 'asking':
      return null;
    case 'sending':
      return (
        <div className="hub-publish__progress">
          <progress
            className="hub-publish__bar"
            aria-labelledby={`${id}-progress`}
            {...(phase.progress !== null && phase.progress.total > 0 ? { max: phase.progress.total, value: phase.progress.sent } : {})}
          />
          <p id={`${id}-progress`} aria-live="polite">
            {phase.stopping ? 'Stopping: undoing what this publish sent, so the school hub stays as it was…' : progressText(phase.progress)}
          </p>
        </div>
      );
    case 'done':
      return (
        <div className="hub-publish__done" role="status">
          <p className="hub-publish__headline">{publishedHeadline(phase.summary)}</p>
          <p>{publishedDetail(phase.summary)}</p>
        </div>
      );
    case 'stopped':
      return (
        <div className="hub-publish__done" role="status">
          <p className="hub-publish__headline">{stoppedHeadline}</p>
          <p>{stoppedDetail}</p>
        </div>
      );
    case 'failed':
      return <ErrorPanel compact error={phase.error} title={failureTitle(phase.error)} />;
  }
}
