import { AppShell, Container } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorState } from './components/ErrorState.tsx';
import { LoadingState } from './components/LoadingState.tsx';
import { NoOrganisation } from './components/NoOrganisation.tsx';
import { OrganisationPage } from './components/OrganisationPage.tsx';
import { OrganisationPicker } from './components/OrganisationPicker.tsx';
import { useOrganisations } from './queries.ts';

/** The application: the header, then the chosen organisation (the first one unless the user picks another). */
export function App() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [chosenId, setChosenId] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  let content;
  if (organisations.isError) {
    content = <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />;
  } else if (!organisations.data) {
    content = <LoadingState />;
  } else if (organisations.data.length === 0) {
    content = <NoOrganisation onReload={() => void organisations.refetch()} />;
  } else {
    const list = organisations.data;
    const organisation = list.find((o) => o.id === chosenId) ?? list[0]!;
    content = (
      <OrganisationPage
        key={organisation.id}
        organisation={organisation}
        picker={list.length > 1 ? <OrganisationPicker organisations={list} value={organisation.id} onChange={setChosenId} /> : null}
      />
    );
  }

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Main className="tl-main">
        <Container size="xl" py="md" px={{ base: 0, sm: 'md' }}>
          {content}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
