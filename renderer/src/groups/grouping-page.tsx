import { useEffect, useMemo, useState, type JSX } from 'react';
import type { ContractError, GroupProposal, GroupStrategy, RequestOf, RosterEntry, StandardNode } from '../../../preload/contract/index.js';
import type { GroupRequest } from '../session/group-request-store.js';
import { localToday } from '../../../preload/contract/shared.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { compareNames, learnerName } from '../format/learner-name.js';
import { plural } from '../format/plural.js';
import { useGroupRequestStore } from '../session/group-request-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { DiscardChangesDialog } from '../ui/discard-changes-dialog.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { LoadingState } from '../ui/loading-state.js';
import { FitReport } from './fit-report.js';
import { GroupBoard } from './group-board.js';
import { draftFrom, draftProblem, emptyGroup, groupsForRequest, type GroupDraft } from './group-draft.js';
import { learnerNote, strategyLabels, targetLabel } from './group-words.js';
import { GroupingForm } from './grouping-form.js';
import { defaultOptions, proposeRequest, type GroupingOptions } from './grouping-options.js';
import { scoreRequestFor } from './score-request.js';
import { SetDetailsForm, type SetDetails } from './set-details-form.js';
import { useGroupScore, type LiveScore } from './use-group-score.js';

/** The groups being arranged: from a proposal (with its fit report) or from "Make a group" elsewhere. */
type Arranging = {
  draft: GroupDraft;
  proposal: GroupProposal | null;
  /** The request the proposal answered: its choices measure the groups again after moves. */
  asked: RequestOf<'groups:propose'> | null;
  strategy: GroupStrategy; standardId: string | null; seed: number | null; moved: boolean; purpose: string };

/**
 * The grouping page: choose how to group → the proposed groups with their fit report → move learners
 * (drag, "Move to…", or arrow keys) → save the set with what it is for. Saving opens the saved set.
 */
