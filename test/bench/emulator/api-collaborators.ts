// Collaborator permissions, from options.users and setPermission().
import type { Handlers } from './context.js';
import { notFound } from './errors.js';
import { simpleUser } from './shapes.js';
import type { Permission } from './types.js';

const RANK: Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

/** The `permission` field keeps the classic levels: maintain reads as write, triage as read. */
const CLASSIC: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export const collaboratorHandlers: Handlers = {
  'repos/get-collaborator-permission-level': (req, ctx) => {
    const username = String(req.params.username);
    const level = [...ctx.state.permissions].find(
      ([login]) => login.toLowerCase() === username.toLowerCase(),
    )?.[1];
    if (!level) throw notFound();
    const at = (wanted: Permission): boolean => RANK.indexOf(level) >= RANK.indexOf(wanted);
    return {
      status: 200,
      body: {
        permission: CLASSIC[level],
        role_name: level,
        user: {
          ...simpleUser(ctx, username),
          permissions: {
            admin: at('admin'),
            maintain: at('maintain'),
            push: at('write'),
            triage: at('triage'),
            pull: at('read'),
          },
          role_name: level,
        },
      },
    };
  },
};
