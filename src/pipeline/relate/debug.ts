// Which rule stated which fact in which sentence, printed when NODE_DEBUG includes
// "kg:relate" (Node's own debuglog: `NODE_DEBUG=kg:relate npx kg extract a.txt`).
import { debuglog } from 'node:util';

export const debugRelate = debuglog('kg:relate');
