export function listActions(root?: string): string[];
