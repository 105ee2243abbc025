import { Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../access.ts';
import { breachChanged } from '../breach-queries.ts';
import { breachFromSignal } from '../breaches-api.ts';
import { checkRequired, problemErrors } from '../form-errors.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import type { Signal } from '../signals-api.ts';
import { canEdit } from '../workspace.ts';

/**
 * What a signal about a breach offers in the inbox: accumulating small incidents become a breach
 * in one step (editors; the description prefilled and theirs to change, then the new breach
 * opens), and an overdue repair links to its breach.
 */
export function SignalBreachAction({ signal, membership }: { signal: Signal; membership: Membership }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [turning, setTurning] = useState(false);
  const title = localized(signal.title);
  const breachId = signal.facts['breach'];
  if (signal.kind === 'overdue_repair' && typeof breachId === 'string') {
    return (
      <Anchor
        fz="sm"
        className="tl-signal-action"
        aria-label={t('breaches.signal.openBreachNamed', { title })}
        renderRoot={(props) => <Link {...props} to="/breaches/$breachId" params={{ breachId }} />}
        data-testid="signal-open-breach"
      >
        {t('breaches.signal.openBreach')}
      </Anchor>
    );
  }
  if (signal.kind !== 'small_incidents' || !canEdit(membership)) return null;
  return (
    <>
      <Button variant="light" size="xs" onClick={() => setTurning(true)} aria-label={t('breaches.signal.turnNamed', { title })} className="tl-signal-action" data-testid="signal-turn-into-breach">
        {t('breaches.signal.turn')}
      </Button>
      <Modal opened={turning} onClose={() => setTurning(false)} title={t('breaches.signal.turnTitle')} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} centered>
        {turning ? <TurnIntoBreach organisationId={membership.organisationId} signal={signal} onCancel={() => setTurning(false)} /> : null}
      </Modal>
    </>
  );
}

function TurnIntoBreach({ organisationId, signal, onCancel }: { organisationId: string; signal: Signal; onCancel: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [description, setDescription] = useState(() => localized(signal.title));
  const [error, setError] = useState<string | null>(null);
  const turn = useMutation({
    mutationFn: () => breachFromSignal(organisationId, { signalKey: signal.key, description: description.trim() }),
    onSuccess: async (breach) => {
      notify((t) => t('breaches.form.recorded'), (t) => t('breaches.form.recordedDetail'));
      await breachChanged(queryClient, organisationId, breach);
      void navigate({ to: '/breaches/$breachId', params: { breachId: breach.id } });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, ['description'] as const);
      setError(found.fields.description ?? found.general);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = checkRequired(t, description);
    setError(missing ?? null);
    if (!missing) turn.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="signal-breach-form">
      <Stack gap="sm">
        <Text fz="sm">{t('breaches.signal.turnIntro')}</Text>
        <Textarea
          label={t('breaches.signal.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-autofocus
          data-testid="signal-breach-description"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={turn.isPending} data-testid="signal-breach-submit">
            {t('breaches.signal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
