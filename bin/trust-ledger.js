#!/usr/bin/env node
// The trust-ledger command. The sources are TypeScript; tsx runs them without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
