import { spawn } from 'node:child_process';

/**
 * Runs npm scripts at the same time and fails if any fails: `tsx test/side-by-side.ts typecheck lint build`.
 * `npm test` uses it for the steps that each keep one core busy (tsc, eslint and the bundle build are
 * single-threaded), so on a two-core machine they take the time of the longest instead of their sum.
 * Each script's output is printed whole when it ends, so the log reads as if they had run one by one.
 */
type Outcome = { script: string; code: number; output: string; seconds: number };

function run(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = (code: number) => resolve({ script, code, output, seconds: Math.round((Date.now() - started) / 1000) });
    child.once('error', (error) => {
      output += `${error.message}\n`;
      done(1);
    });
    child.once('close', (code) => done(code ?? 1));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  process.stderr.write('usage: tsx test/side-by-side.ts SCRIPT [SCRIPT …]  (npm scripts from package.json)\n');
  process.exit(2);
}
process.stdout.write(`Running side by side: ${scripts.join(', ')}\n`);
const outcomes = await Promise.all(
  scripts.map(async (script) => {
    const outcome = await run(script);
    process.stdout.write(`\n── npm run ${script}: ${outcome.code === 0 ? 'passed' : `FAILED (exit code ${outcome.code})`} in ${outcome.seconds} s ──\n${outcome.output}`);
    return outcome;
  }),
);
const failed = outcomes.filter((outcome) => outcome.code !== 0);
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.map((outcome) => `npm run ${outcome.script}`).join(', ')}\n`);
  process.exit(1);
}
