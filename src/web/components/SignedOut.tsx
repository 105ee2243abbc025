import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '../access.ts';
import { SETUP_KEY, useSetupStatus } from '../queries.ts';
import { ErrorState } from './ErrorState.tsx';
import { FirstRunPage } from './FirstRunPage.tsx';
import { PageLoader } from './PageLoader.tsx';
import { SignInPage } from './SignInPage.tsx';

/** Nobody is signed in: the first-run page on an empty ledger, else the sign-in page. */
export function SignedOut({ expired, onSignedIn }: { expired: boolean; onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const setup = useSetupStatus();
  if (setup.isError) return <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />;
  if (!setup.data) return <PageLoader label={t('loading.session')} />;
  if (setup.data.needed) {
    return (
      <FirstRunPage
        onDone={onSignedIn}
        onAlreadyDone={() => void queryClient.invalidateQueries({ queryKey: SETUP_KEY })}
      />
    );
  }
  return <SignInPage expired={expired} onSignedIn={onSignedIn} />;
}
