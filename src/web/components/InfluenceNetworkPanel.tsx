import { ActionIcon, Alert, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../api/schemas.ts';
import { refreshDecisions, useInfluenceNetwork } from '../decision-queries.ts';
import { setInfluenceNetwork, type InfluenceEdge } from '../decisions-api.ts';
import { problemErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';
import { useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { SearchableSelect } from './SearchableSelect.tsx';

const DEFAULT_WEIGHT = 0.3;

/**
 * The influence network: whose view of us moves whose (the regional paper → private customers,
 * 0.3). A dilemma's second-order effects travel along it. Editors and owners add and remove
 * edges and save the whole network at once; viewers read it.
 */
export function InfluenceNetworkPanel({ stakeholders, editable }: { stakeholders: readonly Stakeholder[]; editable: boolean }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const network = useInfluenceNetwork(membership.organisationId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="influence-heading" data-testid="influence-network">
      <div>
        <Title order={3} fz="h3" id="influence-heading">
          {t('decisions.influence.heading')}
        </Title>
        <Text c="dimmed" fz="sm" maw={720}>
          {t('decisions.influence.intro')}
        </Text>
      </div>
      {network.isError ? (
        <ErrorState error={network.error} onRetry={() => void network.refetch()} />
      ) : !network.data ? (
        <Text c="dimmed" fz="sm" role="status">
          {t('loading.label')}
        </Text>
      ) : (
        <NetworkEditor key={JSON.stringify(network.data.edges)} saved={network.data.edges} stakeholders={stakeholders} editable={editable} />
      )}
    </Stack>
  );
}

function NetworkEditor({ saved, stakeholders, editable }: { saved: readonly InfluenceEdge[]; stakeholders: readonly Stakeholder[]; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const [edges, setEdges] = useState<InfluenceEdge[]>([...saved]);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [weight, setWeight] = useState<number | string>(DEFAULT_WEIGHT);
  const [error, setError] = useState<string | null>(null);
  const names = useMemo(() => new Map(stakeholders.map((s) => [s.id, s.name])), [stakeholders]);
  const choices = useMemo(
    () => stakeholders.filter((s) => s.archivedAt === null).map((s) => ({ value: s.id, label: s.name })),
    [stakeholders],
  );
  const changed = JSON.stringify(edges) !== JSON.stringify(saved);

  const save = useMutation({
    mutationFn: () => setInfluenceNetwork(membership.organisationId, edges),
    onSuccess: async () => {
      setError(null);
      notify((t) => t('decisions.influence.saved'));
      await refreshDecisions(queryClient, membership.organisationId);
    },
    onError: (failure) => setError(problemErrors(t, failure, []).general),
  });

  const add = () => {
    const value = Number(weight);
    if (!from || !to) return setError(t('decisions.influence.chooseBoth'));
    if (from === to) return setError(t('decisions.influence.notItself'));
    if (!(value > 0 && value <= 1)) return setError(t('decisions.influence.weightRange'));
    if (edges.some((e) => e.from === from && e.to === to)) return setError(t('decisions.influence.repeated'));
    setEdges([...edges, { from, to, weight: value }]);
    setFrom(null);
    setTo(null);
    setWeight(DEFAULT_WEIGHT);
    setError(null);
  };

  return (
    <Stack gap="sm">
      {edges.length === 0 ? (
        <Text c="dimmed" fz="sm" className="tl-empty" data-testid="influence-none">
          {t('decisions.influence.none')}
        </Text>
      ) : (
        <div className="tl-table-frame">
          <Table.ScrollContainer minWidth={520} type="native">
            <Table aria-label={t('decisions.influence.tableLabel')} verticalSpacing={6} horizontalSpacing="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('decisions.influence.from')}</Table.Th>
                  <Table.Th scope="col">{t('decisions.influence.to')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('decisions.influence.weight')}
                  </Table.Th>
                  {editable ? (
                    <Table.Th scope="col">
                      <span className="tl-visually-hidden">{t('decisions.influence.actions')}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {edges.map((edge) => {
                  const label = t('decisions.influence.edge', { from: names.get(edge.from) ?? '?', to: names.get(edge.to) ?? '?' });
                  return (
                    <Table.Tr key={`${edge.from}>${edge.to}`} data-testid="influence-edge">
                      <Table.Td>{names.get(edge.from) ?? t('decisions.unknownStakeholder')}</Table.Td>
                      <Table.Td>{names.get(edge.to) ?? t('decisions.unknownStakeholder')}</Table.Td>
                      <Table.Td ta="right" className="tl-number">
                        {edge.weight.toLocaleString(i18n.language, { maximumFractionDigits: 2 })}
                      </Table.Td>
                      {editable ? (
                        <Table.Td ta="right" w={48}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('decisions.influence.remove', { edge: label })}
                            onClick={() => setEdges(edges.filter((e) => e !== edge))}
                          >
                            ×
                          </ActionIcon>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
      {editable ? (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <SearchableSelect
              label={t('decisions.influence.from')}
              data={choices}
              value={from}
              onChange={setFrom}
              w={{ base: '100%', sm: 240 }}
              comboboxProps={{ withinPortal: true }}
              data-testid="influence-from"
            />
            <SearchableSelect
              label={t('decisions.influence.to')}
              data={choices}
              value={to}
              onChange={setTo}
              w={{ base: '100%', sm: 240 }}
              comboboxProps={{ withinPortal: true }}
              data-testid="influence-to"
            />
            <NumberInput
              label={t('decisions.influence.weight')}
              description={t('decisions.influence.weightHint')}
              value={weight}
              onChange={setWeight}
              min={0.05}
              max={1}
              step={0.05}
              decimalScale={2}
              w={{ base: '100%', sm: 160 }}
            />
            <Button variant="light" onClick={add} data-testid="influence-add">
              {t('decisions.influence.add')}
            </Button>
          </Group>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button onClick={() => save.mutate()} disabled={!changed} loading={save.isPending} data-testid="influence-save">
              {t('decisions.influence.save')}
            </Button>
            {changed ? (
              <Text fz="sm" c="dimmed">
                {t('decisions.influence.unsaved')}
              </Text>
            ) : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
