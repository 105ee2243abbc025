import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { useLocalized } from '../localized.ts';

/** Compensation advice for each weak or unknown leg: what to expect, what to do, and the deposits that help. */
export function AdvicePanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const advice = account.tripod.advice;
  const headingId = `advice-${account.direction}`;
  return (
    <section aria-labelledby={headingId} data-testid={`advice-${account.direction}`}>
      <Text fw={600} fz="sm" id={headingId} mb={6}>
        {t('advice.title')}
      </Text>
      {advice.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('advice.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {advice.map((item) => (
            <Alert
              key={item.dimension}
              color={item.state === 'weak' ? 'red' : 'gray'}
              variant="light"
              title={t(`advice.${item.state}`, { dimension: t(`dimension.${item.dimension}`).toLocaleLowerCase() })}
            >
              <Text fz="sm">
                <Text span fw={600}>
                  {t('advice.expect')}:{' '}
                </Text>
                {localized(item.expectation)}
              </Text>
              <Text fz="sm" mt={4}>
                <Text span fw={600}>
                  {t('advice.do')}:{' '}
                </Text>
                {localized(item.action)}
              </Text>
              {item.behaviourKeys.map((group) => (
                <div key={group.foundation}>
                  <Text fz="xs" fw={600} mt={6}>
                    {t('advice.keysFor', { foundation: t(`foundation.${group.foundation}`).toLocaleLowerCase() })}
                  </Text>
                  <List fz="sm" size="sm" spacing={0}>
                    {group.keys.map((key) => (
                      <List.Item key={key.en}>{localized(key)}</List.Item>
                    ))}
                  </List>
                </div>
              ))}
            </Alert>
          ))}
        </Stack>
      )}
    </section>
  );
}
