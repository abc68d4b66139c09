// Preloaded into a bundle (`--require`) to record what its start loads: the Node builtins and
// every module file, written as JSON to STARTUP_PROBE_FILE when the process exits.
const { registerHooks } = require('node:module');
const { writeFileSync } = require('node:fs');

const files = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (resolved.url.startsWith('file:')) files.push(resolved.url);
    return resolved;
  },
});

process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule ') && !entry.startsWith('NativeModule internal/'))
    .map((entry) => entry.slice('NativeModule '.length));
  writeFileSync(process.env.STARTUP_PROBE_FILE, JSON.stringify({ builtins, files }));
});
