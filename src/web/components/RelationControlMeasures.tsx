import { Alert, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_KINDS, type ControlKind } from '../../domain/control-measures.ts';
import { addControlMeasure, endControlMeasure, listControlMeasures } from '../control-measures-api.ts';
import { hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { useFormat } from '../format.ts';
import { useToday } from '../today.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';

type Field = 'kind' | 'description' | 'yearlyEuros' | 'yearlyHours' | 'startedOn';
const FIELDS: readonly Field[] = ['kind', 'description', 'yearlyEuros', 'yearlyHours', 'startedOn'];

/**
 * What this relation costs in control each year — checks, approvals, audits, clauses, monitoring,
 * legal work — ended measures kept; editors add a measure or end one. The statement sets it
 * against trust.
 */
export function RelationControlMeasures({ relationId, archived }: { relationId: string; archived: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { membership } = useWorkspace();
  const organisationId = membership.organisationId;
  const queryClient = useQueryClient();
  const key = ['organisations', organisationId, 'control-measures', relationId] as const;
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => listControlMeasures(organisationId, relationId, signal) });
  const today = useToday(organisationId);
  const editable = canEdit(membership) && !archived;

  const [kind, setKind] = useState<ControlKind | null>(null);
  const [description, setDescription] = useState('');
  const [euros, setEuros] = useState<number | string>('');
  const [hours, setHours] = useState<number | string>('');
  const [startedOn, setStartedOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: () =>
      addControlMeasure(organisationId, relationId, {
        kind: kind!,
        description: description.trim(),
        yearlyEuros: euros === '' ? null : Number(euros),
        yearlyHours: hours === '' ? null : Number(hours),
        startedOn: startedOn || today,
      }),
    onSuccess: async () => {
      setKind(null);
      setDescription('');
      setEuros('');
      setHours('');
      setStartedOn('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });
  const end = useMutation({
    mutationFn: (id: string) => endControlMeasure(organisationId, relationId, id, today),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors<Field> = {
      kind: kind ? undefined : t('form.required'),
      description: description.trim() ? undefined : t('form.required'),
      yearlyEuros: euros === '' && hours === '' ? t('controlMeasures.costRequired') : undefined,
    };
    setErrors(next);
    setGeneral(null);
    if (!hasErrors(next)) add.mutate();
  };

  let body;
  if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (!list.data) body = <LoadingState />;
  else if (list.data.length === 0)
    body = (
      <Text c="dimmed" fz="sm" data-testid="control-measures-empty">
        {t('controlMeasures.empty')}
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={560}>
        <Table data-testid="control-measures" aria-label={t('controlMeasures.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('controlMeasures.kindLabel')}</Table.Th>
              <Table.Th>{t('controlMeasures.description')}</Table.Th>
              <Table.Th ta="right">{t('controlMeasures.euros')}</Table.Th>
              <Table.Th ta="right">{t('controlMeasures.hours')}</Table.Th>
              <Table.Th>{t('controlMeasures.period')}</Table.Th>
              {editable ? <Table.Th aria-label={t('controlMeasures.actions')} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((m) => (
              <Table.Tr key={m.id} data-ended={m.endedOn !== null}>
                <Table.Td>{t(`controlMeasures.kind.${m.kind}`)}</Table.Td>
                <Table.Td>{m.description}</Table.Td>
                <Table.Td ta="right" className="tl-number">{m.yearlyEuros === null ? '–' : format.count(m.yearlyEuros)}</Table.Td>
                <Table.Td ta="right" className="tl-number">{m.yearlyHours === null ? '–' : format.count(m.yearlyHours)}</Table.Td>
                <Table.Td>
                  {m.endedOn === null ? t('controlMeasures.since', { date: format.date(m.startedOn) }) : t('controlMeasures.between', { from: format.date(m.startedOn), to: format.date(m.endedOn) })}
                </Table.Td>
                {editable ? (
                  <Table.Td>
                    {m.endedOn === null ? (
                      <Button size="xs" variant="subtle" loading={end.isPending && end.variables === m.id} onClick={() => end.mutate(m.id)}>
                        {t('controlMeasures.end')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="control-measures-title" data-testid="relation-control-measures">
      <Title order={3} fz="h4" id="control-measures-title">
        {t('controlMeasures.title')}
      </Title>
      <Text fz="sm" c="dimmed" maw={720} mb="sm">
        {t('controlMeasures.intro')}
      </Text>
      {body}
      {editable ? (
        <form onSubmit={submit} noValidate data-testid="control-measure-form">
          <Stack gap="sm" mt="md">
            {general ? <Alert color="red">{general}</Alert> : null}
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                label={t('controlMeasures.kindLabel')}
                data={CONTROL_KINDS.map((k) => ({ value: k, label: t(`controlMeasures.kind.${k}`) }))}
                value={kind}
                onChange={(value) => setKind(value as ControlKind | null)}
                error={errors.kind}
                required
                miw={200}
              />
              <TextInput label={t('controlMeasures.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} required miw={260} />
              <NumberInput label={t('controlMeasures.euros')} value={euros} onChange={setEuros} min={0} allowDecimal={false} error={errors.yearlyEuros} w={140} />
              <NumberInput label={t('controlMeasures.hours')} value={hours} onChange={setHours} min={0} allowDecimal={false} error={errors.yearlyHours} w={120} />
              <TextInput type="date" label={t('controlMeasures.startedOn')} value={startedOn || today} onChange={(e) => setStartedOn(e.currentTarget.value)} error={errors.startedOn} miw={160} />
            </Group>
            <Group>
              <Button type="submit" variant="light" loading={add.isPending} data-testid="control-measure-add">
                {t('controlMeasures.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
