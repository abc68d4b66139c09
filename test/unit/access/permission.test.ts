import { describe, expect, it } from '@jest/globals';
import {
  acceptedRoles,
  decide,
  effectiveRole,
  refusal,
  satisfies,
} from '../../../packages/access/src/index.js';

describe('permission levels', () => {
  it('reads the role, falling back to the classic level for custom roles', () => {
    expect(effectiveRole({ permission: 'write', roleName: 'maintain' })).toBe('maintain');
    expect(effectiveRole({ permission: 'read', roleName: 'triage' })).toBe('triage');
    expect(effectiveRole({ permission: 'write', roleName: 'release-manager' })).toBe('write');
    expect(effectiveRole({ permission: 'admin' })).toBe('admin');
    expect(effectiveRole({ permission: 'weird' })).toBe('none');
  });

  it('orders roles from none to admin', () => {
    expect(satisfies('admin', 'maintain')).toBe(true);
    expect(satisfies('maintain', 'maintain')).toBe(true);
    expect(satisfies('write', 'maintain')).toBe(false);
    expect(satisfies('none', 'read')).toBe(false);
    expect(acceptedRoles('maintain')).toBe('maintain or admin');
    expect(acceptedRoles('write')).toBe('write, maintain or admin');
    expect(acceptedRoles('admin')).toBe('admin');
  });

  it('words a refusal with who, what they have and what they need', () => {
    const decision = decide('dana', 'write', 'maintain');
    expect(decision.allowed).toBe(false);
    const error = refusal(decision, 'acme/app', 'start a hotfix');
    expect(error.code).toBe('EFORBIDDEN');
    expect(error.message).toBe(
      '@dana has the write role on acme/app; to start a hotfix you need maintain or admin.',
    );
    expect(refusal(decide('x', 'none', 'admin'), 'acme/app', 'deploy').message).toBe(
      '@x has no role on acme/app; to deploy you need admin.',
    );
  });
});
