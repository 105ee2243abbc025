import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from './access.ts';
import { signOut } from './auth-api.ts';
import { ErrorState } from './components/ErrorState.tsx';
import { InvitationPage } from './components/InvitationPage.tsx';
import { PageFrame } from './components/PageFrame.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { SignedOut } from './components/SignedOut.tsx';
import { UserMenu } from './components/UserMenu.tsx';
import { Workspace } from './components/Workspace.tsx';
import { isApiError, onSessionLost } from './http.ts';
import { SESSION_KEY, useSession } from './queries.ts';
import { useRoute } from './route.ts';
import { currentSession, enterSession, leaveSession } from './session-cache.ts';

/**
 * The application: who is signed in decides what shows — the first-run page, the sign-in page or
 * the organisations — and an invitation link has a page of its own. A session that ends while the
 * page is open (any 401) leads back to the sign-in page with a notice.
 */
export function App() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { route, navigate } = useRoute();
  const session = useSession();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

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

  const user = session.data?.user;
  const account = user ? <UserMenu user={user} onSignOut={() => leave.mutate()} signingOut={leave.isPending} /> : null;

  let content;
  if (route.kind === 'invite') {
    content = (
      <InvitationPage
        token={route.token}
        onAccepted={(next) => {
          enter(next);
          navigate('/', { replace: true });
        }}
        onLeave={() => navigate('/', { replace: true })}
      />
    );
  } else if (session.isError) {
    content = <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  } else if (session.data === undefined) {
    content = <PageLoader label={t('loading.session')} />;
  } else if (session.data === null) {
    content = <SignedOut expired={expired} onSignedIn={enter} />;
  } else {
    content = <Workspace session={session.data} onReload={reloadSession} />;
  }

  return <PageFrame account={account}>{content}</PageFrame>;
}
