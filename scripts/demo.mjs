#!/usr/bin/env node
// npm run demo: the release pipeline (.github/workflows/release.yml) run locally on a
// generated sample repository, with a local GitHub API and local deploy targets.
// Needs nothing but `npm ci`: TypeScript is loaded through tsx, the actions run from dist/.
import { register } from 'tsx/esm/api';

register();
const { runDemo } = await import('./demo/story.ts');
process.exitCode = await runDemo();
