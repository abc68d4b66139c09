#!/usr/bin/env node
// npm run emulator -- [--port N] [--repo owner/name] [--git <bare repo>] [--token T] ...
// Starts the GitHub API emulator of the test bench as a standalone process for manual runs:
// its URL is the first line on stdout; it serves until SIGINT or SIGTERM.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const launcher = join(root, 'test/bench/emulator/standalone.ts');

// tsx runs the TypeScript sources directly, as the tests do.
const child = spawn(process.execPath, ['--import', 'tsx', launcher, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
