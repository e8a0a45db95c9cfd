#!/usr/bin/env node
// The trainer CLI. The commands are TypeScript (knowledge/cli): tsx compiles them on the fly.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig by path, not the working folder's: the `@/` imports must resolve wherever the trainer runs it.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import(new URL('../knowledge/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
