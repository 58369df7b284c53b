// Starts the gradebook worker from its TypeScript source (tests, harness, CLI): worker threads do not
// inherit the parent's tsx loader, so the thread registers it itself before loading the real entry.
import { register } from 'tsx/esm/api';

register();
await import('./gradebook-worker.ts');
