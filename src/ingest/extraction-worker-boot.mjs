// Entry point of an extraction worker thread. The sources are TypeScript and a worker
// thread does not inherit the main thread's loader, so it registers tsx itself (as
// bin/kg.js does) before importing the worker.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
