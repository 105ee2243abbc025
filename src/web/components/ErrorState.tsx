import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http.ts';

/** A failed request in plain words, what to do about it, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const unreachable = apiError === null || apiError.kind === 'unreachable';
  const notFound = apiError?.status === 404;
  const forbidden = apiError?.status === 403;
  const title = unreachable
    ? t('error.unreachableTitle')
    : notFound
      ? t('error.notFoundTitle')
      : forbidden
        ? t('error.forbiddenTitle')
        : t('error.serverTitle');
  const advice = unreachable
    ? t('error.unreachable')
    : notFound
      ? t('error.notFound')
      : forbidden
        ? t('error.forbidden')
        : t('error.server', { status: apiError?.status ?? '?' });
  const detail = apiError?.problem?.detail ?? apiError?.problem?.title;
  return (
    <Alert color={unreachable ? 'orange' : 'red'} variant="light" title={title} role="alert" maw={720}>
      <Stack gap="sm" align="flex-start">
        <Text fz="sm">{advice}</Text>
        {detail && !unreachable ? (
          <Text fz="xs" c="dimmed">
            {t('error.detail', { detail })}
          </Text>
        ) : null}
        <Button variant="white" color={unreachable ? 'orange' : 'red'} onClick={onRetry}>
          {t('error.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
