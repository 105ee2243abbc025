import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from './access.ts';
import { signOut } from './auth-api.ts';
import { ErrorState } from './components/ErrorState.tsx';
import { Notices } from './components/Notices.tsx';
import { PageFrame } from './components/PageFrame.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { SignedOut } from './components/SignedOut.tsx';
import { UserMenu } from './components/UserMenu.tsx';
import { WorkspaceNav } from './components/WorkspaceNav.tsx';
import { OrganisationPicker } from './components/OrganisationPicker.tsx';
import { NoOrganisation } from './components/NoOrganisation.tsx';
import { QuickEntry } from './components/QuickEntry.tsx';
import { isApiError, onSessionLost } from './http.ts';
import { SESSION_KEY, useSession } from './queries.ts';
import { readRoute } from './route.ts';
import { currentSession, enterSession, leaveSession } from './session-cache.ts';
import { canEdit, WorkspaceContext, type WorkspaceState } from './workspace.ts';

/**
 * The application: who is signed in decides what shows — the first-run page, the sign-in page or
 * the pages of the chosen organisation (the router's outlet) — and an invitation link and a
 * password reset link have pages of their own, whoever is signed in. Editors and owners find the quick entry in the header, on every page. A session
 * that ends while the page is open (any 401) leads back to the sign-in page with a notice.
 */
export function App() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const route = readRoute(pathname);
  const ownPage = route.kind === 'invite' || route.kind === 'reset';
  const session = useSession();
  const [expired, setExpired] = useState(false);

  // Every page of the organisation but the overview names itself in the title (usePageTitle).
  const titledByPage = route.kind === 'app' && pathname !== '/' && Boolean(session.data?.memberships.length);
  useEffect(() => {
    if (!titledByPage) document.title = t('app.title');
  }, [t, titledByPage]);

  useEffect(
    () =>
      onSessionLost(() => {
        if (!currentSession(queryClient)) return;
        setExpired(true);
        leaveSession(queryClient);
      }),
    [queryClient],
  );

  const enter = useCallback(
    (next: Session) => {
      setExpired(false);
      enterSession(queryClient, next);
    },
    [queryClient],
  );

  // Stable, so that components may depend on it in effects.
  const reloadSession = useCallback(() => void queryClient.invalidateQueries({ queryKey: SESSION_KEY }), [queryClient]);

  const leave = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      setExpired(false);
      leaveSession(queryClient);
    },
    onError: (error) => {
      if (isApiError(error, 401)) leaveSession(queryClient); // already signed out
    },
  });

  // The chosen organisation (the first one unless the user picks another) stays chosen while
  // the user moves between its pages.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const workspace = useMemo<WorkspaceState | null>(() => {
    const current = session.data;
    if (!current || current.memberships.length === 0) return null;
    const memberships = current.memberships;
    const membership = memberships.find((m) => m.organisationId === chosenId) ?? memberships[0]!;
    const picker =
      memberships.length > 1 ? <OrganisationPicker memberships={memberships} value={membership.organisationId} onChange={setChosenId} /> : null;
    return { session: current, membership, picker, onAccessChanged: reloadSession };
  }, [session.data, chosenId, reloadSession]);

  const user = session.data?.user;
  const account = user ? (
    <>
      {workspace && !ownPage && canEdit(workspace.membership) ? (
        <QuickEntry key={workspace.membership.organisationId} organisationId={workspace.membership.organisationId} />
      ) : null}
      <UserMenu user={user} onSignOut={() => leave.mutate()} signingOut={leave.isPending} />
    </>
  ) : null;

  let content;
  if (ownPage) {
    content = <Outlet />;
  } else if (session.isError) {
    content = <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  } else if (session.data === undefined) {
    content = <PageLoader label={t('loading.session')} />;
  } else if (session.data === null) {
    content = <SignedOut expired={expired} onSignedIn={enter} />;
  } else if (workspace === null) {
    content = <NoOrganisation onReload={reloadSession} onCreated={reloadSession} />;
  } else {
    content = (
      <WorkspaceContext.Provider value={workspace}>
        <WorkspaceNav />
        <Outlet />
      </WorkspaceContext.Provider>
    );
  }

  return (
    <PageFrame account={account}>
      {content}
      <Notices />
    </PageFrame>
  );
}
