import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedInvitation } from '../access.ts';
import { useFormat } from '../format.ts';
import { invitationLink } from '../members-api.ts';
import { RoleBadge } from './RoleBadge.tsx';

/**
 * The invitation's link, shown this once (the server does not give it again): the owner copies it
 * now and sends it to the person by a channel they trust.
 */
export function InvitationLink({ invitation, onDone }: { invitation: CreatedInvitation; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const link = invitationLink(invitation.token);
  return (
    <Alert color="yellow" variant="light" title={t('invite.linkTitle')} role="status" data-testid="invitation-link">
      <Stack gap="sm">
        <Text fz="sm" fw={600}>
          {t('invite.onlyOnce')}
        </Text>
        <Group gap={6} fz="sm">
          <Text fz="sm">{t('invite.linkFor')}</Text>
          <RoleBadge role={invitation.role} />
          {invitation.email ? <Text fz="sm">{t('invite.linkEmail', { email: invitation.email })}</Text> : null}
          <Text fz="sm" c="dimmed">
            {t('invite.expires', { date: format.date(invitation.expiresAt) })}
          </Text>
        </Group>
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('invite.linkLabel')}
            value={link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
            data-testid="invitation-link-input"
          />
          <CopyButton value={link} timeout={2000}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'dark'} variant={copied ? 'light' : 'filled'} onClick={copy} miw={110}>
                {copied ? t('invite.copied') : t('invite.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('invite.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
