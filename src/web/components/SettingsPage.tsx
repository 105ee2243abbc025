import { Alert, Anchor, Button, Card, Group, NumberInput, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { useFormat } from '../format.ts';
import { isApiError } from '../http.ts';
import { isLanguage, NUMBER_LOCALE } from '../language.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { changeParameters, type NumericParameter, type ParameterChanges, type ParameterHistory } from '../parameters-api.ts';
import { refreshFigures, useParameters, useRelations } from '../queries.ts';
import { usePageTitle } from '../page-title.ts';
import { useWorkspace } from '../workspace.ts';
import { CategoryBaseRates, type CategoryRates } from './CategoryBaseRates.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { OrganisationSettings } from './OrganisationSettings.tsx';

const NUMERIC: readonly NumericParameter[] = [
  'depositHalfLifeDays',
  'withdrawalHalfLifeDays',
  'withdrawalWeight',
  'intentionalFactor',
  'priorWeight',
  'baseRate',
];
const STEP: Record<NumericParameter, number> = {
  depositHalfLifeDays: 30,
  withdrawalHalfLifeDays: 30,
  withdrawalWeight: 0.25,
  intentionalFactor: 0.25,
  priorWeight: 0.5,
  baseRate: 0.05,
};
const WHOLE: ReadonlySet<NumericParameter> = new Set(['depositHalfLifeDays', 'withdrawalHalfLifeDays']);

type Field = `changes.${NumericParameter}` | 'note';
const FIELDS: readonly Field[] = [...NUMERIC.map((name) => `changes.${name}` as const), 'note'];

function useNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = NUMBER_LOCALE[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    return (value: number) => number.format(value);
  }, [locale]);
}

