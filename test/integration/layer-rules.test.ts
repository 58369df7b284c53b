import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Proves the layer rules of STYLE.md are enforced by lint (eslint.config.js), not just written down. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** How many of the given import lines lint refuses in a file at `filePath`, one line at a time. */
async function refused(filePath: string, lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines) if ((await restrictedImports(filePath, `${line}\nexport const x = 1;\n`)).length > 0) out.push(line);
  return out;
}

describe('layer rules', () => {
  it('db/ may not import electron, main/, the renderer or the preload bridge; it may import the pure contract', async () => {
    const forbidden = [
      `import { app } from 'electron';`,
      `import { dispatch } from '../main/worker/dispatch.js';`,
      `import '../renderer/src/main.js';`,
      `import '../preload/index.js';`,
    ];
    const allowed = [
      `import { cellKey } from '../preload/contract/shared.js';`,
      `import type { EvidenceKind } from '../preload/contract/vocabulary.js';`,
      `import type { Evidence } from '../preload/contract/gradebook.js';`,
    ];
    expect(await refused('db/probe.ts', forbidden)).toEqual(forbidden);
    expect(await refused('db/probe.ts', allowed)).toEqual([]);
  });

  it('main/ may not import electron outside the shell; the shell may', async () => {
    const line = `import { app } from 'electron';`;
    expect(await refused('main/gradebook/probe.ts', [line])).toEqual([line]);
    expect(await refused('main/worker/probe.ts', [line])).toEqual([line]);
    expect(await refused('main/electron/probe.ts', [line])).toEqual([]);
  });

  it('only the harness and the Electron shell may import a network module', async () => {
    const network = [
      `import { createServer } from 'node:http';`,
      `import https from 'https';`,
      `import { connect } from 'node:net';`,
      `import dgram from 'node:dgram';`,
      `import tls from 'node:tls';`,
      `import http2 from 'http2';`,
      `import { lookup } from 'node:dns';`,
      `import { fetch } from 'undici';`,
    ];
    for (const file of ['main/worker/probe.ts', 'main/cli/probe.ts', 'main/import/probe.ts', 'main/gradebook/domain/probe.ts', 'db/probe.ts', 'preload/contract/probe.ts']) {
      expect(await refused(file, network), file).toEqual(network);
    }
    expect(await refused('main/harness/probe.ts', network)).toEqual([]);
    expect(await refused('main/electron/probe.ts', network)).toEqual([]);
    expect(await refused('test/e2e/support/probe.ts', network)).toEqual([]);
    // the other rules still hold where the network is allowed
    expect(await refused('main/harness/probe.ts', [`import { app } from 'electron';`])).toHaveLength(1);
  });

  it('only main/hub/ may import the school hub’s PostgreSQL client, and no other network module', async () => {
    const postgres = `import pg from 'pg';`;
    for (const file of ['main/worker/probe.ts', 'main/cli/probe.ts', 'main/reports/probe.ts', 'db/probe.ts', 'main/electron/probe.ts']) {
      expect(await refused(file, [postgres]), file).toEqual([postgres]);
    }
    expect(await refused('main/hub/probe.ts', [postgres])).toEqual([]);
    expect(await refused('main/hub/probe.ts', [`import { connect } from 'node:net';`, `import { app } from 'electron';`])).toHaveLength(2);
  });

  it('pure domain code imports no database, Node, Electron or services — only itself, other domains and the contract', async () => {
    const forbidden = [
      `import { qb } from '../../../db/handle.js';`,
      `import { readFileSync } from 'node:fs';`,
      `import Database from 'better-sqlite3';`,
      `import { app } from 'electron';`,
      `import { masteryGrid } from '../mastery-grid.js';`,
      `import { saveScale } from '../../scales/save-scale.js';`,
      `import { dispatch } from '../../worker/dispatch.js';`,
    ];
    const allowed = [
      `import { roundHalfAwayFromZero } from './rounding.js';`,
      `import { cellKey } from '../../../preload/contract/shared.js';`,
      `import { x } from '../../paths/domain/readiness.js';`,
    ];
    expect(await refused('main/gradebook/domain/probe.ts', forbidden)).toEqual(forbidden);
    expect(await refused('main/gradebook/domain/probe.ts', allowed)).toEqual([]);
  });

  it('the import readers never import db/; the commit does', async () => {
    const line = `import { qb } from '../../../db/handle.js';`;
    expect(await refused('main/import/oneroster/probe.ts', [line])).toEqual([line]);
    expect(await refused('main/import/case/probe.ts', [line])).toEqual([line]);
    expect(await refused('main/import/commit/probe.ts', [line])).toEqual([]);
  });

  it('the Electron shell never imports db/ (its tests may)', async () => {
    const line = `import { openGradebook } from '../../db/open.js';`;
    expect(await refused('main/electron/probe.ts', [line])).toEqual([line]);
    expect(await refused('main/electron/probe.test.ts', [line])).toEqual([]);
  });

  it('the renderer may import the contract, and nothing of main/, db/, the preload bridge or Node', async () => {
    const forbidden = [
      `import { qb } from '../../db/handle.js';`,
      `import { dispatch } from '../../main/worker/dispatch.js';`,
      `import '../../preload/index.js';`,
      `import { readFileSync } from 'node:fs';`,
      `import Database from 'better-sqlite3';`,
      `import { ipcRenderer } from 'electron';`,
    ];
    expect(await refused('renderer/src/probe.ts', forbidden)).toEqual(forbidden);
    const allowed = [`import { buildProficioApi } from '../../preload/contract/index.js';`, `import { cellKey } from '../../preload/contract/shared.js';`];
    expect(await refused('renderer/src/probe.ts', allowed)).toEqual([]);
  });

  it('a renderer section reaches another only through ui/, session/, bridge/, format/ and the contract; never the shell', async () => {
    const forbidden = [
      `import { useGridStore } from '../gradebook/grid-store.js';`,
      `import { x } from '../../standards/parts/x.js';`,
      `import { App } from '../shell/app.js';`,
    ];
    const allowed = [
      `import { Button } from '../ui/button.js';`,
      `import { call } from '../bridge/call.js';`,
      `import { useNavigationStore } from '../session/navigation-store.js';`,
      `import { formatIsoDate } from '../format/calendar-date.js';`,
      `import { x } from './learners-store.js';`,
      `import type { Scale } from '../../../preload/contract/index.js';`,
    ];
    expect(await refused('renderer/src/learners/probe.ts', forbidden)).toEqual(forbidden);
    expect(await refused('renderer/src/learners/probe.ts', allowed)).toEqual([]);
    // the shell composes the sections
    expect(await refused('renderer/src/shell/probe.ts', [`import { GradebookView } from '../gradebook/gradebook-view.js';`])).toEqual([]);
  });

  it('the contract imports only zod', async () => {
    const line = `import { join } from 'node:path';`;
    expect(await refused('preload/contract/index.ts', [line])).toEqual([line]);
    expect(await refused('preload/contract/gradebook.ts', [`import { qb } from '../../db/handle.js';`])).toHaveLength(1);
  });
});
