import { useEffect, useMemo, useState, type JSX } from 'react';
import type { LearnerProfile, ProfileEntryCategory, StandardStanding } from '../../../preload/contract/index.js';
import { formatRoute } from '../session/hash-route.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button, IconButton } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { LoadingState } from '../ui/loading-state.js';
import { AcademicStatus, SkillsStatus } from './academic-status.js';
import { DriversSection, NotesSection } from './drivers-section.js';
import { EntryDialog } from './entry-dialog.js';
import { EntryList } from './entry-item.js';
import { EvidenceHistoryDialog } from './evidence-history-dialog.js';
import { GoalDialog } from './goal-dialog.js';
import { GoalsSection } from './goals-section.js';
import { ProfileHeader } from './profile-header.js';
import { profileScales } from './profile-scales.js';
import { useProfileStore } from './profile-store.js';
import { SnapshotButton } from './snapshot-button.js';
import { TimelineSection } from './timeline-section.js';
import './learner-profile.css';
import { AsOfField } from '../ui/as-of-field.js';

type Props = { classId: string; learnerId: string; classTitle: string | undefined };

/** The name the learner is called by, for "In Ana’s words" and "What drives Ana". */
export function firstNameOf(learner: LearnerProfile['learner']): string {
  return learner.preferredName?.trim() || learner.givenName;
}

/**
 * One learner's profile (`#/learners/<classId>/<learnerId>`): who they are, where they stand on the
 * class's standards with the gaps first, what drives them, their goals and reflections, and what
 * happened when. Teacher and learner write into it together; an as-of date shows it as it stood then.
 * A profile that cannot be read is shown with the gradebook's sentence and the way back to the roster.
 */
export function LearnerProfileView({ classId, learnerId, classTitle }: Props): JSX.Element {
  const [asOf, setAsOf] = useState<string | null>(null);
  const key = useMemo(() => ({ learnerId, classId, asOf }), [learnerId, classId, asOf]);
  const open = useProfileStore((state) => state.open);
  const shownKey = useProfileStore((state) => state.key);
  const status = useProfileStore((state) => state.status);
  const error = useProfileStore((state) => state.error);
  const profile = useProfileStore((state) => state.profile);

  useEffect(() => {
    void open(key);
  }, [key, open]);

  const current = shownKey !== null && shownKey.learnerId === learnerId && shownKey.classId === classId && shownKey.asOf === asOf;
  const back = (
    <a className="profile-back" href={formatRoute({ view: 'learners', classId, itemId: null })}>
      <span aria-hidden="true">← </span>All learners{classTitle ? ` in ${classTitle}` : ''}
    </a>
  );
  if (status === 'error' && error && current) {
    // a learner this gradebook or class does not have (a stale link): say so, and lead back to the roster
    return (
      <section className="view profile" aria-labelledby="view-title">
        {back}
        <h1 id="view-title" className="visually-hidden" tabIndex={-1}>
          Learner profile
        </h1>
        <ErrorPanel error={error.toContractError()} title="This learner’s profile could not be opened" onRetry={() => void open(key, { force: true })} />
      </section>
    );
  }
  if (!current || profile === null) {
    return (
      <section className="view profile" aria-busy="true" aria-label="Learner profile">
        {back}
        <LoadingState label="Loading the learner’s profile…" />
      </section>
    );
  }
  return <ProfilePage profile={profile} classId={classId} asOf={asOf} onAsOf={setAsOf} back={back} />;
}

function ProfilePage(props: { profile: LearnerProfile; classId: string; asOf: string | null; onAsOf: (asOf: string | null) => void; back: JSX.Element }): JSX.Element {
  const { profile, classId, asOf } = props;
  const notice = useProfileStore((state) => state.notice);
  const dismissNotice = useProfileStore((state) => state.dismissNotice);
  const reloading = useProfileStore((state) => state.status === 'loading');
  const navigate = useNavigationStore((state) => state.navigate);
  const [dialog, setDialog] = useState<{ kind: 'entry'; category: ProfileEntryCategory } | { kind: 'goal' } | { kind: 'evidence'; standing: StandardStanding } | null>(null);
  const scales = useMemo(() => profileScales(profile.scales), [profile.scales]);
  const firstName = firstNameOf(profile.learner);
  // what stood on a past day is read-only: a change is always made today
  const editable = asOf === null;
  const openEvidence = (standing: StandardStanding) => setDialog({ kind: 'evidence', standing });
  const addEntry = (category: ProfileEntryCategory) => setDialog({ kind: 'entry', category });
  const learnerId = profile.learner.learnerId;

  useEffect(() => {
    // opening a profile from the roster or the picker stays in one section: say where we are
    document.getElementById('view-title')?.focus();
  }, [learnerId]);

  const supports =
    profile.supports.length === 0 ? (
      <span className="profile-empty">
        None recorded.{' '}
        {editable && (
          <Button small variant="quiet" onClick={() => addEntry('support')}>
            Add a support…
          </Button>
        )}
      </span>
    ) : (
      <>
        <EntryList entries={profile.supports} firstName={firstName} editable={editable} label="Supports and accommodations" />
        {editable && (
          <Button small variant="quiet" onClick={() => addEntry('support')}>
            Add a support…
          </Button>
        )}
      </>
    );

  return (
    <section className="view profile" aria-labelledby="view-title" aria-busy={reloading}>
      {props.back}
      <ProfileHeader profile={profile} supportsSlot={supports} />
      <div className="profile-bar" style={scales.properties}>
        <AsOfField asOf={asOf} onChange={props.onAsOf} showing="the profile" note="changes are made in today’s view" />
        <span className="profile-bar__actions">
          <SnapshotButton learnerId={learnerId} classId={classId} asOf={asOf} />
          {editable && (
            <>
            <Button small onClick={() => addEntry('interest')}>
              Add to the profile…
            </Button>
              <Button small onClick={() => setDialog({ kind: 'goal' })}>
                Add a goal…
              </Button>
            </>
          )}
        </span>
      </div>
      {notice && (
        <div className="profile-notice" role="alert">
          <span>That change was not saved and has been taken back: {notice}</span>
          <IconButton label="Dismiss the message" onClick={dismissNotice}>
            ×
          </IconButton>
        </div>
      )}
      <div className="profile-grid" style={scales.properties}>
        <div className="profile-grid__main">
          <AcademicStatus profile={profile} scales={scales} firstName={firstName} onOpen={openEvidence} onChooseStandards={() => navigate('standards')} />
          <SkillsStatus profile={profile} scales={scales} onOpen={openEvidence} />
          <TimelineSection items={profile.timeline} firstName={firstName} />
        </div>
        <div className="profile-grid__side">
          <GoalsSection profile={profile} firstName={firstName} editable={editable} onAdd={() => setDialog({ kind: 'goal' })} />
          <DriversSection profile={profile} firstName={firstName} editable={editable} onAdd={addEntry} />
          <NotesSection profile={profile} firstName={firstName} editable={editable} onAdd={addEntry} />
        </div>
      </div>
      {dialog?.kind === 'entry' && <EntryDialog learnerId={profile.learner.learnerId} firstName={firstName} category={dialog.category} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'evidence' && (
        <EvidenceHistoryDialog
          classId={classId}
          learnerId={profile.learner.learnerId}
          firstName={firstName}
          asOf={asOf}
          standing={dialog.standing}
          scales={scales}
          onOpenGradebook={() => navigate('gradebook')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'goal' && (
        <GoalDialog learnerId={profile.learner.learnerId} classId={classId} firstName={firstName} tracked={[...profile.academic, ...profile.skills]} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

