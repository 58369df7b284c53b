import { beforeEach, describe, expect, it } from 'vitest';
import type { GridRow, MasteryGrid, ProficioApi, RequestOf } from '../../../preload/contract/index.js';
import { installBridge } from '../bridge/current-bridge.js';
import { proficiencyScale as sampleScale } from './sample-scale.test-data.js';
import { firstScreenLearners, useGridStore } from './grid-store.js';
import { learnerColumnId } from './grid-rows.js';

type GridRequest = RequestOf<'mastery:grid'>;

function row(index: number, level: number | null): GridRow {
  const name = `Family${String(index).padStart(4, '0')}`;
  return {
    learnerId: `l${index}`,
    givenName: 'Given',
    familyName: name,
    preferredName: null,
    cells: { level: [level], evidenceCount: [level === null ? 0 : 1], lastObservedOn: [null], awaitingFeedback: [0], overrides: {} },
    rollups: [],
  };
}

function gridOf(rows: GridRow[], moreLearners?: number): MasteryGrid {
  return {
    classId: 'c',
    asOf: null,
    method: { kind: 'mean' },
    methodLabel: 'Mean',
    rollupMethod: 'mean',
    scale: sampleScale,
    scales: [sampleScale],
    columns: [{ standardId: 's', code: 'S.1', statement: 'A standard', ancestors: [], methodLabel: null, scaleId: sampleScale.id }],
    groups: [],
    rows,
    ...(moreLearners === undefined ? {} : { moreLearners }),
  };
}

/** A gradebook of 200 learners that answers the first screen alone when asked; `level` is what the whole read finds. */
function bigClass(options: { level?: () => number; grid?: (request: GridRequest) => Promise<unknown> } = {}): GridRequest[] {
  const asked: GridRequest[] = [];
  const learners = 200;
  const answer = (request: GridRequest) => {
    asked.push(request);
    const level = options.level?.() ?? 2;
    const rows = Array.from({ length: learners }, (_, i) => row(i, level));
    const value = request.firstLearners ? gridOf(rows.slice(0, request.firstLearners), learners - request.firstLearners) : gridOf(rows);
    return Promise.resolve({ ok: true, value });
  };
  installBridge({
    mastery: { grid: (request: GridRequest) => (options.grid ? options.grid(request).then(() => answer(request)) : answer(request)) },
    assessments: { list: () => Promise.resolve({ ok: true, value: [] }) },
  } as unknown as ProficioApi);
  return asked;
}

describe('opening a big class: its first screen, then the rest (issue 9, item 13)', () => {
  beforeEach(() => useGridStore.setState({ classId: null, status: 'idle', grid: null, rest: null, sort: { id: learnerColumnId, desc: false } }));

  it('shows the first learners first and then the whole class', async () => {
    const asked = bigClass();
    const shown: number[] = [];
    const stop = useGridStore.subscribe((state) => {
      if (state.grid && shown.at(-1) !== state.grid.rows.length) shown.push(state.grid.rows.length);
    });
    await useGridStore.getState().load('c');
    stop();
    expect(asked).toEqual([{ classId: 'c', asOf: null, firstLearners: firstScreenLearners }, { classId: 'c', asOf: null }]);
    expect(shown).toEqual([firstScreenLearners, 200]);
    const state = useGridStore.getState();
    expect(state.grid?.moreLearners).toBeUndefined();
    expect(state.rest).toBeNull();
    expect(state.rowOrder).toHaveLength(200);
  });

  it('reads the rest again when a cell was patched in while it was read (the answer may predate the entry)', async () => {
    let reads = 0;
    const asked = bigClass({
      level: () => (reads >= 3 ? 4 : 2),
      grid: async (request) => {
        reads++;
        // the teacher enters a level on the first screen while the whole class is being read
        if (!request.firstLearners && reads === 2) {
          const grid = useGridStore.getState().grid!;
          const cell = { level: 4, mastered: true, evidenceCount: 1, lastObservedOn: null, awaitingFeedback: 0, override: null };
          useGridStore.getState().applyCells([{ learnerId: grid.rows[0]!.learnerId, standardId: 's', cell, rollups: {} }]);
        }
      },
    });
    await useGridStore.getState().load('c');
    expect(asked.map((request) => request.firstLearners ?? 'all')).toEqual([firstScreenLearners, 'all', 'all']);
    expect(useGridStore.getState().grid?.rows[0]?.cells.level).toEqual([4]);
  });

  it('keeps the first screen when the teacher stops the rest, and loads it when asked', async () => {
    let stopNext = true;
    const asked: GridRequest[] = [];
    installBridge({
      mastery: {
        grid: (request: GridRequest) => {
          asked.push(request);
          if (!request.firstLearners && stopNext) {
            stopNext = false;
            return Promise.resolve({ ok: false, error: { code: 'conflict', message: 'Stopped, as you asked.', details: { reason: 'cancelled' } } });
          }
          const rows = Array.from({ length: 100 }, (_, i) => row(i, 3));
          return Promise.resolve({ ok: true, value: request.firstLearners ? gridOf(rows.slice(0, request.firstLearners), 100 - request.firstLearners) : gridOf(rows) });
        },
      },
      assessments: { list: () => Promise.resolve({ ok: true, value: [] }) },
    } as unknown as ProficioApi);
    await useGridStore.getState().load('c');
    expect(useGridStore.getState()).toMatchObject({ status: 'ready', rest: 'stopped', notice: null });
    expect(useGridStore.getState().grid?.rows).toHaveLength(firstScreenLearners);
    await useGridStore.getState().loadRest();
    expect(useGridStore.getState().rest).toBeNull();
    expect(useGridStore.getState().grid?.rows).toHaveLength(100);
    expect(asked).toHaveLength(3);
  });

  it('reads a class sorted by a standard whole: its first screen is not its first learners', async () => {
    const asked = bigClass();
    useGridStore.setState({ sort: { id: 's', desc: true } });
    await useGridStore.getState().load('c');
    expect(asked).toEqual([{ classId: 'c', asOf: null }]);
    expect(useGridStore.getState().grid?.rows).toHaveLength(200);
  });
});
