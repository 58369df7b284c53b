import type { SortingState, Updater } from '@tanstack/react-table';
import { useId, useMemo, useRef, useState, type JSX } from 'react';
import type { MasteryGrid } from '../../../preload/contract/index.js';
import { cellKey } from '../../../preload/contract/shared.js';
import { useDialogStore } from '../session/dialog-store.js';
import { useGridStore, type EntryContext } from './grid-store.js';
import { AssessmentDialog } from './assessment-dialog.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { EntryBar, type DirectEntry } from './entry-bar.js';
import { FilterBar } from './filter-bar.js';
import { displayColumns, groupOptions } from './grid-columns.js';
import type { GridCommand } from './grid-keys.js';
import { moveCell, type CellPosition, type MoveCommand } from './grid-navigation.js';
import { GridToolbar } from './grid-toolbar.js';
import { HistoryPanel } from './history-panel.js';
import { gridScales } from './grid-scales.js';
import { parseLevel } from './level-scale.js';
import { MasteryGridTable, type EditState, type GridMode } from './mastery-grid.js';
import { MethodPopover } from './method-popover.js';
import { cellTarget, pastedLevels, type CellTarget, type GridView } from './grid-targets.js';
import { AsOfBanner, GridNotice, PreviewBanner, RestBanner, WorkBanner } from './workspace-banners.js';
import { useEnteredScores } from './entered-scores.js';
import type { LevelStyle } from './level-display.js';
import { ActiveStandard, type GroupOffer } from './active-standard.js';
import { notYetMastered } from './mastered-share.js';
import { useGroupRequestStore } from '../session/group-request-store.js';
import { useNavigationStore } from '../session/navigation-store.js';

/**
 * The gradebook of one class: toolbars, the grid, and the history panel beside it. Holds the screen's
 * own state (mode, active cell, filters); the levels and every write live in the grid store.
 */
