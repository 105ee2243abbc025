import { Badge, Button, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { checkRequired, problemErrors } from '../form-errors.ts';
import { setPhaseOverride, type Phase } from '../ledger-api.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { refreshFigures } from '../queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';

const PHASES = ['calculative', 'cognitive', 'value_based'] as const satisfies readonly Phase[];
const INFERRED = 'inferred';

/** The phase in force and its scope, why the figures point there, and (editors) a phase set by hand. */
export function PhasePanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { membership } = useWorkspace();
  const view = account.phase;
  const headingId = `phase-${account.direction}`;
  return (
    <section aria-labelledby={headingId} data-testid={`phase-${account.direction}`}>
      <Text fw={600} fz="sm" id={headingId} mb={6}>
        {t('phase.title')}
      </Text>
      <Group gap="xs" mb={6}>
        <Badge variant="filled" color="indigo" tt="none" size="lg" radius="sm">
          {t('phase.current', { phase: t(`phaseName.${view.phase}`) })}
        </Badge>
        <Badge variant="light" color="gray" tt="none" radius="sm">
          {t('phase.scopeOf', { scope: t(`scopeName.${view.scope}`) })}
        </Badge>
        <Badge variant="outline" color={view.source === 'override' ? 'orange' : 'gray'} tt="none" radius="sm">
          {view.source === 'override' ? t('phase.override') : t('phase.inferred')}
        </Badge>
      </Group>
      {view.override ? (
        <Text fz="sm" mb={4}>
          {t('phase.overrideReason', { reason: view.override.reason })}{' '}
          <Text span c="dimmed" fz="sm">
            {t('phase.inferredWas', { phase: t(`phaseName.${view.inferred.phase}`).toLocaleLowerCase() })}
          </Text>
        </Text>
      ) : null}
      {view.inferred.reasons.length > 0 ? (
        <>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('phase.reasons')}
          </Text>
          <List fz="sm" spacing={2} size="sm">
            {view.inferred.reasons.map((reason) => (
              <List.Item key={reason.code}>{localized(reason.text)}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      {canEdit(membership) ? <OverrideForm account={account} /> : null}
    </section>
  );
}

function OverrideForm({ account }: { account: Account }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<string>(account.phase.override?.phase ?? INFERRED);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ phase?: string; reason?: string; general?: string | null }>({});
  const save = useMutation({
    mutationFn: () => setPhaseOverride(membership.organisationId, account.id, phase === INFERRED ? null : (phase as Phase), reason.trim()),
    onSuccess: async () => {
      setReason('');
      setErrors({});
      notify((t) => t('phase.saved'));
      await refreshFigures(queryClient, membership.organisationId);
    },
    onError: (error) => {
      const found = problemErrors(t, error, ['phase', 'reason'] as const);
      setErrors({ ...found.fields, general: found.general });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = checkRequired(t, reason);
    if (missing) setErrors({ reason: missing });
    else save.mutate();
  };
  const options = [
    ...PHASES.map((p) => ({ value: p, label: t(`phaseName.${p}`) })),
    { value: INFERRED, label: t('phase.followInferred', { phase: t(`phaseName.${account.phase.inferred.phase}`).toLocaleLowerCase() }) },
  ];
  return (
    <form onSubmit={submit} noValidate aria-label={t('phase.formTitle')} data-testid={`override-${account.direction}`}>
      <Stack gap={6} mt="sm">
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('phase.formTitle')}
        </Text>
        <Group align="flex-start" gap="xs" grow preventGrowOverflow={false} wrap="wrap">
          <Select
            label={t('phase.formPhase')}
            data={options}
            value={phase}
            onChange={(value) => setPhase(value ?? INFERRED)}
            allowDeselect={false}
            error={errors.phase}
            size="xs"
            miw={160}
          />
          <TextInput
            label={t('phase.formReason')}
            placeholder={t('phase.formReasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            required
            size="xs"
            miw={180}
          />
        </Group>
        {errors.general ? (
          <Text c="red.9" fz="sm" role="alert">
            {errors.general}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" size="xs" variant="light" loading={save.isPending}>
            {t('phase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
