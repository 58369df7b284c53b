import { useId, useState, type JSX } from 'react';
import { ErrorPanel } from '../ui/error-panel.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { useImportStore, type ImportOptionsInput } from './import-store.js';
import { describeChoice, readChosenFiles } from './file-to-base64.js';
import { TemplateLink } from './template-link.js';
import './import-choose.css';

/**
 * Step 1: a file (CASE JSON, a CSV, a OneRoster zip) or a OneRoster folder, and the two options
 * that change what a preview shows. Nothing is sent until "Preview".
 */
export function ImportChooseStep(props: { onPrerequisiteMap?: () => void } = {}): JSX.Element {
  const id = useId();
  const error = useImportStore((state) => state.error);
  const previewFiles = useImportStore((state) => state.previewFiles);
  const close = useImportStore((state) => state.close);
  const [files, setFiles] = useState<File[]>([]);
  const [frameworkTitle, setFrameworkTitle] = useState('');
  const [teacher, setTeacher] = useState('');
  const [reading, setReading] = useState<string | null>(null);

  async function preview(): Promise<void> {
    if (files.length === 0) return;
    setReading(null);
    let read;
    try {
      read = await readChosenFiles(files);
    } catch (failure) {
      setReading(`The browser could not read the chosen files: ${String(failure)}`);
      return;
    }
    if (read.length === 0) {
      setReading('The folder holds no CSV files. A OneRoster folder has manifest.csv, users.csv, classes.csv and so on.');
      return;
    }
    const options: ImportOptionsInput = {};
    if (frameworkTitle.trim() !== '') options.frameworkTitle = frameworkTitle.trim();
    if (teacher.trim() !== '') options.teacherSourcedId = teacher.trim();
    await previewFiles(describeChoice(files), read, options);
  }

  const chosen = describeChoice(files);
  return (
    <>
      <div className="import-body">
        <p className="import-lead">
          Standards arrive as a CASE 1.0 package (JSON) or a CSV; rosters as a OneRoster folder or zip, or a plain CSV. You see what would change before
          anything is written.
        </p>
        <div className="import-sources">
          <div className="import-source">
            <label htmlFor={`${id}-file`} className="import-source__title">
              A file
            </label>
            <p className="import-source__hint">CASE JSON, a standards or roster CSV, or a OneRoster zip</p>
            <input
              id={`${id}-file`}
              type="file"
              accept=".json,.csv,.zip"
              className="import-source__input"
              onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
            />
          </div>
          <div className="import-source">
            <label htmlFor={`${id}-folder`} className="import-source__title">
              A OneRoster folder
            </label>
            <p className="import-source__hint">The folder holding manifest.csv, users.csv, classes.csv…</p>
            <input
              id={`${id}-folder`}
              type="file"
              className="import-source__input"
              // a folder picker: React passes unknown attributes through as given
              {...{ webkitdirectory: '', directory: '' }}
              multiple
              onChange={(event) => setFiles([...(event.currentTarget.files ?? [])])}
            />
          </div>
        </div>
        <p className="import-chosen" aria-live="polite">
          {chosen === '' ? 'Nothing chosen yet.' : <>Chosen: <strong>{chosen}</strong></>}
        </p>
        <fieldset className="import-options">
          <legend>Options</legend>
          <Field layout="stack" label="Framework title" hint="For a standards CSV, which has no title of its own. A CASE package names itself.">
            {(control) => <input {...control} type="text" className="field" value={frameworkTitle} onChange={(event) => setFrameworkTitle(event.target.value)} />}
          </Field>
          <Field layout="stack" label="Only my classes (teacher sourcedId)" hint="For a district roster: import only the classes this teacher is enrolled in.">
            {(control) => <input {...control} type="text" className="field" value={teacher} onChange={(event) => setTeacher(event.target.value)} />}
          </Field>
        </fieldset>
        {reading && (
          <p className="import-inline-error" role="alert">
            {reading}
          </p>
        )}
        {error && <ErrorPanel error={error.toContractError()} compact />}
        <TemplateLink />
        {props.onPrerequisiteMap && (
          <p className="import-map-door">
            Prerequisites for standards already here (a <code>prerequisite,standard</code> CSV or a Coherence Map extract)?{' '}
            <Button small onClick={props.onPrerequisiteMap}>
              Import a prerequisite map…
            </Button>
          </p>
        )}
      </div>
      <div className="import-actions">
        <Button onClick={close}>Close</Button>
        <Button variant="primary" disabled={files.length === 0} onClick={() => void preview()}>
          Preview
        </Button>
      </div>
    </>
  );
}
