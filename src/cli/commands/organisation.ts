import { loadDemo } from '../../app/demo/load-demo.ts';
import { createOrganisation } from '../../app/organisations.ts';
import { readRelations } from '../../app/read-accounts.ts';
import { openSession } from '../session.ts';

/** `init`: creates an organisation. */
export async function init(options: { name: string }): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await createOrganisation(session, { name: options.name });
    console.log(`Created organisation "${organisation.name}" (${organisation.id}).`);
    console.log('Next: add a stakeholder with  trust-ledger stakeholder "Name" --category customers --level market');
  } finally {
    await session.close();
  }
}

/** `demo`: loads the demo organisation (once). */
export async function demo(): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await loadDemo(session);
    const { relations } = await readRelations(session, organisation.id);
    console.log(`Demo organisation "${organisation.name}" (${organisation.id}) with ${relations.length} stakeholder relations.`);
    console.log('See it with  trust-ledger balance  or  npm start');
  } finally {
    await session.close();
  }
}
