/** `/pattern/flags` or a bare pattern. */
export function compileRegex(source: string): RegExp {
  const literal = /^\/([\s\S]+)\/([dgimsuvy]*)$/.exec(source);
  return literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(source);
}