/**
 * Settings of the chosen organisation: its name, the interface language, and the model's
 * parameters with what each means, its default and allowed range, and every earlier version.
 * Owners change parameters (a new version, with a note); everyone else reads them.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { membership, onAccessChanged } = useWorkspace();
  const parameters = useParameters(membership.organisationId);
  const owner = membership.role === 'owner';

  usePageTitle(t('settings.title'));

  const refused = isApiError(parameters.error, 403) || isApiError(parameters.error, 404);
  useEffect(() => {
    if (refused) onAccessChanged();
  }, [refused, onAccessChanged]);

  let body;
  if (parameters.isError) body = <ErrorState error={parameters.error} onRetry={() => void parameters.refetch()} />;
  else if (!parameters.data) body = <LoadingState />;
  else
    body = (
      <>
        <ParametersCard key={parameters.data.current.version} history={parameters.data} organisationId={membership.organisationId} editable={owner} />
        <VersionsCard history={parameters.data} />
      </>
    );

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to="/" fz="sm">
          {`← ${t('nav.back')}`}
        </Anchor>
        <Title order={2} fz="h2">
          {t('settings.title')}
        </Title>
      </div>
      <OrganisationSettings membership={membership} />
      {body}
    </Stack>
  );
}

function ParametersCard({ history, organisationId, editable }: { history: ParameterHistory; organisationId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const number = useNumber();
  const queryClient = useQueryClient();
  const current = history.current.parameters;
  const [values, setValues] = useState<Record<NumericParameter, number | string>>(() => ({ ...current }));
  const [categoryRates, setCategoryRates] = useState<CategoryRates>(() => ({ ...current.baseRateByCategory }));
  const [categoryErrors, setCategoryErrors] = useState<Record<string, string | undefined>>({});
  const relations = useRelations(organisationId);
  const categoriesInUse = useMemo(() => [...new Set((relations.data ?? []).map((r) => r.stakeholder.category))], [relations.data]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const decimalSeparator = i18n.language === 'nl' ? ',' : '.';

  const changes: ParameterChanges = {};
  for (const name of NUMERIC) {
    const value = values[name];
    if (typeof value === 'number' && value !== current[name]) changes[name] = value;
  }
  if (!sameRates(categoryRates, current.baseRateByCategory)) {
    changes.baseRateByCategory = Object.fromEntries(
      Object.entries(categoryRates).flatMap(([category, rate]) => (typeof rate === 'number' ? [[category, rate] as const] : [])),
    );
  }

  const save = useMutation({
    mutationFn: () => changeParameters(organisationId, { changes, note: note.trim() }),
    onSuccess: async (version) => {
      notify((t) => t('settings.savedNotice', { version: version.version }));
      await refreshFigures(queryClient, organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<Field> = { note: checkRequired(t, note) };
    for (const name of NUMERIC) {
      const value = values[name];
      const limit = history.limits[name];
      if (typeof value !== 'number') found[`changes.${name}`] = t('form.required');
      else if (limit && (value < limit.min || value > limit.max)) {
        found[`changes.${name}`] = t('settings.outOfRange', { min: number(limit.min), max: number(limit.max) });
      }
    }
    const rateLimit = history.limits['baseRate'];
    const foundForCategories = Object.fromEntries(
      Object.entries(categoryRates).map(([category, rate]) => [
        category,
        typeof rate !== 'number'
          ? t('form.required')
          : rateLimit && (rate < rateLimit.min || rate > rateLimit.max)
            ? t('settings.outOfRange', { min: number(rateLimit.min), max: number(rateLimit.max) })
            : undefined,
      ]),
    );
    setErrors(found);
    setCategoryErrors(foundForCategories);
    if (hasErrors(found) || hasErrors(foundForCategories)) {
      setGeneral(null);
      return;
    }
    if (Object.keys(changes).length === 0) {
      setGeneral(t('settings.nothingChanged'));
      return;
    }
    setGeneral(null);
    save.mutate();
  };

  const rows = NUMERIC.map((name) => {
    const limit = history.limits[name];
    const explanation = history.explanations[name];
    const range = limit ? t('settings.range', { min: number(limit.min), max: number(limit.max) }) : null;
    return (
      <div key={name} className="tl-parameter" data-testid={`parameter-${name}`}>
        <div>
          <Text fw={600} fz="sm" id={`parameter-${name}-label`}>
            {t(`parameter.${name}`)}
          </Text>
          {explanation ? (
            <Text fz="sm" c="dimmed">
              {localized(explanation)}
            </Text>
          ) : null}
          <Text fz="xs" c="dimmed" mt={4}>
            {t('settings.default', { value: number(history.defaults[name]) })}
            {range ? ` · ${range}` : ''}
          </Text>
        </div>
        {editable ? (
          <NumberInput
            aria-labelledby={`parameter-${name}-label`}
            value={values[name]}
            onChange={(value) => setValues((previous) => ({ ...previous, [name]: value }))}
            min={limit?.min}
            max={limit?.max}
            step={STEP[name]}
            allowDecimal={!WHOLE.has(name)}
            decimalSeparator={decimalSeparator}
            clampBehavior="none"
            error={errors[`changes.${name}`]}
            data-testid={`parameter-input-${name}`}
          />
        ) : (
          <Text fz="lg" fw={700} className="tl-number" data-testid={`parameter-value-${name}`}>
            {number(current[name])}
          </Text>
        )}
      </div>
    );
  });

  const categoryExplanation = history.explanations['baseRateByCategory'];
  const byCategory = (
    <div className="tl-parameter">
      <div>
        <Text fw={600} fz="sm">
          {t('parameter.baseRateByCategory')}
        </Text>
        {categoryExplanation ? (
          <Text fz="sm" c="dimmed">
            {localized(categoryExplanation)}
          </Text>
        ) : null}
      </div>
      <CategoryBaseRates
        rates={editable ? categoryRates : current.baseRateByCategory}
        onChange={editable ? setCategoryRates : undefined}
        limits={history.limits['baseRate']}
        errors={categoryErrors}
        decimalSeparator={decimalSeparator}
        number={number}
        categoriesInUse={categoriesInUse}
        newRate={typeof values.baseRate === 'number' ? values.baseRate : current.baseRate}
      />
    </div>
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-parameters">
      <Title order={3} fz="h4" id="settings-parameters">
        {t('settings.parameters')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {editable ? t('settings.parametersIntroOwner') : t('settings.parametersIntro')}
        {' '}
        {t('settings.currentVersion', { version: history.current.version })}
      </Text>
      {editable ? (
        <form onSubmit={submit} noValidate aria-labelledby="settings-parameters">
          {rows}
          {byCategory}
          <Stack gap="sm" mt="md">
            {general ? (
              <Alert color="red" variant="light" role="alert">
                {general}
              </Alert>
            ) : null}
            <Textarea
              label={t('settings.note')}
              description={t('settings.noteHint')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={errors.note}
              required
              maxLength={500}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('settings.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <div data-testid="parameters-readonly">
          {rows}
          {byCategory}
        </div>
      )}
    </Card>
  );
}

/** Whether two maps of category rates hold the same numbers (a field being typed differs). */
function sameRates(edited: CategoryRates, saved: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(edited);
  return keys.length === Object.keys(saved).length && keys.every((key) => edited[key] === saved[key]);
}

function VersionsCard({ history }: { history: ParameterHistory }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-versions">
      <Title order={3} fz="h4" id="settings-versions" mb="sm">
        {t('settings.versions')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table aria-labelledby="settings-versions" data-testid="parameter-versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.version')}</Table.Th>
              <Table.Th scope="col">{t('settings.date')}</Table.Th>
              <Table.Th scope="col">{t('settings.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.versions.map((version) => (
              <Table.Tr key={version.version}>
                <Table.Th scope="row" fw={600}>
                  {version.version}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(version.createdAt)}</Table.Td>
                <Table.Td>{version.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
