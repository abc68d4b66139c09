import { ReleaseError, type Attester } from '../../kit/src/index.js';
import type { Statement } from './provenance.js';

/**
 * Attestation through GitHub's artifact attestations (Sigstore-signed, stored
 * with the repository), by the attester the entry hands over (the kit's
 * `githubAttester` on a runner). It needs `id-token: write` and
 * `attestations: write`; without an OIDC token it cannot work, which the
 * caller checks first with `attester.available()`.
 */

export interface AttestationResult {
  id?: string;
  url?: string;
  tlogId?: string;
}

export async function attestStatement(
  attester: Attester,
  statement: Statement,
  token: string,
  repositoryUrl: string,
): Promise<AttestationResult> {
  try {
    const result = await attester.attest({
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
