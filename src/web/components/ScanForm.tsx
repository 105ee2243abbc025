import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../api/schemas.ts';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { ApiError, isApiError } from '../http.ts';
import { useCategoryLabel } from '../labels.ts';
import { notify } from '../notices.ts';
import { refreshScans, useInstruments } from '../scan-queries.ts';
import { createScan, editScan, type Instrument, type Scan, type ScanFields, type SurveyKind, type TargetType } from '../scans-api.ts';
import { useStakeholders } from '../stakeholder-queries.ts';
import { useWorkspace } from '../workspace.ts';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { SearchableSelect } from './SearchableSelect.tsx';
import './scans.css';

const KINDS: readonly SurveyKind[] = ['received', 'given', 'self'];
const TARGET_TYPES: readonly TargetType[] = ['stakeholder', 'category', 'group'];
/** The server's default and floor for the anonymity minimum (docs/model.md, "Trust scan scoring"). */
const DEFAULT_MINIMUM = 5;
const MINIMUM_FLOOR = 3;

type Field = 'title' | 'kind' | 'instrumentId' | 'target.type' | 'target.value' | 'target.members' | 'opensOn' | 'closesOn' | 'minResponses';
const FIELDS: readonly Field[] = ['title', 'kind', 'instrumentId', 'target.type', 'target.value', 'target.members', 'opensOn', 'closesOn', 'minResponses'];

const standardId = (kind: SurveyKind) => `standard-${kind}`;

/**
 * Preparing a trust scan, or changing it while it is a draft: its title, whose trust it measures
 * and with which instrument, whom it asks, when it runs, and how many answers it needs before
 * it shows a figure.
 */