export function GradebookWorkspace(props: { classId: string; grid: MasteryGrid; today: string }): JSX.Element {
  const { classId, grid, today } = props;
  const asOf = useGridStore((state) => state.asOf);
  const rowOrder = useGridStore((state) => state.rowOrder);
  const sort = useGridStore((state) => state.sort);
  const assessments = useGridStore((state) => state.assessments);
  const preview = useGridStore((state) => state.preview);
  const notice = useGridStore((state) => state.notice);
  const undo = useGridStore((state) => state.undo);
  // the rest of a big class on its way is more rows to come: the grid is busy until they are in
  const busy = useGridStore((state) => state.busy || state.rest === 'reading');
  const store = useGridStore.getState;

  const [mode, setMode] = useState<GridMode>('view');
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<EditState | null>(null);
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [direct, setDirect] = useState<DirectEntry>({ kind: 'for', observedOn: today, confirmFuture: false });
  const [groupId, setGroupId] = useState<string | null>(null);
  const [showRollups, setShowRollups] = useState(false);
  const [highlightAwaiting, setHighlightAwaiting] = useState(false);
  const [levelStyle, setLevelStyle] = useState<LevelStyle>('scale');
  // a standard's code the pointer is on: its statement shows above the grid instead of the active one's
  const [pointed, setPointed] = useState<number | null>(null);
  const [history, setHistory] = useState<CellTarget | null>(null);
  const [methodOpen, setMethodOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const openDialog = useDialogStore((state) => state.openDialog);
  const navigate = useNavigationStore((state) => state.navigate);
  const gridRef = useRef<HTMLDivElement>(null);
  const methodButtonId = useId();

  const past = asOf !== null;
  const entry = mode === 'entry' && !past;
  const assessment = entry && assessmentId ? assessments.find((a) => a.id === assessmentId) : undefined;
  const columns = useMemo(
    () =>
      displayColumns(grid.columns, {
        groupId: assessment ? null : groupId,
        standardIds: assessment?.standardIds ?? null,
        // every write answers with its learner's roll-ups, so they stay right while levels are typed
        showRollups,
        rollupGroups: grid.groups,
      }),
    [grid.columns, grid.groups, groupId, assessment, showRollups],
  );
  // Entry for an assessment shows what was entered for it, not the levels it leads to
  const entered = useEnteredScores(classId, assessment?.id ?? null);
  const rows = useMemo(() => rowOrder.map((index) => grid.rows[index]).filter((row) => row !== undefined), [rowOrder, grid.rows]);
  const groups = useMemo(() => groupOptions(grid.columns), [grid.columns]);
  const awaitingCount = useMemo(() => grid.rows.reduce((sum, row) => sum + row.cells.awaitingFeedback.reduce((n, count) => n + count, 0), 0), [grid.rows]);
  // not on `grid` itself: it is new after every entry, and the rows must keep their props to not re-render
  const scales = useMemo(() => gridScales({ scale: grid.scale, scales: grid.scales, columns: grid.columns }), [grid.scale, grid.scales, grid.columns]);
  const sorting = useMemo<SortingState>(() => [sort], [sort]);
  const here = { row: Math.min(active.row, Math.max(0, rows.length - 1)), col: Math.min(active.col, Math.max(0, columns.length - 1)) };

  const shownColumn = columns[pointed ?? here.col] ?? columns[here.col];
  // from the gradebook to Groups: the learners still working on the shown standard, once the whole class is in
  const groupOffer = useMemo<GroupOffer>(() => {
    if (shownColumn?.kind !== 'standard' || grid.moreLearners) return null;
    const learners = notYetMastered(rows, shownColumn, scales);
    const make = (): void => {
      useGroupRequestStore.getState().ask({ classId, standardId: shownColumn.standardId, learnerIds: learners.map((row) => row.learnerId), name: `Working on ${shownColumn.code}` });
      navigate('groups');
    };
    return { count: learners.length, onMake: make };
  }, [shownColumn, grid.moreLearners, rows, scales, classId, navigate]);

  const focusGrid = () => gridRef.current?.focus({ preventScroll: true });

  /** Ends any edit without writing it, and takes away the message a wrong level left. */
  function endEdit(): void {
    setEditing(null);
    if (store().notice?.tone === 'error') store().say(null);
  }

  function entryContext(): EntryContext {
    if (assessment) return { assessmentId: assessment.id, observedOn: assessment.assessedOn, kind: assessment.kind, modality: assessment.modality, confirmFutureDate: false };
    return { assessmentId: null, observedOn: direct.observedOn, kind: direct.kind, modality: null, confirmFutureDate: direct.confirmFuture };
  }

  const view: GridView = { classId, rows, columns, scales };
  const target = (at: CellPosition) => cellTarget(view, at);

  function explain(at: CellPosition): void {
    setActive(at);
    const cell = target(at);
    if (!cell) return store().say({ tone: 'info', text: 'A roll-up is computed from its standards; open one of them to see its evidence.' });
    setHistory(cell);
  }

  function move(command: MoveCommand | null): void {
    if (command) setActive((at) => moveCell(at, command, { rows: rows.length, cols: columns.length, pageRows: 10 }));
  }

  function onCommand(command: GridCommand): void {
    switch (command.kind) {
      case 'type':
      case 'edit': {
        if (!entry) return;
        if (!target(here)) return store().say({ tone: 'info', text: 'Roll-ups are computed, not entered.' });
        setEditing({ initial: command.kind === 'type' ? command.text : '', attempt: 0 });
        return;
      }
      case 'remove': {
        const cell = target(here);
        if (entry && cell) void store().removeEntered(cell.learnerId, cell.standardId);
        return;
      }
      case 'undo':
        if (!past) void store().undoLast();
        return;
      case 'redo':
        if (!past) void store().redoLast();
        return;
      case 'explain':
        return explain(here);
      case 'close':
        if (history) setHistory(null);
        else if (methodOpen) setMethodOpen(false);
        else store().clearPreview();
        return;
      case 'navigate':
        return;
    }
  }

  function onCommit(text: string, next: MoveCommand | null): void {
    const cell = target(here);
    // each column reads what was typed on its own scale ("C" is Consistently on a skills column)
    const parsed = parseLevel(text, cell?.scale ?? grid.scale);
    if (!parsed.ok) {
      store().say({ tone: 'error', text: parsed.message });
      // from the keyboard the editor stays with what was typed, so the teacher can fix it; leaving it
      // by mouse ends the edit, so the click goes where the teacher meant it to
      if (next) setEditing((current) => ({ initial: text, attempt: (current?.attempt ?? 0) + 1 }));
      else setEditing(null);
      return;
    }
    setEditing(null);
    focusGrid();
    move(next);
    if (!cell || parsed.level === null) return;
    void store().record([{ learnerId: cell.learnerId, standardId: cell.standardId, level: parsed.level }], entryContext(), `${text.trim()} for ${cell.learner} on ${cell.code}`);
  }

  function onPaste(text: string): void {
    if (!entry) return store().say({ tone: 'info', text: past ? 'The gradebook is shown as of a past date; go back to today to enter evidence.' : 'Switch to Entry to paste levels.' });
    const pasted = pastedLevels(view, text, here);
    if (!pasted.ok) return store().say({ tone: 'error', text: pasted.message });
    void store().record(pasted.values, entryContext(), `paste of ${plural(pasted.values.length, 'level')}`);
  }

  function onSortingChange(updater: Updater<SortingState>): void {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    if (first) store().sortBy({ id: first.id, desc: first.desc });
  }

  const gridLabel = `${assessment ? `${assessment.title}: ` : ''}levels by learner and standard${past ? `, as of ${formatIsoDate(asOf)}` : ''}`;

  return (
    <div className="gradebook__workspace" style={scales.properties}>
      <GridToolbar
        mode={entry ? 'entry' : 'view'}
        onMode={(next) => {
          setMode(next);
          endEdit();
          focusGrid();
        }}
        entryDisabled={past ? 'Go back to today to enter evidence' : null}
        methodLabel={grid.methodLabel}
        methodOpen={methodOpen}
        onMethod={() => setMethodOpen((open) => !open)}
        methodButtonId={methodButtonId}
        asOf={asOf}
        today={today}
        onAsOf={(date) => {
          endEdit();
          void store().load(classId, { asOf: date });
        }}
        onNewAssessment={() => setCreating(true)}
        methodPopover={
          methodOpen ? (
            <MethodPopover
              current={grid.method}
              currentLabel={grid.methodLabel}
              rollupMethod={grid.rollupMethod}
              columns={grid.columns}
              onClose={() => {
                setMethodOpen(false);
                document.getElementById(methodButtonId)?.focus({ preventScroll: true });
              }}
            />
          ) : null
        }
        moreActions={[{ label: 'Scales…', onSelect: () => openDialog('scales') }]}
      />
      {entry ? (
        <EntryBar
          assessments={assessments}
          assessmentId={assessmentId}
          onAssessment={(id) => {
            endEdit();
            setAssessmentId(id);
            setActive({ row: 0, col: 0 });
          }}
          direct={direct}
          onDirect={setDirect}
          today={today}
          canUndo={undo.done.length > 0}
          canRedo={undo.undone.length > 0}
          onUndo={() => void store().undoLast()}
          onRedo={() => void store().redoLast()}
          showRollups={showRollups}
          onRollups={setShowRollups}
        />
      ) : (
        <FilterBar
          groups={groups}
          groupId={groupId}
          onGroup={(id) => {
            setGroupId(id);
            setActive((at) => ({ ...at, col: 0 }));
          }}
          showRollups={showRollups}
          onRollups={setShowRollups}
          highlightAwaiting={highlightAwaiting}
          awaitingCount={awaitingCount}
          onAwaiting={setHighlightAwaiting}
          scales={scales.all.map((entry) => entry.scale)}
          columns={grid.columns}
          levelStyle={levelStyle}
          onLevelStyle={setLevelStyle}
        />
      )}
      {asOf !== null && <AsOfBanner asOf={asOf} onBack={() => void store().load(classId, { asOf: null })} />}
      {preview && !methodOpen && <PreviewBanner preview={preview} onEnd={() => store().clearPreview()} />}
      {grid.moreLearners ? <RestBanner shown={grid.rows.length} more={grid.moreLearners} /> : null}
      <WorkBanner previewShownElsewhere={methodOpen} />
      <GridNotice notice={notice} />
      <ActiveStandard column={shownColumn} groupOffer={groupOffer} />
      <div className="gradebook__body">
        {columns.length === 0 ? (
          <p className="gradebook__empty">No tracked standards match this filter.</p>
        ) : (
          <MasteryGridTable
            grid={grid}
            scales={scales}
            rows={rows}
            columns={columns}
            sorting={sorting}
            onSortingChange={onSortingChange}
            mode={entry ? 'entry' : 'view'}
            active={here}
            onActiveChange={(at) => {
              setActive(at);
              if (history) {
                const cell = target(at);
                if (cell) setHistory(cell);
              }
            }}
            editing={entry ? editing : null}
            onCommand={onCommand}
            onCommit={onCommit}
            onCancelEdit={() => {
              endEdit();
              focusGrid();
            }}
            onPaste={onPaste}
            onExplain={explain}
            preview={preview}
            highlightAwaiting={highlightAwaiting}
            label={gridLabel}
            gridRef={gridRef}
            busy={busy}
            levelStyle={levelStyle}
            onPointColumn={setPointed}
            entered={entered}
          />
        )}
        {history && (
          <HistoryPanel
            key={cellKey(history.learnerId, history.standardId)}
            target={history}
            asOf={asOf}
            scale={history.scale}
            today={today}
            onClose={() => {
              setHistory(null);
              focusGrid();
            }}
          />
        )}
      </div>
      {creating && (
        <AssessmentDialog
          classId={classId}
          columns={grid.columns}
          today={today}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setAssessmentId(created.id);
            setMode('entry');
            setActive({ row: 0, col: 0 });
            store().say({ tone: 'info', text: `Created “${created.title}”. Type each learner’s level; Enter moves down.` });
            setTimeout(focusGrid, 0);
          }}
        />
      )}
    </div>
  );
}
