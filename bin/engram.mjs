#!/usr/bin/env node
// Entry point for the `engram` command: runs the TypeScript CLI through tsx's loader,
// so `npx engram ...` works right after `npm ci` without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