export function ScanForm({ opened, scan, onClose, onSaved }: { opened: boolean; scan: Scan | null; onClose: () => void; onSaved: (scan: Scan) => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={scan ? t('scans.form.editTitle') : t('scans.form.createTitle')}
      size="lg"
      fullScreen={phone}
      centered
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {opened ? <FormData key={scan?.id ?? 'new'} scan={scan} onDone={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

/** Waits for the stakeholders and instruments the form chooses from. */
function FormData({ scan, onDone, onSaved }: { scan: Scan | null; onDone: () => void; onSaved: (scan: Scan) => void }) {
  const { membership } = useWorkspace();
  const stakeholders = useStakeholders(membership.organisationId);
  const instruments = useInstruments(membership.organisationId);
  if (stakeholders.isError || instruments.isError) {
    return (
      <ErrorState
        error={stakeholders.error ?? instruments.error}
        onRetry={() => {
          void stakeholders.refetch();
          void instruments.refetch();
        }}
      />
    );
  }
  if (!stakeholders.data || !instruments.data) return <LoadingState />;
  return (
    <FormBody
      scan={scan}
      stakeholders={stakeholders.data.filter((s) => s.archivedAt === null)}
      instruments={instruments.data}
      onDone={onDone}
      onSaved={onSaved}
    />
  );
}

/** The server says which field is wrong in English; for the rules the page knows, it says why in the reader's language. */
function inOwnWords(t: TFunction, failure: unknown): unknown {
  if (!isApiError(failure) || !failure.problem?.errors) return failure;
  const errors = failure.problem.errors.map((issue) => {
    const field = issue.field.replace(/^target\.members\.\d+$/, 'target.members');
    if (field === 'minResponses') return { field, message: t('scans.form.minimumError', { min: MINIMUM_FLOOR }) };
    if (field === 'closesOn' && /before/.test(issue.message)) return { field, message: t('scans.form.closesBeforeOpens') };
    if (field === 'target.value' && /category/.test(issue.message)) return { field, message: t('scans.form.categoryEmpty') };
    return { ...issue, field };
  });
  return new ApiError(failure.kind, failure.message, failure.status, { ...failure.problem, errors });
}

function FormBody({
  scan,
  stakeholders,
  instruments,
  onDone,
  onSaved,
}: {
  scan: Scan | null;
  stakeholders: readonly Stakeholder[];
  instruments: readonly Instrument[];
  onDone: () => void;
  onSaved: (scan: Scan) => void;
}) {
  const { t, i18n } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const ids = useId();
  const phone = useMediaQuery('(max-width: 36em)');

  const frozenId = scan ? (scan.instrument.instrumentId ?? standardId(scan.kind)) : null;
  const [title, setTitle] = useState(scan?.title ?? '');
  const [kind, setKind] = useState<SurveyKind>(scan?.kind ?? 'received');
  const [instrumentId, setInstrumentId] = useState<string>(frozenId ?? standardId('received'));
  const [targetType, setTargetType] = useState<TargetType>(scan?.target.type ?? 'category');
  const [stakeholderId, setStakeholderId] = useState<string | null>(scan?.target.type === 'stakeholder' ? scan.target.value : null);
  const [category, setCategory] = useState<string | null>(scan?.target.type === 'category' ? scan.target.value : null);
  const [groupName, setGroupName] = useState(scan?.target.type === 'group' ? scan.target.value : '');
  const [groupMembers, setGroupMembers] = useState<string[]>(scan?.target.type === 'group' ? [...scan.members] : []);
  const [opensOn, setOpensOn] = useState(scan?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(scan?.closesOn ?? '');
  const [minimum, setMinimum] = useState<number | string>(scan?.minResponses ?? DEFAULT_MINIMUM);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
  const stakeholderChoices = useMemo(
    () => [...stakeholders].sort((a, b) => collator.compare(a.name, b.name)).map((s) => ({ value: s.id, label: s.name })),
    [stakeholders, collator],
  );
  // Only categories that hold someone: a scan of an empty category would ask no one.
  const categoryChoices = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of stakeholders) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
    return [...counts]
      .map(([key, count]) => ({ value: key, label: t('scans.form.categoryCount', { category: categoryLabel(key), count }) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [stakeholders, categoryLabel, collator, t]);
  const instrumentChoices = useMemo(() => {
    const ofKind = instruments.filter((i) => i.kind === kind);
    const choices = ofKind.map((i) => ({
      value: i.id,
      label: i.standard ? t('scans.instrument.standard') : t('scans.instrument.own', { name: i.name ?? '', version: i.version }),
    }));
    // A draft may hold an earlier version of an instrument than the newest one: it stays a choice.
    if (scan && frozenId && scan.kind === kind && !choices.some((c) => c.value === frozenId)) {
      choices.push({ value: frozenId, label: t('scans.instrument.own', { name: scan.instrument.name ?? '', version: scan.instrument.version }) });
    }
    return choices;
  }, [instruments, kind, scan, frozenId, t]);

  const target = (): ScanFields['target'] => {
    if (targetType === 'stakeholder') return { type: 'stakeholder', value: stakeholderId ?? '' };
    if (targetType === 'category') return { type: 'category', value: category ?? '' };
    return { type: 'group', value: groupName.trim(), members: groupMembers };
  };

  const fields = (): ScanFields => ({
    title: title.trim(),
    kind,
    ...(scan && instrumentId === frozenId && kind === scan.kind ? {} : { instrumentId }),
    target: target(),
    ...(opensOn ? { opensOn } : {}),
    ...(closesOn ? { closesOn } : {}),
    minResponses: Number(minimum),
  });

  const save = useMutation({
    mutationFn: () => (scan ? editScan(membership.organisationId, scan.id, fields()) : createScan(membership.organisationId, fields())),
    onSuccess: async (saved) => {
      notify((t) => (scan ? t('scans.form.saved', { title: saved.title }) : t('scans.form.created', { title: saved.title })));
      onSaved(saved);
      await refreshScans(queryClient, membership.organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, inOwnWords(t, failure), FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked: FieldErrors<Field> = {
      title: checkRequired(t, title),
      'target.value':
        (targetType === 'stakeholder' && stakeholderId === null) || (targetType === 'category' && category === null)
          ? t('form.required')
          : targetType === 'group'
            ? checkRequired(t, groupName)
            : undefined,
      'target.members': targetType === 'group' && groupMembers.length === 0 ? t('scans.form.membersRequired') : undefined,
      minResponses: minimum === '' ? t('form.required') : undefined,
    };
    setErrors(checked);
    setGeneral(null);
    if (!hasErrors(checked)) save.mutate();
  };

  const chooseKind = (value: string) => {
    const next = KINDS.find((k) => k === value) ?? 'received';
    setKind(next);
    setInstrumentId(scan && frozenId && next === scan.kind ? frozenId : standardId(next));
  };

  return (
    <form onSubmit={submit} noValidate data-testid="scan-form">
      <Stack gap="md">
        <TextInput
          label={t('scans.form.title')}
          description={t('scans.form.titleHint')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
          required
          maxLength={200}
          data-autofocus
          data-testid="scan-form-title"
        />
        <Radio.Group label={t('scans.form.kind')} value={kind} onChange={chooseKind} error={errors.kind} required>
          <Stack gap={6} mt={4}>
            {KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`scans.kind.${k}`)} description={t(`scans.kindHint.${k}`)} data-testid={`scan-form-kind-${k}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label={t('scans.form.instrument')}
          description={t('scans.form.instrumentHint')}
          data={instrumentChoices}
          value={instrumentId}
          onChange={(value) => setInstrumentId(value ?? standardId(kind))}
          error={errors.instrumentId}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="scan-form-instrument"
        />
        <div>
          <Text component="div" fz="sm" fw={500} id={`${ids}-target`}>
            {t('scans.form.target')}
          </Text>
          <Text component="div" fz="xs" c="dimmed" mb={4} id={`${ids}-target-hint`}>
            {t(`scans.form.targetHint.${targetType}`)}
          </Text>
          <SegmentedControl
            fullWidth
            orientation={phone ? 'vertical' : 'horizontal'}
            aria-labelledby={`${ids}-target`}
            aria-describedby={`${ids}-target-hint`}
            value={targetType}
            onChange={(value) => setTargetType(TARGET_TYPES.find((type) => type === value) ?? 'category')}
            data={TARGET_TYPES.map((type) => ({ value: type, label: t(`scans.targetType.${type}`) }))}
            data-testid="scan-form-target-type"
          />
        </div>
        {targetType === 'stakeholder' ? (
          <SearchableSelect
            label={t('scans.form.stakeholder')}
            data={stakeholderChoices}
            value={stakeholderId}
            onChange={setStakeholderId}
            error={errors['target.value']}
            required
            allowDeselect={false}
            nothingFoundMessage={t('scans.form.nothingFound')}
            comboboxProps={{ withinPortal: true }}
            data-testid="scan-form-stakeholder"
          />
        ) : null}
        {targetType === 'category' ? (
          <Select
            label={t('scans.form.category')}
            data={categoryChoices}
            value={category}
            onChange={setCategory}
            error={errors['target.value']}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="scan-form-category"
          />
        ) : null}
        {targetType === 'group' ? (
          <>
            <TextInput
              label={t('scans.form.groupName')}
              description={t('scans.form.groupNameHint')}
              value={groupName}
              onChange={(event) => setGroupName(event.currentTarget.value)}
              error={errors['target.value']}
              required
              maxLength={120}
              data-testid="scan-form-group-name"
            />
            <MultiSelect
              label={t('scans.form.groupMembers')}
              data={stakeholderChoices}
              value={groupMembers}
              onChange={setGroupMembers}
              error={errors['target.members']}
              required
              searchable
              nothingFoundMessage={t('scans.form.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              data-testid="scan-form-group-members"
            />
          </>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('scans.form.opensOn')}
            description={scan ? undefined : t('scans.form.opensOnHint')}
            value={opensOn}
            onChange={(event) => setOpensOn(event.currentTarget.value)}
            error={errors.opensOn}
            data-testid="scan-form-opens"
          />
          <TextInput
            type="date"
            label={t('scans.form.closesOn')}
            description={scan ? undefined : t('scans.form.closesOnHint')}
            value={closesOn}
            onChange={(event) => setClosesOn(event.currentTarget.value)}
            error={errors.closesOn}
            data-testid="scan-form-closes"
          />
        </SimpleGrid>
        <NumberInput
          label={t('scans.form.minimum')}
          description={t('scans.form.minimumHint', { min: MINIMUM_FLOOR, default: DEFAULT_MINIMUM })}
          value={minimum}
          onChange={setMinimum}
          error={errors.minResponses}
          min={MINIMUM_FLOOR}
          max={1000}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          required
          w={{ base: '100%', xs: 260 }}
          data-testid="scan-form-minimum"
        />
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="scan-form-submit">
            {scan ? t('scans.form.submitEdit') : t('scans.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
