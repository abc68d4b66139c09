/** The inputs of announce, with the config file's announce section underneath. */
import { readActionInputs } from '../../packages/kit/src/index.js';
import { spec } from '../../packages/announce/src/index.js';

export { spec };

export function readAnnounceInputs() {
  return readActionInputs(spec, { section: ['announce'] });
}
