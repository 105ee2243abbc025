import { useState } from 'react';
import type { Session } from '../access.ts';
import { NoOrganisation } from './NoOrganisation.tsx';
import { OrganisationPage } from './OrganisationPage.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';

/** The signed-in application: the chosen organisation (the first one unless the user picks another). */
export function Workspace({ session, onReload }: { session: Session; onReload: () => void }) {
  // The user's organisations come with the session: reloading it shows one just joined or made.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const memberships = session.memberships;
  if (memberships.length === 0) return <NoOrganisation onReload={onReload} onCreated={onReload} />;
  const membership = memberships.find((m) => m.organisationId === chosenId) ?? memberships[0]!;
  return (
    <OrganisationPage
      key={membership.organisationId}
      membership={membership}
      userId={session.user.id}
      onAccessChanged={onReload}
      picker={memberships.length > 1 ? <OrganisationPicker memberships={memberships} value={membership.organisationId} onChange={setChosenId} /> : null}
    />
  );
}
