import { Anchor, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http.ts';
import { usePageTitle } from '../page-title.ts';
import { useInstruments } from '../scan-queries.ts';
import type { Instrument } from '../scans-api.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { InstrumentEditor, type EditorTarget } from './InstrumentEditor.tsx';
import { InstrumentStatements } from './InstrumentStatements.tsx';
import { LoadingState } from './LoadingState.tsx';
import { ScanKindBadge } from './ScanBadges.tsx';
import './scans.css';

/**
 * The questionnaires a scan can use: the three standard instruments and the organisation's own
 * adaptations, newest version each. Editors copy one to reword it; each change is a new version,
 * and a scan keeps the version it was prepared with.
 */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const organisationId = membership.organisationId;
  const editable = canEdit(membership);
  const instruments = useInstruments(organisationId);
  const [editing, setEditing] = useState<EditorTarget | null>(null);

  usePageTitle(t('scans.instruments.title'));

  const refused = isApiError(instruments.error, 403) || isApiError(instruments.error, 404);
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (instruments.isError) body = <ErrorState error={instruments.error} onRetry={() => void instruments.refetch()} />;
  else if (!instruments.data) body = <LoadingState />;
  else {
    const standard = instruments.data.filter((i) => i.standard);
    const own = instruments.data.filter((i) => !i.standard);
    body = (
      <>
        <section aria-labelledby="instruments-standard">
          <Title order={3} fz="h4" id="instruments-standard" mb="sm">
            {t('scans.instruments.standardTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {standard.map((instrument) => (
              <InstrumentCard key={instrument.id} instrument={instrument} editable={editable} onEdit={setEditing} />
            ))}
          </SimpleGrid>
        </section>
        <section aria-labelledby="instruments-own">
          <Title order={3} fz="h4" id="instruments-own" mb="sm">
            {t('scans.instruments.ownTitle')}
          </Title>
          {own.length === 0 ? (
            <Text c="dimmed" className="tl-empty" data-testid="instruments-own-none">
              {editable ? t('scans.instruments.ownNone') : t('scans.instruments.ownNoneViewer')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" data-testid="instruments-own">
              {own.map((instrument) => (
                <InstrumentCard key={instrument.id} instrument={instrument} editable={editable} onEdit={setEditing} />
              ))}
            </SimpleGrid>
          )}
        </section>
      </>
    );
  }

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to="/scans" fz="sm">
          {`← ${t('scans.title')}`}
        </Anchor>
        <Title order={2} fz="h2">
          {t('scans.instruments.title')}
        </Title>
        <Text c="dimmed" fz="sm" maw={760}>
          {t('scans.instruments.intro')}
        </Text>
        <Text c="dimmed" fz="sm" maw={760} mt={4}>
          {t('scans.instruments.frozen')}
        </Text>
      </div>
      {body}
      {editable ? <InstrumentEditor target={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function InstrumentCard({ instrument, editable, onEdit }: { instrument: Instrument; editable: boolean; onEdit: (target: EditorTarget) => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const name = instrument.standard ? t(`scans.instruments.standardName.${instrument.kind}`) : (instrument.name ?? '');
  const statementsId = `instrument-${instrument.id}-statements`;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={name}
      className={shown ? 'tl-instrument-open' : undefined}
      data-testid="instrument-card"
      data-instrument-id={instrument.id}
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} fz="md" data-testid="instrument-name">
            {name}
          </Title>
          <ScanKindBadge kind={instrument.kind} />
        </Group>
        <Text fz="xs" c="dimmed" data-testid="instrument-version">
          {instrument.standard
            ? t('scans.instruments.standardMeta', { count: instrument.statements.length })
            : t('scans.instruments.ownMeta', { version: instrument.version, count: instrument.statements.length })}
        </Text>
        <Text fz="sm">{t(`scans.kindHint.${instrument.kind}`)}</Text>
        <Group gap="xs" mt={4}>
          <Button variant="default" size="xs" onClick={() => setShown((now) => !now)} aria-expanded={shown} aria-controls={statementsId} data-testid="instrument-show">
            {shown ? t('scans.instruments.hideStatements') : t('scans.instruments.showStatements')}
          </Button>
          {editable ? (
            <Button variant="default" size="xs" onClick={() => onEdit({ kind: 'copy', instrument })} data-testid="instrument-copy">
              {t('scans.instruments.copy')}
            </Button>
          ) : null}
          {editable && !instrument.standard ? (
            <Button variant="default" size="xs" onClick={() => onEdit({ kind: 'revise', instrument })} data-testid="instrument-revise">
              {t('scans.instruments.revise')}
            </Button>
          ) : null}
        </Group>
        <Collapse expanded={shown} id={statementsId}>
          {shown ? <InstrumentStatements statements={instrument.statements} openQuestion={instrument.openQuestion} /> : null}
        </Collapse>
      </Stack>
    </Card>
  );
}
