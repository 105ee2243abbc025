import { Anchor, Badge, Button, Card, Chip, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../access.ts';
import { problemErrors } from '../form-errors.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { useSignals } from '../queries.ts';
import { acknowledgeSignal, SIGNAL_KINDS, type Severity, type Signal, type SignalKind } from '../signals-api.ts';
import { canEdit } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { SignalBreachAction } from './SignalBreachAction.tsx';

const FIRST = 8;
const SEVERITY_COLOR: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'gray' };

/**
 * What needs attention: the organisation's signals, most important first, each with what to do
 * and a link to its relation — or, given a relation, only the signals about it. Editors and owners
 * acknowledge one; it returns if its cause grows.
 */
export function SignalInbox({ membership, relationId }: { membership: Membership; relationId?: string }) {
  const { t } = useTranslation();
  const signals = useSignals(membership.organisationId);
  const [kind, setKind] = useState<SignalKind | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [acknowledging, setAcknowledging] = useState<Signal | null>(null);
  const editable = canEdit(membership);

  const items = useMemo(
    () => (signals.data ?? []).filter((item) => relationId === undefined || item.relationId === relationId),
    [signals.data, relationId],
  );
  const kinds = useMemo(() => SIGNAL_KINDS.filter((k) => items.some((item) => item.kind === k)), [items]);
  const chosen = kind !== null && kinds.includes(kind) ? kind : null;
  const filtered = chosen === null ? items : items.filter((item) => item.kind === chosen);
  const shown = showAll ? filtered : filtered.slice(0, FIRST);

  let body;
  if (signals.isError) {
    body = <ErrorState error={signals.error} onRetry={() => void signals.refetch()} />;
  } else if (!signals.data) {
    body = (
      <Text c="dimmed" fz="sm">
        {t('signals.loading')}
      </Text>
    );
  } else if (items.length === 0) {
    body = (
      <Text c="dimmed" fz="sm" data-testid="signals-empty">
        {relationId === undefined ? t('signals.empty') : t('signals.relationEmpty')}
      </Text>
    );
  } else {
    body = (
      <Stack gap="sm">
        {kinds.length > 1 ? (
          <Chip.Group multiple={false} value={chosen ?? 'all'} onChange={(value) => setKind(value === 'all' ? null : (value as SignalKind))}>
            <Group gap={6} role="group" aria-label={t('signals.filterLabel')}>
              <Chip value="all" size="xs">
                {t('signals.all')}
              </Chip>
              {kinds.map((k) => (
                <Chip key={k} value={k} size="xs">
                  {t(`signalKind.${k}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        ) : null}
        <ul className="tl-signals" data-testid="signals-list">
          {shown.map((item) => (
            <SignalRow
              key={item.key}
              signal={item}
              onAcknowledge={editable ? () => setAcknowledging(item) : null}
              breachAction={<SignalBreachAction signal={item} membership={membership} />}
            />
          ))}
        </ul>
        {filtered.length > FIRST ? (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setShowAll((all) => !all)}>
              {showAll ? t('signals.showFewer') : t('signals.showAll', { count: filtered.length })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="signals-title" data-testid="signals">
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={3} fz="h4" id="signals-title">
          {relationId === undefined ? t('signals.title') : t('signals.relationTitle')}
        </Title>
        {signals.data && items.length > 0 ? (
          <Text c="dimmed" fz="sm">
            {t('signals.count', { count: items.length })}
          </Text>
        ) : null}
      </Group>
      {body}
      <Modal opened={acknowledging !== null} onClose={() => setAcknowledging(null)} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} title={t('signals.acknowledgeTitle')} centered>
        {acknowledging ? (
          <AcknowledgeForm
            key={acknowledging.key}
            organisationId={membership.organisationId}
            signal={acknowledging}
            onDone={() => setAcknowledging(null)}
          />
        ) : null}
      </Modal>
    </Card>
  );
}

function SignalRow({ signal, onAcknowledge, breachAction }: { signal: Signal; onAcknowledge: (() => void) | null; breachAction: ReactNode }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const title = localized(signal.title);
  return (
    <li className="tl-signal" data-testid="signal" data-kind={signal.kind}>
      <Badge color={SEVERITY_COLOR[signal.severity]} variant="light" size="sm" radius="sm" tt="none" className="tl-signal-badge">
        {t(`severity.${signal.severity}`)}
      </Badge>
      <div className="tl-signal-text">
        <Text fz="sm" fw={600}>
          {signal.relationId ? (
            <Anchor
              fz="sm"
              fw={600}
              renderRoot={(props) => <Link {...props} to="/relations/$relationId" params={{ relationId: signal.relationId! }} />}
            >
              {title}
            </Anchor>
          ) : (
            title
          )}
        </Text>
        <Text fz="sm" c="dimmed">
          {localized(signal.action)}
        </Text>
      </div>
      {breachAction}
      {onAcknowledge ? (
        <Button variant="default" size="xs" onClick={onAcknowledge} aria-label={t('signals.acknowledgeNamed', { title })} className="tl-signal-action">
          {t('signals.acknowledge')}
        </Button>
      ) : null}
    </li>
  );
}

function AcknowledgeForm({ organisationId, signal, onDone }: { organisationId: string; signal: Signal; onDone: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const acknowledge = useMutation({
    mutationFn: () => acknowledgeSignal(organisationId, note.trim() ? { key: signal.key, note: note.trim() } : { key: signal.key }),
    onSuccess: async () => {
      queryClient.setQueryData<Signal[]>(['organisations', organisationId, 'signals'], (items) => items?.filter((item) => item.key !== signal.key));
      notify((t) => t('signals.acknowledgedNotice'), (t) => t('signals.acknowledgedDetail'));
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'signals'] });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, ['note'] as const);
      setError(found.fields.note ?? found.general);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    acknowledge.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fz="sm" fw={600}>
          {localized(signal.title)}
        </Text>
        <Text fz="sm">{t('signals.acknowledgeIntro')}</Text>
        <Textarea
          label={t('signals.note')}
          placeholder={t('signals.notePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={error}
          maxLength={1000}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={acknowledge.isPending}>
            {t('signals.acknowledgeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