export function GroupingPage(props: { classId: string; roster: readonly RosterEntry[]; standards: readonly StandardNode[] }): JSX.Element {
  const { classId } = props;
  const openItem = useNavigationStore((state) => state.openItem);
  const learners = useMemo(
    () =>
      props.roster
        .map((entry) => ({ learnerId: entry.learnerId, label: learnerName(entry) }))
        .sort((a, b) => compareNames(a.label, b.label))
        .map((entry) => ({ learnerId: entry.learnerId, name: entry.label.display })),
    [props.roster],
  );
  const classIds = useMemo(() => learners.map((learner) => learner.learnerId), [learners]);
  // "Make a group" from the path board: its learners in one group, the rest of the class beside it
  const [asked] = useState(() => fromRequest(useGroupRequestStore.getState().request, classId, props.standards, classIds));
  useEffect(() => {
    if (asked !== null) useGroupRequestStore.getState().take(classId);
  }, [asked, classId]);
  const [options, setOptions] = useState<GroupingOptions>(asked === null ? defaultOptions : { ...defaultOptions, strategy: 'manual', standardId: asked.standardId ?? '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [refused, setRefused] = useState<ContractError | null>(null);
  const [arranging, setArranging] = useState<Arranging | null>(asked);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ContractError | null>(null);

  const names = useMemo(() => new Map(learners.map((learner) => [learner.learnerId, learner.name])), [learners]);
  const nameOf = (learnerId: string) => names.get(learnerId) ?? 'A learner no longer in the class';

  // new groups would replace the ones the teacher has moved learners in: asked first
  const [replacing, setReplacing] = useState<GroupingOptions | null>(null);

  async function propose(chosen: GroupingOptions, replace = false): Promise<void> {
    if (arranging?.moved && !replace) {
      setReplacing(chosen);
      return;
    }
    setReplacing(null);
    const made = proposeRequest(classId, chosen);
    setRefused(null);
    if ('problem' in made) {
      setProblem(made.problem);
      return;
    }
    setProblem(null);
    setWorking(true);
    try {
      const proposal = await call('groups:propose', made.request);
      const aim = proposal.target ?? proposal.cluster;
      const purpose = aim ? `${strategyLabels[proposal.strategy]}: ${targetLabel(aim)}` : strategyLabels[proposal.strategy];
      setArranging({ draft: draftFrom(proposal.groups, classIds), proposal, asked: made.request, strategy: proposal.strategy, standardId: proposal.target?.standardId ?? null, seed: proposal.seed, moved: false, purpose });
      setSaveError(null);
    } catch (error) {
      setRefused(asContractError(error));
    } finally {
      setWorking(false);
    }
  }

  async function save(details: SetDetails): Promise<void> {
    if (!arranging) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await enqueue(() =>
        call('groups:save', {
          classId,
          strategy: arranging.strategy,
          seed: arranging.seed,
          date: details.date,
          purpose: details.purpose,
          standardId: arranging.standardId,
          theme: details.theme === '' ? null : details.theme,
          notes: details.notes === '' ? null : details.notes,
          groups: groupsForRequest(arranging.draft),
        }),
      );
      openItem('groups', saved.groupSetId);
    } catch (error) {
      setSaveError(asContractError(error));
      setSaving(false);
    }
  }

  const proposal = arranging?.proposal ?? null;
  const byLearner = useMemo(() => new Map((proposal?.learners ?? []).map((learner) => [learner.learnerId, learner])), [proposal]);
  const flagged = useMemo(() => new Set((proposal?.rotationGuard ?? []).map((flag) => flag.learnerId)), [proposal]);
  const target = arranging?.standardId ? props.standards.find((standard) => standard.id === arranging.standardId) : undefined;
  // what the groups are for: the standard, or for bands on a cluster the cluster
  const aim = target ? targetLabel(target) : proposal?.cluster ? targetLabel(proposal.cluster) : null;
  const unplaced = arranging?.draft.unplaced.length ?? 0;
  // after a move (or at once, for a group made elsewhere), the report is measured on the groups as they are now (debounced)
  const scoreRequest = useMemo(() => (arranging?.asked && (arranging.moved || arranging.proposal === null) ? scoreRequestFor(arranging.asked, arranging.draft) : null), [arranging]);
  const live = useGroupScore(scoreRequest);
  const report = proposal ? liveReport(proposal, live) : measuredReport(live);

  return (
    <>
      <GroupingForm
        options={options}
        onChange={setOptions}
        standards={props.standards}
        learners={learners}
        nameOf={nameOf}
        busy={working}
        problem={problem}
        onPropose={() => void propose(options)}
        onShuffle={() => {
          const next = { ...options, seed: options.seed + 1 };
          setOptions(next);
          void propose(next);
        }}
      />
      {replacing && (
        <DiscardChangesDialog
          what="New groups replace the ones you have been arranging, with the learners you moved."
          onKeepEditing={() => setReplacing(null)}
          onDiscard={() => void propose(replacing, true)}
        />
      )}
      {working && <LoadingState label="Making the groups from the class’s evidence…" />}
      {refused && <ErrorPanel error={refused} compact title="The groups could not be made" />}
      {arranging && (
        <section className="grouping-preview" aria-labelledby="grouping-preview-title" aria-busy={working}>
          <h2 id="grouping-preview-title" className="grouping-preview__title">
            {plural(arranging.draft.groups.length, 'group')}
            {aim ? ` for ${aim}` : ''} · {strategyLabels[arranging.strategy]}
          </h2>
          {report && <FitReport fit={report.fit} unmet={report.unmet} rotation={proposal?.rotationGuard ?? []} nameOf={nameOf} note={report.note} movedByHand={arranging.moved} />}
          <GroupBoard
            draft={arranging.draft}
            title={`Groups${aim ? ` for ${aim}` : ''}`}
            label={(learnerId) => ({ name: nameOf(learnerId), note: learnerNote(byLearner.get(learnerId)), flag: flagged.has(learnerId) ? 'Same group again' : null })}
            onChange={(draft) => setArranging({ ...arranging, draft, moved: true })}
          />
          <h2 className="grouping-preview__title">Save these groups</h2>
          <SetDetailsForm
            key={`${arranging.purpose}|${arranging.seed ?? ''}`}
            initial={{ date: localToday(), purpose: arranging.purpose, theme: '', notes: '' }}
            submitLabel="Save the group set"
            blocked={draftProblem(arranging.draft)}
            warning={unplaced > 0 ? `${plural(unplaced, 'learner is', 'learners are')} not in a group; they will not be in this set.` : null}
            busy={saving}
            error={saveError}
            onSubmit={(details) => void save(details)}
          />
        </section>
      )}
    </>
  );
}

function fromRequest(request: GroupRequest | null, classId: string, standards: readonly StandardNode[], classIds: readonly string[]): Arranging | null {
  if (request === null || request.classId !== classId) return null;
  const standardId = request.standardId !== null && standards.some((standard) => standard.id === request.standardId) ? request.standardId : null;
  // a made group has no proposal to report on: it is measured as a manual arrangement at once
  const asked: RequestOf<'groups:propose'> = { classId, strategy: 'manual', ...(standardId !== null ? { standardId } : {}) };
  return { draft: draftFrom([emptyGroup(request.name, [...request.learnerIds])], classIds), proposal: null, asked, strategy: 'manual', standardId, seed: null, moved: false, purpose: request.name };
}

/** The fit report of groups with no proposal behind them (made elsewhere): only what has been measured. */
function measuredReport(live: LiveScore): { fit: GroupProposal['fit']; unmet: GroupProposal['unmet']; note: string | null } | null {
  if (live.status === 'ready') return { fit: live.score.fit, unmet: live.score.unmet, note: null };
  if (live.status === 'checking' && live.previous) return { fit: live.previous.fit, unmet: live.previous.unmet, note: 'Checking the groups as they are now…' };
  return null;
}

/** What the fit report shows: the proposal's until a move, then the groups as they are now. */
function liveReport(proposal: GroupProposal, live: LiveScore): { fit: GroupProposal['fit']; unmet: GroupProposal['unmet']; note: string | null } {
  switch (live.status) {
    case 'idle':
      return { fit: proposal.fit, unmet: proposal.unmet, note: null };
    case 'ready':
      return { fit: live.score.fit, unmet: live.score.unmet, note: null };
    case 'checking': {
      const shown = live.previous ?? proposal;
      return { fit: shown.fit, unmet: shown.unmet, note: 'Checking the groups as they are now…' };
    }
    case 'failed':
      return { fit: proposal.fit, unmet: proposal.unmet, note: 'The report could not be brought up to date with your moves, so it is for the groups as they were made. Saving checks them again.' };
  }
}
