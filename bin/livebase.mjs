#!/usr/bin/env node
// The `livebase` command. TypeScript sources run through tsx's loader, so there is no build step
// between a fresh clone and a running server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
