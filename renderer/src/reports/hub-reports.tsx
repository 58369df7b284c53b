import { useEffect, useId, useMemo, useState, type FormEvent, type JSX, type ReactNode } from 'react';
import { call } from '../bridge/call.js';
import { plural } from '../format/plural.js';
import { useLiveRead } from '../session/use-live-read.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { LoadingState } from '../ui/loading-state.js';
import { ClassAcrossSources, ClassReportFrom, classTitleWords } from './class-across-sources.js';
import { ExportButtons } from './export-buttons.js';
import { isStoppedExport } from './export-progress.js';
import { hubLoginOf, useHubSourceStore, type HubConnection } from './hub-source-store.js';

type HubLogin = ReturnType<typeof hubLoginOf>;
import { noInputs } from './read-inputs.js';
import { coachFilterOf, mergeTerms } from './report-filter.js';
import type { CoachFilter } from '../../../preload/contract/reports.js';
import { noChoices, ReportFilters, type ReportChoices } from './report-filters.js';
import { SchoolSummaryPanel } from './school-summary-panel.js';
import './hub-reports.css';

type Picked = { gradebookId: string; classId: string };

/**
 * The Reports section with the school hub as its source: the coach signs in to the hub (address and
 * password, remembered as a teacher's publish login is), then reads any published class's report and
 * the school summary, computed from the hub's rows by the same code as coach mode over the files.
 */
export function HubReports({ header }: { header: ReactNode }): JSX.Element {
  const connection = useHubSourceStore((state) => state.connection);
  return (
    <section className="view view--reports" aria-labelledby="view-title">
      {header}
      {connection === null ? <HubSignIn /> : <HubSchool connection={connection} />}
    </section>
  );
}

function HubSignIn(): JSX.Element {
  const id = useId();
  const { login, connecting, problem, recall, connect } = useHubSourceStore();
  const [typedAddress, setAddress] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [keepPassword, setKeepPassword] = useState(true);
  useEffect(() => void recall(), [recall]);
  const address = typedAddress ?? login?.address ?? '';
  const passwordKept = login?.passwordKept === true && password === '' && (typedAddress === null || typedAddress === login.address);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (address.trim() === '') return;
    void connect({ address: address.trim(), password, keepPassword: keepPassword && login?.canKeepPassword === true });
  }

  return (
    <form className="report-hub-sign-in" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="report-section__title">
        Read from the school hub
      </h2>
      <p>The classes teachers have published to the school’s hub, with the same numbers as their own files give. Your coach’s login reads them; it changes nothing.</p>
      <div className="form-grid">
        <Field label="Hub address" hint="Your school’s IT gives you this, for example postgres://coach@hub.school.org/proficio">
          {(control) => (
            <input {...control} className="field report-hub-sign-in__address" value={address} disabled={connecting} autoComplete="off" spellCheck={false} onChange={(event) => setAddress(event.target.value)} />
          )}
        </Field>
        <Field label="Password" hint={passwordKept ? 'Kept safely on this computer: leave this empty to use it.' : 'Your hub password, not your computer’s.'}>
          {(control) => (
            <input {...control} type="password" className="field" value={password} disabled={connecting} autoComplete="off" placeholder={passwordKept ? '••••••••  (kept)' : ''} onChange={(event) => setPassword(event.target.value)} />
          )}
        </Field>
      </div>
      {login?.canKeepPassword === true && (
        <label>
          <input type="checkbox" checked={keepPassword} disabled={connecting} onChange={(event) => setKeepPassword(event.target.checked)} /> Keep the password on this computer (encrypted)
        </label>
      )}
      {problem !== null && <ErrorPanel compact error={problem} title="The school hub could not be read" />}
      <p className="report-source__status" role="status">
        {connecting && 'Connecting to the school hub…'}
      </p>
      <div>
        <Button type="submit" variant="primary" disabled={connecting || address.trim() === ''}>
          Read the school hub
        </Button>
      </div>
    </form>
  );
}

