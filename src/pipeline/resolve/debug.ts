// Merge decisions, printed when NODE_DEBUG includes "kg:resolve" (Node's own debuglog:
// `NODE_DEBUG=kg:resolve npx kg extract a.txt`). No process.env read here.
import { debuglog } from 'node:util';

export const debugResolve = debuglog('kg:resolve');
