/** The inputs of authorize: who must hold which role for what. */
import { field, readActionInputs } from '../../packages/kit/src/index.js';
import { ROLES, type RequiredRole } from '../../packages/access/src/index.js';

export const spec = {
  permission: field.choice(ROLES.filter((role): role is RequiredRole => role !== 'none')).default('maintain'),
  actor: field.pattern(/^[A-Za-z0-9-]+(\[bot\])?$/, 'a GitHub login').required(),
  operation: field.text().default('run this workflow'),
  token: field.text('a GitHub token').secret().required(),
};

export type AuthorizeInputs = Awaited<ReturnType<typeof readAuthorizeInputs>>;

export function readAuthorizeInputs() {
  return readActionInputs(spec);
}
