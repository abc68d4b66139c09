/** Attestation with the attester swapped out: what reaches it, and how a refusal is reported. */
import { describe, expect, it } from '@jest/globals';
import type { Attester, AttestationRequest } from '../../../packages/kit/src/index.js';
import { attestStatement, type Statement } from '../../../packages/artifacts/src/index.js';

const statement: Statement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app-1.0.0.tar.gz', digest: { sha256: 'a'.repeat(64) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: {} },
};

describe('attestation', () => {
  it('hands the statement and token to the attester and links the result', async () => {
    const requests: AttestationRequest[] = [];
    const attester: Attester = {
      available: () => true,
      async attest(request) {
        requests.push(request);
        return { attestationID: '42', tlogID: '7' };
      },
    };
    const result = await attestStatement(attester, statement, 'tok', 'https://github.com/o/r');
    expect(result).toEqual({ id: '42', url: 'https://github.com/o/r/attestations/42', tlogId: '7' });
    expect(requests).toEqual([
      {
        subjects: statement.subject,
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token: 'tok',
      },
    ]);
  });

  it('reports a refusal as EATTEST with the permissions it needs', async () => {
    const attester: Attester = {
      available: () => true,
      attest: async () => {
        throw new Error('Resource not accessible by integration');
      },
    };
    await expect(attestStatement(attester, statement, 'tok', 'https://github.com/o/r')).rejects.toMatchObject(
      {
        code: 'EATTEST',
        message: 'Attestation failed: Resource not accessible by integration',
      },
    );
  });
});
