#!/usr/bin/env node
// Entry point of the `kg` command. The sources are TypeScript; tsx compiles them on
// the fly (cached), so a checkout needs no build step before `npx kg …` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
