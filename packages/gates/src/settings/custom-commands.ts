import { Invalid } from '../../../kit/src/index.js';
import { structuredItems } from './structured.js';

export interface CustomCommand {
  name: string;
  run: string;
}

export const COMMAND_SYNTAX = 'lines of "<name>: <shell command>"';
const NAME = /^[A-Za-z0-9][\w .-]*$/;

/** `licenses: npx license-checker --onlyAllow MIT` per line, or `{ name: command }` from the config file. */
export function parseCustomCommands(raw: string): CustomCommand[] {
  const { items, map } = structuredItems(raw);
  const single = map && typeof map['name'] === 'string' && typeof map['run'] === 'string';
  const commands: CustomCommand[] = single
    ? [{ name: String(map['name']), run: String(map['run']) }]
    : map
      ? Object.entries(map).map(([name, run]) => ({ name, run: String(run ?? '') }))
      : items.map((item) => {
          if (typeof item !== 'string')
            return { name: String(item['name'] ?? ''), run: String(item['run'] ?? '') };
          const colon = item.indexOf(':');
          if (colon <= 0) throw new Invalid(`${COMMAND_SYNTAX}, got "${item.slice(0, 60)}"`);
          return { name: item.slice(0, colon).trim(), run: item.slice(colon + 1).trim() };
        });
  const seen = new Set<string>();
  for (const command of commands) {
    if (!NAME.test(command.name))
      throw new Invalid(`${COMMAND_SYNTAX}: "${command.name}" is not a usable name`);
    if (!command.run.trim()) throw new Invalid(`${COMMAND_SYNTAX}: "${command.name}" has no command`);
    if (seen.has(command.name)) throw new Invalid(`${COMMAND_SYNTAX}: "${command.name}" is given twice`);
    seen.add(command.name);
  }
  return commands;
}
