/**
 * The runner protocol's value helpers, straight from @actions/core's own module.
 *
 * `@actions/core`'s entry point eagerly imports its OIDC client, which pulls in
 * @actions/http-client and undici: about 35 ms of start-up on every step, for a
 * feature only attestation needs. Its utils module is imported directly instead. Workflow
 * commands live in commands.ts, file commands in file-commands.ts, the job summary writer in
 * summary.ts.
 */
export { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js';