function HubSchool({ connection }: { connection: HubConnection }): JSX.Element {
  const disconnect = useHubSourceStore((state) => state.disconnect);
  const firstClass = connection.gradebooks.flatMap((gradebook) => gradebook.classes.map((klass) => ({ gradebookId: gradebook.gradebookId, classId: klass.classId })))[0] ?? null;
  const [picked, setPicked] = useState<Picked | null>(firstClass);
  const [choices, setChoices] = useState<ReportChoices>(noChoices);
  const { filter, dateProblem } = coachFilterOf(choices);
  // the school's terms as the published gradebooks carry them, once each: choosing one sets the window's dates
  const terms = useMemo(() => mergeTerms(connection.gradebooks.map((gradebook) => gradebook.terms)), [connection.gradebooks]);
  const login = hubLoginOf(connection);
  const shown = connection.shown;

  return (
    <>
      <p className="report-source__files" aria-live="polite">
        Reading the school hub at {shown}: {plural(connection.gradebooks.length, 'published gradebook')}, for reading only.{' '}
        <Button small variant="quiet" onClick={disconnect}>
          Use another hub login
        </Button>
      </p>
      {firstClass === null ? (
        <EmptyState icon="reports" title="No class is published to this hub yet">
          <p>Once teachers publish their gradebooks (File → Publish to school hub…), their classes show here.</p>
        </EmptyState>
      ) : (
        <>
          <ClassAcrossSources
            label="Class"
            picked={picked === null ? null : { sourceId: picked.gradebookId, classId: picked.classId }}
            onPick={({ sourceId, classId }) => setPicked({ gradebookId: sourceId, classId })}
            groups={connection.gradebooks.map((gradebook) => ({
              sourceId: gradebook.gradebookId,
              label: gradebook.title,
              classes: gradebook.classes.map((klass) => ({ classId: klass.classId, text: `${classTitleWords(klass)} — ${gradebook.title}` })),
            }))}
          />
          <ReportFilters choices={choices} clusters={[]} terms={terms} onChange={setChoices} dateProblem={dateProblem} />
          {/* the very file `proficio report --hub URL --format F` writes, made by the same code (hub:export) */}
          <ExportButtons label="Export every published class and the school summary" withJson exportFile={(format) => call('hub:export', { ...login, filter, format })} />
          {picked !== null && <HubClass key={`${picked.gradebookId} ${picked.classId}`} connection={connection} picked={picked} choices={choices} />}
          <HubSchoolSummary login={login} filter={filter} />
        </>
      )}
    </>
  );
}

/**
 * The school summary from the hub. A big school's summary holds the worker a while, so it can be
 * stopped while it loads (reports:cancel, as an export); stopped, it says so and offers to read it again.
 */
function HubSchoolSummary({ login, filter }: { login: HubLogin; filter: CoachFilter }): JSX.Element {
  // a new attempt is a new read: the stopped one's answer stays with the old key
  const [attempt, setAttempt] = useState(0);
  return <HubSchoolSummaryRead key={attempt} login={login} filter={filter} readAgain={() => setAttempt((value) => value + 1)} />;
}

function HubSchoolSummaryRead({ login, filter, readAgain }: { login: HubLogin; filter: CoachFilter; readAgain: () => void }): JSX.Element {
  const summary = useLiveRead('hub:summary', { ...login, filter }, null, noInputs);
  const [stopping, setStopping] = useState(false);
  if (summary.status === 'ready') return <SchoolSummaryPanel summary={summary.value} />;
  if (summary.status === 'error') {
    const error = summary.error.toContractError();
    if (!isStoppedExport(error)) return <ErrorPanel compact error={error} title="The school summary could not be read from the hub" />;
    return (
      <div className="report-hub-stopped" role="status">
        <p>Stopped: the school summary was not read. Nothing on the school hub changed.</p>
        <Button small onClick={readAgain}>
          Read the school summary
        </Button>
      </div>
    );
  }
  return (
    <div className="report-hub-loading">
      <LoadingState label={stopping ? 'Stopping the school summary…' : 'Reading every published class from the school hub for the school summary…'} />
      <Button
        small
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          void call('reports:cancel', {});
        }}
      >
        Stop
      </Button>
    </div>
  );
}

/** The class chosen, from the hub's rows, with the numbers its teacher's own report gives. */
function HubClass({ connection, picked, choices }: { connection: HubConnection; picked: Picked; choices: ReportChoices }): JSX.Element {
  const { filter } = coachFilterOf(choices);
  const read = useLiveRead('hub:classReport', { ...hubLoginOf(connection), gradebookId: picked.gradebookId, filter: { classId: picked.classId, ...filter } }, null, noInputs);
  if (read.status === 'error') return <ErrorPanel compact error={read.error.toContractError()} title="This class could not be read from the hub" />;
  if (read.status === 'loading') return <LoadingState label="Making the class report from the school hub…" />;
  return <ClassReportFrom report={read.value} refreshing={read.refreshing} where="on the hub" />;
}
