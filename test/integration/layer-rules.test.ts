import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Proves the layer rules of STYLE.md are enforced by lint, not just written down. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('db/ may not import electron or any app layer', async () => {
    const messages = await restrictedImports(
      'db/probe.ts',
      `import { app } from 'electron';\nimport { dispatch } from '../main/ipc/dispatch.js';\nexport const x = [app, dispatch];\n`,
    );
    expect(messages).toHaveLength(2);
  });

  it('the domain and handlers in main/ may not import electron; the shell may', async () => {
    const code = `import { app } from 'electron';\nexport const x = app;\n`;
    expect(await restrictedImports('main/domain/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImports('main/ipc/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImports('main/electron/probe.ts', code)).toHaveLength(0);
  });

  it('the renderer may import the contract, and nothing of main/, db/, the preload bridge or Node', async () => {
    const forbidden = [
      `import { qb } from '../../db/handle.js';`,
      `import { dispatch } from '../../main/ipc/dispatch.js';`,
      `import '../../preload/index.js';`,
      `import { readFileSync } from 'node:fs';`,
      `import Database from 'better-sqlite3';`,
      `import { ipcRenderer } from 'electron';`,
    ];
    for (const line of forbidden) {
      expect(await restrictedImports('renderer/src/probe.ts', `${line}\n`), line).toHaveLength(1);
    }
    expect(await restrictedImports('renderer/src/probe.ts', `import { buildProficioApi } from '../../preload/contract/index.js';\nexport const b = buildProficioApi;\n`)).toHaveLength(0);
  });

  it('the contract imports only zod', async () => {
    expect(await restrictedImports('preload/contract/index.ts', `import { join } from 'node:path';\nexport const j = join;\n`)).toHaveLength(1);
  });
});
