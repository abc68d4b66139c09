/**
 * The runner protocol, straight from @actions/core's own modules.
 *
 * `@actions/core`'s entry point eagerly imports its OIDC client, which pulls in
 * @actions/http-client and undici: about 35 ms of start-up on every step, for a
 * feature only attestation needs. These are the same toolkit modules the entry
 * re-exports (command escaping, the job summary builder), imported directly so a bundle
 * starts almost as fast as bare node. File commands live in file-commands.ts.
 */
export { issue, issueCommand } from '../../../node_modules/@actions/core/lib/command.js';
export { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js';
export { summary } from '../../../node_modules/@actions/core/lib/summary.js';
