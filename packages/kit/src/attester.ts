/**
 * Artifact attestations, behind one interface: GitHub's (@actions/attest and
 * its Sigstore stack, loaded only when a job attests, so every other run starts
 * fast), or a stand-in in tests. It needs the job's OIDC token, which only
 * `permissions: { id-token: write }` gives.
 */

export interface AttestationRequest {
  subjects: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: object;
  token: string;
}

export interface AttestationReceipt {
  attestationID?: string;
  tlogID?: string;
}

export interface Attester {
  /** False when the job has no OIDC token to sign with. */
  available(): boolean;
  attest(request: AttestationRequest): Promise<AttestationReceipt>;
}

export const githubAttester: Attester = {
  available: () =>
    Boolean(process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] && process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']),
  async attest(request) {
    const { attest } = await import('@actions/attest');
    const result = await attest({ ...request, predicate: request.predicate as Record<string, unknown> });
    return { attestationID: result.attestationID, tlogID: result.tlogID };
  },
};
