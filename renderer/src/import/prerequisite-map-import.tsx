import { useEffect, useId, useState, type JSX } from 'react';
import type { FrameworkSummary, PrerequisiteMapResult } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { plural } from '../format/plural.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { bytesToBase64 } from './file-to-base64.js';
import { issueTotalsText } from './import-issues.js';
import { ImportIssuesTable } from './import-issues-table.js';
import type { ImportStep } from './import-store.js';
import { linksToAddText, mapReport, mapVerdict } from './prerequisite-map-words.js';
import './import-choose.css';
import './import-preview.css';
import './import-report.css';

type Sent = { frameworkId: string; file: { name: string; base64: string } };

/**
 * The wizard's door for a prerequisite map: a CSV `prerequisite,standard` or the JSON extract
 * `{"precedes": [[a, b], …]}`, matched to the codes of a framework already imported. Choose the framework
 * and the file, see the links it would add and every code that matches nothing (with its row), then
 * import all of it or nothing. The four steps follow the wizard's own (`onStep`).
 */
export function PrerequisiteMapImport(props: { step: ImportStep; onStep: (step: ImportStep) => void; onBack: () => void; onClose: () => void }): JSX.Element {
  const id = useId();
  const { step, onStep } = props;
  const navigate = useNavigationStore((state) => state.navigate);
  const frameworks = useFrameworks();
  const [frameworkId, setFrameworkId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [result, setResult] = useState<PrerequisiteMapResult | null>(null);
  const [problem, setProblem] = useState<ContractFailure | null>(null);
  const chosenFramework = frameworkId || (frameworks.status === 'ready' && frameworks.list.length === 1 ? (frameworks.list[0]?.id ?? '') : '');

  async function preview(): Promise<void> {
    if (!file || chosenFramework === '') return;
    setProblem(null);
    onStep('previewing');
    try {
      const request = { frameworkId: chosenFramework, file: { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) } };
      const previewed = await call('import:previewPrerequisiteMap', request);
      setSent(request);
      setResult(previewed);
      onStep('preview');
    } catch (error) {
      setProblem(asContractFailure(error));
      onStep('choose');
    }
  }

  async function commit(): Promise<void> {
    if (!sent) return;
    setProblem(null);
    onStep('importing');
    try {
      setResult(await call('import:prerequisiteMap', sent));
      onStep('report');
    } catch (error) {
      setProblem(asContractFailure(error));
      onStep('preview');
    }
  }

  if ((step === 'preview' || step === 'importing') && result) {
    const { tone, text } = mapVerdict(result);
    return (
      <>
        <div className="import-body">
          <dl className="import-facts">
            <div>
              <dt>File</dt>
              <dd className="import-facts__file">{result.fileName}</dd>
            </div>
            <div>
              <dt>Framework</dt>
              <dd>{result.frameworkTitle}</dd>
            </div>
            <div>
              <dt>Links to add</dt>
              <dd>{linksToAddText(result)}</dd>
            </div>
            <div>
              <dt>Already there</dt>
              <dd>{plural(result.unchanged, 'link')}</dd>
            </div>
            <div>
              <dt>Problems</dt>
              <dd>{issueTotalsText(result.issueTotals, result.issues.length)}</dd>
            </div>
          </dl>
          {result.issues.length > 0 && (
            <section aria-labelledby={`${id}-issues`} className="import-issues">
              <h3 id={`${id}-issues`} className="import-section-title">
                Problems found <span className="import-section-title__note">{issueTotalsText(result.issueTotals, result.issues.length)}</span>
              </h3>
              <ImportIssuesTable issues={result.issues} caption="Problems found in the prerequisite map" />
            </section>
          )}
          {problem && <ErrorPanel error={problem.toContractError()} compact />}
        </div>
        <div className="import-actions">
          <p id={`${id}-verdict`} className={`import-verdict import-verdict--${tone}`}>
            {step === 'importing' ? `Adding ${plural(result.added, 'link')} to ${result.frameworkTitle}…` : text}
          </p>
          <Button disabled={step === 'importing'} onClick={() => onStep('choose')}>
            Back
          </Button>
          <Button variant="primary" disabled={step === 'importing' || !result.canCommit || result.added === 0} aria-describedby={`${id}-verdict`} onClick={() => void commit()}>
            {result.added > 0 ? `Import ${plural(result.added, 'link')}` : 'Import'}
          </Button>
        </div>
      </>
    );
  }

  if (step === 'report' && result) {
    return (
      <>
        <div className="import-body">
          <div className={result.added > 0 ? 'import-outcome import-outcome--done' : 'import-outcome'} role="status">
            <p className="import-outcome__title">{result.added > 0 ? `Imported ${result.fileName}` : 'Nothing needed to change'}</p>
            <p>{mapReport(result)}</p>
          </div>
          <p>Readiness now follows these links in every class that tracks these standards: the progression graph in Paths draws them.</p>
        </div>
        <div className="import-actions">
          <Button
            onClick={() => {
              setResult(null);
              setSent(null);
              setFile(null);
              onStep('choose');
            }}
          >
            Import another map
          </Button>
          <Button
            onClick={() => {
              props.onClose();
              navigate('paths');
            }}
          >
            Open Paths
          </Button>
          <Button variant="primary" onClick={props.onClose}>
            Done
          </Button>
        </div>
      </>
    );
  }

  const busy = step === 'previewing';
  return (
    <>
      <div className="import-body">
        <p className="import-lead">
          A prerequisite map says which standard comes before which. It attaches to a framework already in the gradebook by matching codes (
          <code>CCSS.Math.Content.4.NF.B.3.a</code> matches <code>4.NF.B.3a</code>). A CSV has the header <code>prerequisite,standard</code> and one code in each; the
          Coherence Map extract is JSON with <code>{'{"precedes": [[before, after], …]}'}</code>.
        </p>
        {frameworks.status === 'error' ? (
          <ErrorPanel error={frameworks.error.toContractError()} compact />
        ) : frameworks.status === 'ready' && frameworks.list.length === 0 ? (
          <p className="import-inline-error" role="alert">
            No framework is imported yet. Import the standards first (Back), then their prerequisite map.
          </p>
        ) : (
          <fieldset className="import-options">
            <legend>Prerequisite map</legend>
            <Field layout="stack" label="Framework" hint="The standards the map’s codes belong to.">
              {(control) => (
                <select {...control} className="field field--select" value={chosenFramework} disabled={frameworks.status === 'loading'} onChange={(event) => setFrameworkId(event.target.value)}>
                  <option value="">{frameworks.status === 'loading' ? 'Reading the frameworks…' : 'Choose a framework…'}</option>
                  {frameworks.status === 'ready' &&
                    frameworks.list.map((framework) => (
                      <option key={framework.id} value={framework.id}>
                        {framework.title} ({plural(framework.standardCount, 'standard')}, {plural(framework.prerequisiteCount, 'link')})
                      </option>
                    ))}
                </select>
              )}
            </Field>
            <Field layout="stack" label="Map file" hint="A .csv or a .json file">
              {(control) => <input {...control} type="file" accept=".csv,.json" className="import-source__input" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />}
            </Field>
          </fieldset>
        )}
        <p className="import-chosen" aria-live="polite">
          {busy ? `Reading ${file?.name ?? 'the map'} and matching its codes…` : file ? <>Chosen: <strong>{file.name}</strong></> : 'No map chosen yet.'}
        </p>
        {problem && <ErrorPanel error={problem.toContractError()} compact />}
      </div>
      <div className="import-actions">
        <Button disabled={busy} onClick={props.onBack}>
          Back
        </Button>
        <Button variant="primary" disabled={busy || !file || chosenFramework === ''} onClick={() => void preview()}>
          Preview
        </Button>
      </div>
    </>
  );
}

type FrameworksLoad = { status: 'loading' } | { status: 'ready'; list: FrameworkSummary[] } | { status: 'error'; error: ContractFailure };

function useFrameworks(): FrameworksLoad {
  const [load, setLoad] = useState<FrameworksLoad>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    call('frameworks:list', {}).then(
      (list) => current && setLoad({ status: 'ready', list }),
      (error: unknown) => current && setLoad({ status: 'error', error: asContractFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  return load;
}
