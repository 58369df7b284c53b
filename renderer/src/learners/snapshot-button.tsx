import { useState, type JSX } from 'react';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { useScreenShareStore } from '../session/screen-share-store.js';
import { Button } from '../ui/button.js';
import { downloadBase64 } from '../ui/download.js';
import './snapshot-button.css';

/**
 * "Snapshot (PDF)": the one-page profile for a conference, as of the day on screen. While the screen
 * is shared the snapshot leaves out supports and contacts too, as the page does.
 */
export function SnapshotButton({ learnerId, classId, asOf }: { learnerId: string; classId: string; asOf: string | null }): JSX.Element {
  const sharing = useScreenShareStore((state) => state.sharing);
  const [state, setState] = useState<{ status: 'idle' | 'making' } | { status: 'error'; message: string }>({ status: 'idle' });

  async function make(): Promise<void> {
    setState({ status: 'making' });
    try {
      const snapshot = await call('learners:snapshot', { learnerId, classId, hideSensitive: sharing, ...(asOf === null ? {} : { asOf }) });
      downloadBase64(snapshot.fileName, snapshot.pdfBase64, 'application/pdf');
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'error', message: asContractFailure(error).message });
    }
  }

  return (
    <span className="snapshot">
      <Button small onClick={() => void make()} disabled={state.status === 'making'} title={sharing ? 'Without supports and contacts, as while sharing the screen' : 'One page for a conference with the learner or family'}>
        {state.status === 'making' ? 'Making the snapshot…' : 'Snapshot (PDF)'}
      </Button>
      {state.status === 'error' && (
        <span className="snapshot__error" role="alert">
          The snapshot could not be made: {state.message}
        </span>
      )}
    </span>
  );
}
