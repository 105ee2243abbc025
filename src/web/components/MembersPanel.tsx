import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Membership } from '../access.ts';
import { useFormat } from '../format.ts';
import { ApiError } from '../http.ts';
import { useMembers } from '../queries.ts';
import { EmailAddress } from './EmailAddress.tsx';
import { ErrorState } from './ErrorState.tsx';
import { InviteMember } from './InviteMember.tsx';
import { MemberRoleSelect } from './MemberRoleSelect.tsx';
import { RemoveMemberModal } from './RemoveMemberModal.tsx';
import { RoleBadge } from './RoleBadge.tsx';

/**
 * Who has access to the organisation and in which role. Owners invite and remove; everyone else
 * sees the list only (or nothing, when the server does not show it to their role).
 */
export function MembersPanel({ membership, userId }: { membership: Membership; userId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers(membership.organisationId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const isOwner = membership.role === 'owner';

  if (members.isError && members.error instanceof ApiError && members.error.status === 403) return null;

  let body;
  if (members.isError) {
    body = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  } else if (!members.data) {
    body = (
      <Text c="dimmed" fz="sm" role="status">
        {t('members.loading')}
      </Text>
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={300} type="native">
        <Table aria-label={t('members.tableLabel')} verticalSpacing={8} horizontalSpacing="xs" className="tl-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('members.name')}</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                {t('members.since')}
              </Table.Th>
              <Table.Th scope="col">{t('members.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.userId} data-testid="member-row">
                <Table.Th scope="row" fw={600} fz="sm">
                  {member.displayName}
                  {member.userId === userId ? (
                    <Text component="span" c="dimmed" fz="xs" fw={400} ml={6}>
                      {t('members.you')}
                    </Text>
                  ) : null}
                  <Text fz="xs" c="dimmed" fw={400} className="tl-member-email">
                    <span className="tl-visually-hidden">{t('members.email')}: </span>
                    <EmailAddress email={member.email} />
                  </Text>
                </Table.Th>
                <Table.Td fz="sm" visibleFrom="sm">
                  {format.date(member.since)}
                </Table.Td>
                <Table.Td>
                  {isOwner ? (
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <MemberRoleSelect organisationId={membership.organisationId} member={member} isSelf={member.userId === userId} />
                      {member.userId === userId ? null : (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          mt={2}
                          onClick={() => setRemoving(member)}
                          aria-label={t('members.removeNamed', { name: member.displayName })}
                        >
                          {t('members.remove')}
                        </Button>
                      )}
                    </Group>
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="members-title" data-testid="members-panel">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <div>
            <Title order={2} fz="h3" id="members-title">
              {t('members.title')}
            </Title>
            <Text c="dimmed" fz="sm">
              {isOwner ? t('members.introOwner') : t('members.intro')}
            </Text>
          </div>
        </Group>
        {body}
        {isOwner ? <InviteMember organisationId={membership.organisationId} /> : null}
      </Stack>
      {isOwner ? (
        <RemoveMemberModal
          organisationId={membership.organisationId}
          organisationName={membership.organisationName}
          member={removing}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </Card>
  );
}
