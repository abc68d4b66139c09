// What a conversion found: the settings it could carry over (with where each came
// from), what it could not, and what belongs in the team's workflow rather than in
// .github/release-actions.yml. The converters fill one of these; the CLI prints it.

export class Migration {
  /** @param {string} tool the tool migrated from, e.g. "semantic-release" */
  constructor(tool) {
    this.tool = tool;
    /** @type {Record<string, Record<string, unknown>>} */
    this.config = {};
    /** @type {string[]} files read */
    this.read = [];
    /** @type {{ from: string, to: string }[]} */
    this.mapped = [];
    /** @type {{ from: string, why: string }[]} */
    this.unmapped = [];
    /** @type {string[]} what to put in the workflow, and behaviour that differs */
    this.workflow = [];
  }

  /** Sets `section.key` (or `environments.<name>.key` with a three-part path). */
  set(path, value, from) {
    let node = this.config;
    for (const segment of path.slice(0, -1)) node = node[segment] ??= {};
    node[path[path.length - 1]] = value;
    this.mapped.push({ from, to: `${path.join('.')}: ${show(value)}` });
  }

  /** Adds items to a list setting, keeping those already there. */
  add(path, items, from) {
    let node = this.config;
    for (const segment of path.slice(0, -1)) node = node[segment] ??= {};
    const key = path[path.length - 1];
    node[key] = [...new Set([...(node[key] ?? []), ...items])];
    this.mapped.push({ from, to: `${path.join('.')}: + ${show(items)}` });
  }

  skip(from, why) {
    this.unmapped.push({ from, why });
  }

  inWorkflow(text) {
    this.workflow.push(text);
  }
}

export function show(value) {
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'string') return /^[\w./@{}-]+$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** `tagFormat`-style templates: the part before the version, or undefined when the version is not last. */
export function prefixOf(template, placeholder) {
  const at = template.indexOf(placeholder);
  if (at < 0 || at + placeholder.length !== template.length) return undefined;
  const prefix = template.slice(0, at);
  return prefix === '' ? 'none' : prefix;
}
