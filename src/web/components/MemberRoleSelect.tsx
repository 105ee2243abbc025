import { Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Member } from '../access.ts';
import { isApiError } from '../http.ts';
import { changeMemberRole } from '../members-api.ts';
import { SESSION_KEY } from '../queries.ts';

/** An owner changes a member's role in place; the last owner cannot step down. */
export function MemberRoleSelect({ organisationId, member, isSelf }: { organisationId: string; member: Member; isSelf: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (role: Member['role']) => changeMemberRole(organisationId, member.userId, role),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'members'] });
      // One's own role is part of the session: the page shows what the new role allows.
      if (isSelf) await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const error = mutation.error
    ? isApiError(mutation.error, 409)
      ? t('members.lastOwner')
      : t('form.failed')
    : undefined;
  return (
    <Select
      aria-label={t('members.roleOf', { name: member.displayName })}
      data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      value={mutation.isPending && mutation.variables ? mutation.variables : member.role}
      onChange={(value) => {
        if (isRole(value) && value !== member.role) mutation.mutate(value);
      }}
      allowDeselect={false}
      disabled={mutation.isPending}
      error={error}
      size="xs"
      w={140}
      data-testid="member-role-select"
    />
  );
}
