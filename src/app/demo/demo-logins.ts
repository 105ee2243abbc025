import type { Role } from '../../domain/roles.ts';

/** The demo organisation's documented logins (README). Demo data only: never use them elsewhere. */
export const DEMO_PASSWORD = 'lindenhof-demo';

export const DEMO_LOGINS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'owner@lindenhof.example', displayName: 'An Vermeersch', role: 'owner' },
  { email: 'editor@lindenhof.example', displayName: 'Pieter Declercq', role: 'editor' },
  { email: 'viewer@lindenhof.example', displayName: 'Sofie Maes', role: 'viewer' },
];
