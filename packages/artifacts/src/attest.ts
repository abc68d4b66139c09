import { ReleaseError } from '../../kit/src/errors.js';
import type { Statement } from './provenance.js';

/**
 * Attestation through GitHub's artifact attestations (Sigstore-signed, stored
 * with the repository). It needs `id-token: write` and `attestations: write`;
 * without an OIDC token it cannot work, which the caller checks first.
 * @actions/attest and its Sigstore stack are loaded only here, so every other
 * run starts fast.
 */

export function hasIdToken(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env['ACTIONS_ID_TOKEN_REQUEST_URL'] && env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']);
}

export interface AttestationResult {
  id?: string;
  url?: string;
  tlogId?: string;
}

export async function attestStatement(
  statement: Statement,
  token: string,
  repositoryUrl: string,
): Promise<AttestationResult> {
  const { attest } = await import('@actions/attest');
  try {
    const result = await attest({
      subjects: statement.subject,
      predicateType: statement.predicateType,
      predicate: statement.predicate,
      token,
    });
    const id = result.attestationID;
    return { id, url: id ? `${repositoryUrl}/attestations/${id}` : undefined, tlogId: result.tlogID };
  } catch (thrown) {
    throw new ReleaseError('EATTEST', `Attestation failed: ${(thrown as Error).message ?? String(thrown)}`, {
      hint: 'The job needs `permissions: { id-token: write, attestations: write }`. The artifacts were not moved into place.',
    });
  }
}
