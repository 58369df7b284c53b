import { useState, type JSX } from 'react';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { downloadText } from '../ui/download.js';
import './import-choose.css';

/** "Download the standards CSV template": the gradebook writes it, the browser saves it. */
export function TemplateLink(): JSX.Element {
  const [error, setError] = useState<string | null>(null);
  async function download(): Promise<void> {
    setError(null);
    try {
      const template = await call('import:standardsTemplate', {});
      downloadText(template.fileName, template.text, 'text/csv');
    } catch (failure) {
      setError(asContractFailure(failure).message);
    }
  }
  return (
    <p className="import-template">
      Writing your own learning targets?{' '}
      <button type="button" className="link-button" onClick={() => void download()}>
        Download the standards CSV template
      </button>
      {error && (
        <span className="import-template__error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
