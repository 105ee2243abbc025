import { Notification, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dismissNotice, useNotices } from '../notices.ts';

/** The page's confirmations, announced politely to screen readers. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  return (
    <Stack className="tl-notices" gap="xs" role="status" aria-live="polite">
      {notices.map((notice) => (
        <Notification
          key={notice.id}
          title={notice.title(t)}
          color="green"
          withBorder
          closeButtonProps={{ 'aria-label': t('common.close') }}
          onClose={() => dismissNotice(notice.id)}
          data-testid="notice"
        >
          {notice.message?.(t)}
        </Notification>
      ))}
    </Stack>
  );
}
