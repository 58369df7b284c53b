#!/usr/bin/env node
// The `proficio` command. Plain Node: TypeScript sources run through tsx, the same modules the app's
// worker runs, so the command line and the desktop app share one code path.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
