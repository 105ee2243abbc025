import { AppShell, Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader.tsx';

/** The frame of every page: the header bar above, the content below. */
export function PageFrame({ account = null, children }: { account?: ReactNode; children: ReactNode }) {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <AppHeader account={account} />
      </AppShell.Header>
      <AppShell.Main className="tl-main">
        <Container size="xl" py="md" px={{ base: 0, sm: 'md' }}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
