import { useState, type JSX } from 'react';
import type { ClassReport, FamilyReportRequest } from '../../../preload/contract/reports.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { learnerName } from '../format/learner-name.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import { downloadBase64 } from '../ui/download.js';
import { Field } from '../ui/field.js';
import { isStoppedExport } from './export-progress.js';
import { useExportPercent } from './use-export-progress.js';

type Language = 'family' | 'en' | 'es';
const everyone = '';

/**
 * The family progress report (`reports:familyReport`): one learner, or the whole class a page each in
 * one PDF; in each family's own language where the report speaks it, or English or Spanish for all;
 * a short note from the teacher on one learner's report. Levels stand on the report's as-of date.
 */
export function FamilyReportForm({ report }: { report: ClassReport }): JSX.Element {
  const [learnerId, setLearnerId] = useState(everyone);
  const [language, setLanguage] = useState<Language>('family');
  const [showCodes, setShowCodes] = useState(false);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<{ status: 'idle' | 'busy' | 'stopped' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string }>({ status: 'idle' });
  const percent = useExportPercent(state.status === 'busy');
  const learner = report.learners.find((item) => item.learnerId === learnerId);

  async function make(): Promise<void> {
    setState({ status: 'busy' });
    const request: FamilyReportRequest = {
      classId: report.classId,
      ...(learner ? { learnerIds: [learner.learnerId] } : {}),
      ...(report.asOf ? { asOf: report.asOf } : {}),
      ...(language === 'family' ? {} : { language }),
      ...(showCodes ? { showCodes: true } : {}),
      ...(learner && comment.trim() !== '' ? { comments: { [learner.learnerId]: comment.trim() } } : {}),
    };
    try {
      const file = await call('reports:familyReport', request);
      downloadBase64(file.fileName, file.base64, file.mimeType);
      setState({ status: 'done', fileName: file.fileName });
    } catch (error: unknown) {
      const failure = asContractError(error);
      setState(isStoppedExport(failure) ? { status: 'stopped' } : { status: 'failed', message: failure.message });
    }
  }

  const who = learner ? learnerName(learner).display : `every learner in ${report.title} (${plural(report.learners.length, 'page')})`;
  return (
    <form
      className="family-form"
      aria-busy={state.status === 'busy'}
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <p className="report-note">
        A plain-language progress report for families: what each level means, goals and reflections, and what comes next. Levels as they stand {report.asOf ? `on ${formatIsoDate(report.asOf)}` : 'today'}.
      </p>
      <div className="form-grid">
        <Field label="For">
          {(control) => (
            <select {...control} className="field" value={learnerId} onChange={(event) => setLearnerId(event.target.value)}>
              <option value={everyone}>The whole class, one PDF</option>
              {report.learners.map((item) => (
                <option key={item.learnerId} value={item.learnerId}>
                  {learnerName(item).display}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Language">
          {(control) => (
            <select {...control} className="field" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="family">Each family’s own language (English where not yet offered)</option>
              <option value="en">English</option>
              <option value="es">Español (Spanish)</option>
            </select>
          )}
        </Field>
        <Field label="Teacher’s note" hint={learner ? 'A sentence or two for the family; it prints at the end of the report.' : 'Choose one learner above to write a note on their report.'}>
          {(control) => <textarea {...control} className="field" rows={3} maxLength={1200} disabled={!learner} value={comment} onChange={(event) => setComment(event.target.value)} />}
        </Field>
      </div>
      <label className="family-form__check">
        <input type="checkbox" checked={showCodes} onChange={(event) => setShowCodes(event.target.checked)} /> Show standard codes beside the statements
      </label>
      <div className="family-form__actions">
        <Button type="submit" variant="primary" disabled={state.status === 'busy'}>
          Make the family report (PDF)
        </Button>
        <span role="status" className="report-note">
          {state.status === 'busy' && `Preparing the report for ${who}… ${percent}%`}
          {state.status === 'done' && `Saved ${state.fileName} to your downloads.`}
          {state.status === 'stopped' && 'Stopped: the family report was not made. Make it again when you are ready.'}
        </span>
        {state.status === 'busy' && (
          <Button small onClick={() => void call('reports:cancel', {})}>
            Stop
          </Button>
        )}
      </div>
      {state.status === 'failed' && (
        <p role="alert" className="report-exports__problem">
          {`The family report was not made: ${state.message}`}
        </p>
      )}
    </form>
  );
}
