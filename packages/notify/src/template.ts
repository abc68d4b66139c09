/**
 * Message templates: `{{version}}`-style placeholders replaced in one pass.
 *
 * Values are data, never template text: a value that itself contains `{{reason}}`
 * stays as written, and the result is only ever placed into payloads that are
 * JSON-encoded afterwards, so no value can break a payload's structure.
 */

export const TEMPLATE_VARIABLES = [
  'version',
  'tag',
  'environment',
  'url',
  'notes',
  'previous-version',
  'reason',
  'repository',
  'run-url',
  'kind',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateValues = Partial<Record<TemplateVariable, string>>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a template uses, in order of first appearance. */
export function templateVariables(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  return [...new Set(names)];
}

/** Describes the placeholders that are not known variables, or undefined when all are. */
export function templateProblem(template: string): string | undefined {
  const unknown = templateVariables(template).filter(
    (name) => !(TEMPLATE_VARIABLES as readonly string[]).includes(name),
  );
  if (unknown.length === 0) return undefined;
  const listed = unknown.map((name) => `{{${name}}}`).join(', ');
  const known = TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(', ');
  return `a template using only ${known} (unknown: ${listed})`;
}

/** Replaces every placeholder with its value (empty when the value is not set). */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => values[name as TemplateVariable] ?? '');
}
