/**
 * The runner's line ending, as `os.EOL` gives it: `\r\n` on Windows runners, `\n` elsewhere.
 * A constant rather than `node:os`, which a step that fails on its inputs would load for nothing.
 */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';
