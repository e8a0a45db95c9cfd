#!/usr/bin/env node
// The trainer CLI. The commands are TypeScript (knowledge/cli): tsx compiles them on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../knowledge/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
