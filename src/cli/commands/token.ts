import { createApiToken } from '../../app/api-tokens.ts';
import type { Role } from '../../domain/roles.ts';
import { chooseOrganisation, openSession } from '../session.ts';

/** `token`: creates an API token for one organisation and role; the secret is printed once. */
export async function token(options: { name: string; role: Role; organisation?: string }): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const created = await createApiToken(session, organisation.id, { name: options.name, role: options.role });
    console.log(`API token "${created.name}" for ${organisation.name}, role ${created.role}:`);
    console.log(created.token);
    console.log('Shown once. Send it as "Authorization: Bearer <token>"; revoke it in the web application or the API.');
  } finally {
    await session.close();
  }
}
