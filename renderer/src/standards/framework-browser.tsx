import { useCallback, useId, useMemo, useState, type JSX } from 'react';
import type { ClassSummary, ContractError, FrameworkSummary } from '../../../preload/contract/index.js';
import { asContractError } from '../bridge/contract-failure.js';
import { LoadingState } from '../ui/loading-state.js';
import { plural } from '../format/plural.js';
import { useStandardsStore, type LoadedTree } from './standards-store.js';
import type { RowTracking } from './standard-row.js';
import { StandardsSearch, type SearchState } from './standards-search.js';
import { ancestorIds, initiallyExpanded, visibleIds } from './standards-tree-model.js';
import { gradeLabel } from '../format/grade-label.js';
import { treeForGrade } from './grade-filter.js';
import { StandardsTree } from './standards-tree.js';
import { TrackingBar } from './tracking-bar.js';
import { checkState, countIn, isTrackable, toggle, trackedOrder } from './tracked-selection.js';
import { formatCount } from '../format/numbers.js';

type Draft = { classId: string; ids: Set<string> };

/** One framework: search, the tree, and the chosen class's tracked standards. Keyed by framework, so each starts fresh. */
export function FrameworkBrowser(props: { framework: FrameworkSummary; loaded: LoadedTree; classInfo: ClassSummary | null }): JSX.Element {
  const domId = useId();
  const { framework, loaded, classInfo } = props;
  const { tree: wholeTree } = loaded;
  const classId = classInfo?.id ?? null;
  const trackedLoad = useStandardsStore((state) => (classId === null ? undefined : state.tracked[classId]));
  const saveTracked = useStandardsStore((state) => state.saveTracked);

  const [expanded, setExpanded] = useState(() => initiallyExpanded(wholeTree));
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const [search, setSearch] = useState<SearchState>({ query: '', results: [] });
  // '' for any grade; narrows the search results and the tree alike
  const [grade, setGrade] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<{ classId: string; text: string } | null>(null);
  const [error, setError] = useState<{ classId: string; error: ContractError } | null>(null);

  // what the tree shows and ticks: one grade's standards (and the groups above them), or all;
  // counts and the saved order always take the whole framework
  const tree = useMemo(() => treeForGrade(wholeTree, grade), [wholeTree, grade]);
  const visible = useMemo(() => visibleIds(tree, expanded), [tree, expanded]);
  const matches = useMemo(() => new Set(search.results.map((standard) => standard.id)), [search.results]);
  const savedList = useMemo(() => (trackedLoad?.status === 'ready' ? trackedLoad.value : null), [trackedLoad]);
  const savedSet = useMemo(() => new Set(savedList ?? []), [savedList]);
  const current = draft !== null && draft.classId === classId ? draft.ids : savedSet;

  const onResults = useCallback((next: SearchState) => setSearch(next), []);

  function chooseGrade(next: string): void {
    setGrade(next);
    // open the grade's lone chains (framework → grade → domain), as the whole tree opens at first
    setExpanded((open) => new Set([...open, ...initiallyExpanded(treeForGrade(wholeTree, next))]));
  }

  function reveal(standardId: string): void {
    setExpanded((open) => new Set([...open, ...ancestorIds(tree, standardId)]));
    setFocusedId(standardId);
    setRevealedId(standardId);
    // after the ancestors open and the row renders
    requestAnimationFrame(() => {
      const row = document.getElementById(`${domId}-${standardId}`);
      row?.scrollIntoView({ block: 'nearest' });
      row?.focus({ preventScroll: true });
    });
  }

  function setOpen(standardId: string, open: boolean): void {
    setExpanded((before) => {
      const next = new Set(before);
      if (open) next.add(standardId);
      else next.delete(standardId);
      return next;
    });
  }

  function openSiblings(standardId: string): void {
    const parentId = tree.byId.get(standardId)?.parentId ?? null;
    const siblings = parentId === null ? tree.rootIds : (tree.byId.get(parentId)?.childIds ?? []);
    setExpanded((before) => new Set([...before, ...siblings.filter((id) => (tree.byId.get(id)?.childIds.length ?? 0) > 0)]));
  }

  const tracking = classInfo !== null && savedList !== null;
  const trackingFor = (standardId: string): RowTracking | null => {
    if (!tracking || classId === null) return null;
    const node = tree.byId.get(standardId);
    if (!node) return null;
    const state = checkState(tree, standardId, current, savedSet);
    const name = node.standard.code ?? node.standard.statement.slice(0, 60);
    const group = node.childIds.length > 0;
    return {
      state,
      label: group ? `Tracked by ${classInfo.title}: everything in ${name}` : `Tracked by ${classInfo.title}: ${name}`,
      // a retired standard can be untracked, not newly tracked
      disabled: !group && !isTrackable(tree, standardId, savedSet) && !current.has(standardId),
      onToggle: () => {
        setSaved(null);
        setDraft({ classId, ids: toggle(tree, standardId, current, savedSet) });
      },
    };
  };

  const added = [...current].filter((id) => !savedSet.has(id)).length;
  const removed = [...savedSet].filter((id) => !current.has(id)).length;

  async function save(): Promise<void> {
    if (classInfo === null || savedList === null) return;
    setSaving(true);
    setError(null);
    try {
      const now = await saveTracked(classInfo.id, trackedOrder(savedList, wholeTree, current));
      setDraft(null);
      setSaved({ classId: classInfo.id, text: `Saved. ${classInfo.title} now tracks ${plural(now.length, 'standard')}.` });
    } catch (failure) {
      setError({ classId: classInfo.id, error: asContractError(failure) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <StandardsSearch frameworkId={framework.id} grade={grade} onGradeChange={chooseGrade} onResults={onResults} onReveal={reveal} />
      {grade !== '' && wholeTree.order.length > 0 && (
        <p className="standards-grade-note" role="status">
          {tree.order.length === 0
            ? `No standard of ${framework.title} is marked ${gradeLabel(grade)}.`
            : `Showing ${gradeLabel(grade)}: ${formatCount(tree.order.length)} of ${plural(wholeTree.order.length, 'standard and group', 'standards and groups')}.`}
        </p>
      )}
      {classInfo !== null && trackedLoad?.status === 'loading' && <LoadingState label={`Reading which standards ${classInfo.title} tracks…`} />}
      {classInfo !== null && savedList !== null && (
        <TrackingBar
          summary={{
            classTitle: classInfo.title,
            inFramework: countIn(wholeTree, current),
            elsewhere: savedList.filter((id) => !wholeTree.byId.has(id)).length,
            added,
            removed,
            saving,
            saved: saved?.classId === classId ? saved.text : null,
            error: error?.classId === classId ? error.error : null,
          }}
          onSave={() => void save()}
          onDiscard={() => setDraft(null)}
        />
      )}
      <div className="table-card standards-card">
        {wholeTree.order.length === 0 ? (
          <p className="standards-empty">This framework holds no standards.</p>
        ) : tree.order.length === 0 ? (
          <p className="standards-empty">Nothing here for {gradeLabel(grade)}. Choose Any grade to see the whole framework.</p>
        ) : (
          <StandardsTree
            domId={domId}
            label={`Standards of ${framework.title}`}
            tree={tree}
            visible={visible}
            expanded={expanded}
            focusedId={focusedId}
            matches={matches}
            revealedId={revealedId}
            query={search.query}
            trackingColumn={tracking ? `Tracked by ${classInfo.title}` : null}
            trackingFor={trackingFor}
            onFocus={(standardId) => {
              setFocusedId(standardId);
              if (standardId !== revealedId) setRevealedId(null);
            }}
            onExpand={setOpen}
            onExpandSiblings={openSiblings}
          />
        )}
      </div>
    </>
  );
}
