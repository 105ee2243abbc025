import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The narrow card the pages before the application use: sign in, set up, accept an invitation. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }} maw={460} mx="auto" mt={{ base: 'md', sm: 48 }} component="section" aria-labelledby="auth-title">
      <Stack gap="lg">
        <div>
          <Title order={2} fz="h3" id="auth-title">
            {title}
          </Title>
          {intro ? (
            <Text c="dimmed" fz="sm" mt={6} component="div">
              {intro}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
