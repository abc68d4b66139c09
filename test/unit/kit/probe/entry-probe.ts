// A minimal action entry used by the kit's tests: it throws whatever
// PROBE_THROW names, through the same runAction wrapper every action uses.
import { InputError, ReleaseError, runAction, setOutput } from '../../../../packages/kit/src/index.js';

const kind = process.env['PROBE_THROW'] ?? 'none';

await runAction(async () => {
  setOutput('started', 'yes');
  switch (kind) {
    case 'string':
      throw 'plain string failure';
    case 'error':
      throw new TypeError('something was undefined');
    case 'object':
      throw { code: 42 };
    case 'release':
      throw new ReleaseError('ETAGEXISTS', 'tag v1.2.3 already exists on another commit', {
        hint: 'Delete the tag or release a higher version.',
        location: { file: 'CHANGELOG.md', line: 3, column: 1 },
      });
    case 'input':
      throw new InputError([
        'Input "a": got "x", expected one of: b, c',
        'Input "d": got "", expected a number (required)',
      ]);
    case 'rejection':
      void Promise.reject(new Error('late rejection'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return;
    default:
      setOutput('multiline', 'line one\nline two');
  }
});
