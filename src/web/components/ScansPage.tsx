import { Anchor, Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { useScans } from '../scan-queries.ts';
import { useTargetLabel } from '../scan-target.ts';
import type { Scan } from '../scans-api.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ScanForm } from './ScanForm.tsx';
import { ScanKindBadge, ScanStatusBadge } from './ScanBadges.tsx';
import './scans.css';

/**
 * The organisation's trust scans, newest first: what each asks of whom, where it is in its life
 * and how many have answered. Editors and owners prepare new ones; the instruments are a link away.
 */
export function ScansPage() {
  const { t } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const organisationId = membership.organisationId;
  const editable = canEdit(membership);
  const scans = useScans(organisationId);
  const stakeholders = useStakeholders(organisationId);
  const targetLabel = useTargetLabel(stakeholders.data);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  usePageTitle(t('scans.title'));

  const refused = isApiError(scans.error, 403) || isApiError(scans.error, 404);
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (scans.isError) body = <ErrorState error={scans.error} onRetry={() => void scans.refetch()} />;
  else if (!scans.data) body = <LoadingState />;
  else if (scans.data.length === 0) {
    body = (
      <Stack gap="xs" align="flex-start" className="tl-empty" data-testid="scans-none">
        <Title order={3} fz="h4">
          {t('scans.none')}
        </Title>
        <Text maw={680}>{t('scans.noneWhat')}</Text>
        <Text c="dimmed" maw={680}>
          {t('scans.noneAnonymous')}
        </Text>
        {editable ? (
          <Button onClick={() => setCreating(true)} data-testid="scan-create-first">
            {t('scans.createFirst')}
          </Button>
        ) : (
          <Text c="dimmed" fz="sm">
            {t('scans.noneViewer')}
          </Text>
        )}
      </Stack>
    );
  } else {
    body = (
      <>
        <Box visibleFrom="sm">
          <ScanTable scans={scans.data} targetLabel={targetLabel} />
        </Box>
        <Box hiddenFrom="sm">
          <ScanCards scans={scans.data} targetLabel={targetLabel} />
        </Box>
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={2} fz="h2">
            {t('scans.title')}
          </Title>
          <Text c="dimmed" fz="sm" maw={720}>
            {t('scans.intro')}
          </Text>
          <Anchor component={Link} to="/scans/instruments" fz="sm" data-testid="scans-to-instruments">
            {t('scans.toInstruments')}
          </Anchor>
        </div>
        {editable && scans.data && scans.data.length > 0 ? (
          <Button onClick={() => setCreating(true)} data-testid="scan-create">
            {t('scans.create')}
          </Button>
        ) : null}
      </Group>
      {body}
      {editable ? (
        <ScanForm
          opened={creating}
          scan={null}
          onClose={() => setCreating(false)}
          onSaved={(scan) => {
            setCreating(false);
            void navigate({ to: '/scans/$scanId', params: { scanId: scan.id } });
          }}
        />
      ) : null}
    </Stack>
  );
}

type TargetLabel = (target: Scan['target']) => string;

/** Whom a scan asks, with what kind of target it is and, for a category or group, how many. */
function TargetCell({ scan, targetLabel }: { scan: Scan; targetLabel: TargetLabel }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fz="sm">{targetLabel(scan.target)}</Text>
      <Text fz="xs" c="dimmed">
        {t(`scans.targetType.${scan.target.type}`)}
        {scan.target.type === 'stakeholder' ? '' : ` · ${t('scans.members', { count: scan.members.length })}`}
      </Text>
    </>
  );
}

function useAnswers(): (scan: Scan) => { answers: string; rate: string } {
  const { t } = useTranslation();
  const format = useFormat();
  return (scan) => ({
    answers: t('scans.responsesOf', { count: scan.responses, links: format.count(scan.invitationsIssued) }),
    rate: scan.responseRate === null ? t('scans.noRate') : t('scans.rate', { value: format.count(Math.round(scan.responseRate * 100)) }),
  });
}

/** On a phone: one card per scan instead of a table to swipe through. */
function ScanCards({ scans, targetLabel }: { scans: readonly Scan[]; targetLabel: TargetLabel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answers = useAnswers();
  return (
    <Stack gap="sm" component="ul" className="tl-scan-cards" aria-label={t('scans.tableLabel')}>
      {scans.map((scan) => (
        <Card key={scan.id} withBorder padding="sm" component="li" data-testid="scan-card">
          <Stack gap={4}>
            <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/scans/$scanId" params={{ scanId: scan.id }} />}>
              {scan.title}
            </Anchor>
            <Group gap={6}>
              <ScanStatusBadge status={scan.status} />
              <ScanKindBadge kind={scan.kind} />
            </Group>
            <TargetCell scan={scan} targetLabel={targetLabel} />
            <Text fz="sm">{t('scans.runs', { opens: format.date(scan.opensOn), closes: format.date(scan.closesOn) })}</Text>
            <Text fz="sm">
              {answers(scan).answers} · {answers(scan).rate}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function ScanTable({ scans, targetLabel }: { scans: readonly Scan[]; targetLabel: TargetLabel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answers = useAnswers();
  return (
    <div className="tl-table-frame">
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('scans.tableLabel')} data-testid="scans-table" className="tl-scans-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('scans.column.title')}</Table.Th>
              <Table.Th scope="col">{t('scans.column.kind')}</Table.Th>
              <Table.Th scope="col">{t('scans.column.target')}</Table.Th>
              <Table.Th scope="col">{t('scans.column.status')}</Table.Th>
              <Table.Th scope="col">{t('scans.column.dates')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('scans.column.responses')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('scans.column.rate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scans.map((scan) => (
              <Table.Tr key={scan.id} data-testid="scan-row" data-scan-id={scan.id}>
                <Table.Th scope="row" className="tl-scan-title">
                  <Anchor fw={600} fz="sm" renderRoot={(props) => <Link {...props} to="/scans/$scanId" params={{ scanId: scan.id }} />}>
                    {scan.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <ScanKindBadge kind={scan.kind} />
                </Table.Td>
                <Table.Td>
                  <TargetCell scan={scan} targetLabel={targetLabel} />
                </Table.Td>
                <Table.Td>
                  <ScanStatusBadge status={scan.status} />
                </Table.Td>
                <Table.Td className="tl-nowrap">
                  <Text fz="sm">{t('scans.runs', { opens: format.date(scan.opensOn), closes: format.date(scan.closesOn) })}</Text>
                </Table.Td>
                <Table.Td ta="right" className="tl-number">
                  <Text fz="sm" data-testid="scan-responses">
                    {answers(scan).answers}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tl-number">
                  <Text fz="sm">{answers(scan).rate}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
