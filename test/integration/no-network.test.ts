import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Nothing leaves the machine, provably, from the main side: walks the static import graph (imports,
 * re-exports, literal dynamic imports) of the gradebook worker and of the command line, and finds no
 * network module and no network global. The only code that opens a socket is the harness's loopback
 * server (main/harness), which neither reaches; lint (eslint.config.js) keeps these modules out of
 * everything but main/harness and main/electron.
 *
 * One exception, by design and narrow: the school hub (issue 14) is a PostgreSQL server the teacher
 * publishes to on purpose (`proficio publish`, `proficio hub init`), reached through the `pg` client —
 * and only main/hub/ may import it.
 */
const root = resolve(import.meta.dirname, '../..');
const entries = ['main/worker/gradebook-worker.ts', 'main/worker/from-source.mjs', 'main/cli/proficio.mjs'];

const networkModules = new Set(['http', 'https', 'net', 'dgram', 'tls', 'http2', 'dns', 'undici', 'ws', 'node-fetch', 'axios', 'got']);
const networkGlobals = new Set(['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']);
/** Packages the worker and the CLI may load; a new one is reviewed for network use before it joins. */
// pdfkit (the profile snapshot) writes to memory only: it reads its own font files and opens no socket or URL
// exceljs (the report's XLSX): neither it nor any package it pulls in requires http, https, net, tls, dgram,
// http2 or dns (checked across its whole dependency tree), and writing a workbook loads none of them
const reviewedPackages = ['better-sqlite3', 'exceljs', 'fflate', 'kysely', 'papaparse', 'pdfkit', 'tsx', 'zod'];
/** Network clients allowed in one folder only: the school hub's PostgreSQL client. */
const allowedNetworkClients = new Map([['pg', 'main/hub/']]);

type Graph = { files: string[]; packages: Map<string, string[]>; networkGlobals: string[] };

function walk(entryPoints: string[]): Graph {
  const files = new Set<string>();
  const packages = new Map<string, string[]>();
  const globals: string[] = [];
  const queue = entryPoints.map((entry) => resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    const from = relative(root, file);
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (specifier.startsWith('.')) {
        queue.push(resolveRelative(file, specifier));
        continue;
      }
      const name = packageName(specifier);
      packages.set(name, [...(packages.get(name) ?? []), from]);
    }
    globals.push(...networkGlobalUses(file, text).map((use) => `${from}: ${use}`));
  }
  return { files: [...files].map((file) => relative(root, file)).sort(), packages, networkGlobals: globals };
}

function resolveRelative(importer: string, specifier: string): string {
  const base = resolve(dirname(importer), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, `${base}/index.ts`];
  const found = candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  if (!found) throw new Error(`${relative(root, importer)} imports ${specifier}, which does not resolve`);
  return found;
}

/** `node:http` → `http`; `@scope/pkg/sub` → `@scope/pkg`; `tsx/esm/api` → `tsx`. */
function packageName(specifier: string): string {
  const bare = specifier.replace(/^node:/, '');
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
}

/** Calls of fetch (bare or on globalThis) and constructions of the browser's network classes. */
function networkGlobalUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const nameOf = (expression: ts.Expression): string | null => {
    if (ts.isIdentifier(expression)) return expression.text;
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'globalThis') {
      return expression.name.text;
    }
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = nameOf(node.expression);
      if (name !== null && networkGlobals.has(name)) uses.push(`${name} (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('the gradebook worker and the command line', () => {
  const graph = walk(entries);

  it('reach the code that does the work (the walk is not vacuous)', () => {
    expect(graph.files).toEqual(expect.arrayContaining(['main/worker/dispatch.ts', 'main/cli/run-cli.ts', 'db/open.ts', 'main/import/handlers.ts']));
    expect(graph.files.length).toBeGreaterThan(100);
  });

  it('import no network module, and never the harness', () => {
    const network = [...graph.packages].filter(([name]) => networkModules.has(name)).map(([name, importers]) => `${name} ← ${importers.join(', ')}`);
    expect(network).toEqual([]);
    expect(graph.files.filter((file) => file.startsWith('main/harness/') || file.startsWith('main/electron/'))).toEqual([]);
  });

  it('reach the school hub’s PostgreSQL client (pg) only from main/hub/', () => {
    for (const [name, folder] of allowedNetworkClients) {
      const importers = graph.packages.get(name) ?? [];
      expect(importers.length, `${name} is imported somewhere (the check is not vacuous)`).toBeGreaterThan(0);
      expect(importers.filter((importer) => !importer.startsWith(folder))).toEqual([]);
    }
  });

  it('use no network global (fetch, WebSocket, EventSource, XMLHttpRequest)', () => {
    expect(graph.networkGlobals).toEqual([]);
  });

  it('load only reviewed packages besides Node’s own', () => {
    const builtins = new Set(builtinModules);
    const external = [...graph.packages.keys()].filter((name) => !builtins.has(name));
    expect(external.filter((name) => !reviewedPackages.includes(name) && !allowedNetworkClients.has(name))).toEqual([]);
    expect(external).toContain('better-sqlite3');
  });
});

describe('the walk itself', () => {
  it('finds the network where it is: the harness opens a server', () => {
    const harness = walk(['main/harness/serve.ts']);
    expect(harness.packages.get('http')).toEqual(['main/harness/server.ts']);
  });

  it('finds fetch and WebSocket uses', () => {
    const uses = networkGlobalUses('probe.ts', 'const a = await fetch("https://x");\nconst b = new globalThis.WebSocket("ws://x");\nconst c = { fetch: 1 }.fetch;');
    expect(uses).toEqual(['fetch (line 1)', 'WebSocket (line 2)']);
  });
});
