import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every action: a root folder with action.yml whose entry is actions/<name>/main.ts. */
export function listActions(root = process.cwd()) {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(root, 'actions', name, 'main.ts')))
    .sort();
}
