import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../access.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import { ChevronIcon } from './ChevronIcon.tsx';

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => [...word][0]!.toLocaleUpperCase()).join('') || '?';
}

/** The signed-in user in the header: their name, and a menu to open the settings, change the password or sign out. */
export function UserMenu({ user, onSignOut, signingOut }: { user: SessionUser; onSignOut: () => void; signingOut: boolean }) {
  const { t } = useTranslation();
  const [passwordOpen, password] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" width={240} withinPortal shadow="md">
        <Menu.Target>
          <UnstyledButton className="tl-user-button" aria-label={t('account.menu', { name: user.displayName })} data-testid="user-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar size={30} radius="xl" color="teal" aria-hidden="true">
                {initials(user.displayName)}
              </Avatar>
              <Text fz="sm" fw={500} truncate maw={180} visibleFrom="sm">
                {user.displayName}
              </Text>
              <Text component="span" c="dimmed" lh={0}>
                <ChevronIcon />
              </Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text fz="sm" fw={600} c="dark" truncate>
              {user.displayName}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {user.email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item component={Link} to="/settings" data-testid="settings-link">
            {t('settings.title')}
          </Menu.Item>
          <Menu.Item onClick={password.open}>{t('account.changePassword')}</Menu.Item>
          <Menu.Item onClick={onSignOut} disabled={signingOut}>
            {t('account.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpen} onClose={password.close} />
    </>
  );
}
