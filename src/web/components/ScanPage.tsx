import { Anchor, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { useScan } from '../scan-queries.ts';
import { memberNames, useTargetLabel } from '../scan-target.ts';
import type { Scan } from '../scans-api.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { InstrumentStatements } from './InstrumentStatements.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ScanActions } from './ScanActions.tsx';
import { ScanKindBadge, ScanStatusBadge } from './ScanBadges.tsx';
import { ScanForm } from './ScanForm.tsx';
import { ScanInvitations } from './ScanInvitations.tsx';
import { ScanResults } from './ScanResults.tsx';
import './scans.css';

/**
 * One trust scan: where it is in its life and what an editor can do next, whom it asks, when,
 * with which frozen version of its instrument; its links while it takes answers, and its results
 * once it has closed.
 */
export function ScanPage() {
  const { t } = useTranslation();
  const { scanId } = useParams({ from: '/scans/$scanId' });
  const { membership, onAccessChanged } = useWorkspace();
  const organisationId = membership.organisationId;
  const scan = useScan(organisationId, scanId);

  usePageTitle(scan.data?.title ?? t('scans.title'));

  const refused = isApiError(scan.error, 403);
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (isApiError(scan.error, 404)) {
    body = (
      <Stack gap="xs" align="flex-start" className="tl-empty" data-testid="scan-not-found">
        <Title order={2} fz="h3">
          {t('scans.notFoundTitle')}
        </Title>
        <Text c="dimmed">{t('scans.notFound')}</Text>
      </Stack>
    );
  } else if (scan.isError) body = <ErrorState error={scan.error} onRetry={() => void scan.refetch()} />;
  else if (!scan.data) body = <LoadingState />;
  else body = <ScanDetail key={scan.data.id} scan={scan.data} />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/scans" fz="sm" data-testid="scan-back">
          {`← ${t('scans.title')}`}
        </Anchor>
      </div>
      {body}
    </Stack>
  );
}

function ScanDetail({ scan }: { scan: Scan }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const organisationId = membership.organisationId;
  const editable = canEdit(membership);
  const stakeholders = useStakeholders(organisationId);
  const targetLabel = useTargetLabel(stakeholders.data);
  const [editing, setEditing] = useState(false);
  const [showStatements, setShowStatements] = useState(false);
  const [showMembers, setShowMembers] = useState(false);

  const names = useMemo(() => new Map((stakeholders.data ?? []).map((s) => [s.id, s.name])), [stakeholders.data]);
  const members = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return memberNames(scan.members, stakeholders.data, (a, b) => collator.compare(a, b));
  }, [scan.members, stakeholders.data, i18n.language]);
  const instrumentName = scan.instrument.name ?? t('scans.instrument.standard');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={2} fz="h2" data-testid="scan-title">
            {scan.title}
          </Title>
          <ScanStatusBadge status={scan.status} />
          <ScanKindBadge kind={scan.kind} />
        </Group>
        <Text fz="sm" c="dimmed" maw={720}>
          {t(`scans.statusHint.${scan.status}`)}
        </Text>
        {editable ? <ScanActions organisationId={organisationId} scan={scan} onEdit={() => setEditing(true)} /> : null}
      </Stack>

      <Card withBorder padding="lg" component="section" aria-labelledby="scan-facts-title">
        <Title order={3} fz="h4" id="scan-facts-title" mb="sm">
          {t('scans.facts.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="md" component="dl" className="tl-scan-facts" data-testid="scan-facts">
          <Fact label={t('scans.facts.target')}>
            <Text fz="sm" data-testid="scan-target">
              {targetLabel(scan.target)}
            </Text>
            <Text fz="xs" c="dimmed">
              {t(`scans.targetType.${scan.target.type}`)}
              {scan.target.type === 'stakeholder' ? '' : ` · ${t('scans.members', { count: scan.members.length })}`}
            </Text>
            {scan.target.type !== 'stakeholder' && members.length > 0 ? (
              <>
                <Button variant="subtle" size="compact-xs" px={0} onClick={() => setShowMembers((shown) => !shown)} aria-expanded={showMembers}>
                  {showMembers ? t('scans.facts.hideMembers') : t('scans.facts.showMembers')}
                </Button>
                <Collapse expanded={showMembers}>
                  <Text fz="xs" data-testid="scan-members">
                    {members.join(', ')}
                  </Text>
                </Collapse>
              </>
            ) : null}
          </Fact>
          <Fact label={t('scans.facts.dates')}>
            <Text fz="sm" data-testid="scan-dates">
              {t('scans.runs', { opens: format.date(scan.opensOn), closes: format.date(scan.closesOn) })}
            </Text>
          </Fact>
          <Fact label={t('scans.facts.minimum')}>
            <Text fz="sm" data-testid="scan-minimum">
              {t('scans.facts.minimumValue', { count: scan.minResponses })}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('scans.facts.minimumHint')}
            </Text>
          </Fact>
          <Fact label={t('scans.facts.links')}>
            <Text fz="sm" className="tl-number" data-testid="scan-links-issued-count">
              {format.count(scan.invitationsIssued)}
            </Text>
          </Fact>
          <Fact label={t('scans.facts.responses')}>
            <Text fz="sm" className="tl-number" data-testid="scan-response-count">
              {format.count(scan.responses)}
              {scan.responseRate === null ? '' : ` (${t('scans.rate', { value: format.count(Math.round(scan.responseRate * 100)) })})`}
            </Text>
          </Fact>
          <Fact label={t('scans.facts.instrument')}>
            <Text fz="sm" data-testid="scan-instrument">
              {t('scans.facts.instrumentValue', { name: instrumentName, version: scan.instrument.version })}
            </Text>
            <Text fz="xs" c="dimmed">
              {scan.status === 'draft' ? t('scans.facts.instrumentDraft') : t('scans.facts.instrumentFrozen')}
            </Text>
          </Fact>
        </SimpleGrid>
        <Group mt="md">
          <Button
            variant="default"
            size="xs"
            onClick={() => setShowStatements((shown) => !shown)}
            aria-expanded={showStatements}
            aria-controls="scan-statements"
            data-testid="scan-show-statements"
          >
            {showStatements ? t('scans.facts.hideStatements') : t('scans.facts.showStatements', { count: scan.instrument.statements.length })}
          </Button>
        </Group>
        <Collapse expanded={showStatements} id="scan-statements">
          {showStatements ? (
            <div className="tl-scan-statements">
              <InstrumentStatements statements={scan.instrument.statements} openQuestion={scan.instrument.openQuestion} />
            </div>
          ) : null}
        </Collapse>
      </Card>

      {editable && scan.status !== 'closed' ? (
        <ScanInvitations organisationId={organisationId} organisationName={membership.organisationName} scan={scan} names={names} />
      ) : null}

      {scan.status === 'closed' ? <ScanResults organisationId={organisationId} scan={scan} canEdit={editable} /> : null}

      {editable && scan.status === 'draft' ? <ScanForm opened={editing} scan={scan} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
