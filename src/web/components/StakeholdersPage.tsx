import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http.ts';
import { useCategoryLabel } from '../labels.ts';
import { notify } from '../notices.ts';
import { usePageTitle } from '../page-title.ts';
import { refreshStakeholders, useAllRelations, useStakeholders } from '../stakeholder-queries.ts';
import { BY_NAME, choicesInUse, isNarrowed, joinRows, NO_FILTERS, visibleRows, type ListFilters, type ListSort, type StakeholderRow } from '../stakeholder-list.ts';
import type { Stakeholder } from '../../api/schemas.ts';
import { restoreStakeholder } from '../stakeholders-api.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { StakeholderArchiveModal, StakeholderUndoNotice } from './StakeholderArchive.tsx';
import { StakeholderFilters } from './StakeholderFilters.tsx';
import { StakeholderForm, type FormTarget } from './StakeholderForm.tsx';
import { StakeholderGrid } from './StakeholderGrid.tsx';
import { StakeholderListTable, type RowActions } from './StakeholderListTable.tsx';

/**
 * The organisation's stakeholders: a list to search, filter and sort, the power/interest grid of
 * the same selection beside the list's filters (below the list on a phone), and, for editors and owners, adding, changing, archiving and
 * restoring stakeholders.
 */
export function StakeholdersPage() {
  const { t, i18n } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const organisationId = membership.organisationId;
  const editable = canEdit(membership);
  const stakeholders = useStakeholders(organisationId);
  const relations = useAllRelations(organisationId);
  const queryClient = useQueryClient();
  const categoryLabel = useCategoryLabel();

  usePageTitle(t('stakeholderList.title'));

  const refused = [stakeholders.error, relations.error].some((error) => isApiError(error, 403) || isApiError(error, 404));
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [sort, setSort] = useState<ListSort>(BY_NAME);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const [archiving, setArchiving] = useState<Stakeholder | null>(null);
  const [undoable, setUndoable] = useState<Stakeholder | null>(null);

  const context = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return { compare: (a: string, b: string) => collator.compare(a, b), categoryLabel };
  }, [i18n.language, categoryLabel]);
  const rows = useMemo(() => (stakeholders.data && relations.data ? joinRows(stakeholders.data, relations.data) : []), [stakeholders.data, relations.data]);
  const shown = useMemo(() => visibleRows(rows, filters, sort, context), [rows, filters, sort, context]);
  const choices = useMemo(() => choicesInUse(rows, context.compare), [rows, context]);
  const current = rows.filter((row) => !row.archived).length;

  const restore = useMutation({
    mutationFn: (stakeholder: Stakeholder) => restoreStakeholder(organisationId, stakeholder.id),
    onSuccess: async (restored) => {
      setUndoable(null);
      notify((t) => t('stakeholderList.restored', { name: restored.name }));
      await refreshStakeholders(queryClient, organisationId);
    },
    onError: (_failure, stakeholder) => notify((t) => t('stakeholderList.restoreFailed', { name: stakeholder.name })),
  });

  const actions: RowActions | null = editable
    ? {
        onEdit: (row: StakeholderRow) => setFormTarget({ kind: 'edit', stakeholder: row.stakeholder }),
        onArchive: (row: StakeholderRow) => setArchiving(row.stakeholder),
        onRestore: (row: StakeholderRow) => restore.mutate(row.stakeholder),
        restoring: restore.isPending ? (restore.variables?.id ?? null) : null,
      }
    : null;
  const clearFilters = () => setFilters({ ...NO_FILTERS, showArchived: filters.showArchived });

  let body;
  if (stakeholders.isError || relations.isError) {
    body = (
      <ErrorState
        error={stakeholders.error ?? relations.error}
        onRetry={() => {
          if (stakeholders.isError) void stakeholders.refetch();
          if (relations.isError) void relations.refetch();
        }}
      />
    );
  } else if (!stakeholders.data || !relations.data) {
    body = <LoadingState />;
  } else if (rows.length === 0) {
    body = (
      <Stack gap="xs" align="flex-start" className="tl-empty" data-testid="stakeholders-none">
        <Title order={3} fz="h4">
          {t('stakeholderList.none')}
        </Title>
        <Text c="dimmed" maw={640}>
          {t('stakeholderList.noneHint')}
        </Text>
        {editable ? (
          <Button onClick={() => setFormTarget({ kind: 'create' })}>{t('stakeholderList.create')}</Button>
        ) : (
          <Text c="dimmed" fz="sm">
            {t('stakeholderList.noneHintViewer')}
          </Text>
        )}
      </Stack>
    );
  } else {
    body = (
      <div className="tl-stakeholders-layout">
        <div className="tl-area-filters">
          <StakeholderFilters filters={filters} sort={sort} categories={choices.categories} tags={choices.tags} onFilters={setFilters} onSort={setSort} />
        </div>
        <div className="tl-area-grid">
          <StakeholderGrid rows={shown} />
        </div>
        <div className="tl-area-list">
          <Text fz="sm" c="dimmed" mb={6} aria-live="polite" data-testid="stakeholders-shown">
            {t('stakeholderList.shown', { shown: shown.length, total: filters.showArchived ? rows.length : current })}
          </Text>
          {shown.length === 0 ? (
            <Stack gap="xs" align="flex-start" className="tl-empty" data-testid="stakeholders-no-match">
              <Text>{t('stakeholderList.noMatch')}</Text>
              {isNarrowed(filters) ? (
                <Button variant="light" onClick={clearFilters}>
                  {t('stakeholderList.clearFilters')}
                </Button>
              ) : null}
            </Stack>
          ) : (
            <StakeholderListTable rows={shown} actions={actions} />
          )}
          <Text fz="xs" c="dimmed" mt="xs" hiddenFrom="md">
            {t('stakeholders.scrollHint')}
          </Text>
        </div>
      </div>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={2} fz="h2">
            {t('stakeholderList.title')}
          </Title>
          <Text c="dimmed" fz="sm" maw={720}>
            {t('stakeholderList.intro')}
          </Text>
          {stakeholders.data ? (
            <Text fz="sm" data-testid="stakeholders-count">
              {t('stakeholderList.count', { count: current })}
            </Text>
          ) : null}
        </div>
        {editable && rows.length > 0 ? (
          <Button onClick={() => setFormTarget({ kind: 'create' })} data-testid="stakeholder-create">
            {t('stakeholderList.create')}
          </Button>
        ) : null}
      </Group>
      {body}
      {editable ? (
        <>
          <StakeholderForm target={formTarget} categoriesInUse={choices.categories} tagsInUse={choices.tags} onClose={() => setFormTarget(null)} />
          <StakeholderArchiveModal
            stakeholder={archiving}
            onClose={() => setArchiving(null)}
            onArchived={(archived) => {
              setArchiving(null);
              setUndoable(archived);
            }}
          />
          <StakeholderUndoNotice
            stakeholder={undoable}
            restoring={restore.isPending}
            onUndo={() => {
              if (undoable) restore.mutate(undoable);
            }}
            onClose={() => setUndoable(null)}
          />
        </>
      ) : null}
    </Stack>
  );
}
