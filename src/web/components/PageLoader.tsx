import { Center, Loader, Stack, Text } from '@mantine/core';

/** A quiet wait before there is anything to show (who is signed in, what an invitation says). */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center mih={240} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" fz="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
