import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../access.ts';

const ROLE_COLOR: Record<Role, string> = { owner: 'teal', editor: 'blue', viewer: 'gray' };

/** A user's role in an organisation, as a small word. */
export function RoleBadge({ role, size = 'sm' }: { role: Role; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLOR[role]} variant="light" size={size} radius="sm" tt="none" data-role={role} className="tl-role">
      {t(`role.${role}`)}
    </Badge>
  );
}
