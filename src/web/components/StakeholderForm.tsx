import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_PATTERN, LEVELS, STAKEHOLDER_CATEGORIES, type Level } from '../../domain/vocabulary.ts';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { useCategoryLabel } from '../labels.ts';
import { ApiError, isApiError } from '../http.ts';
import { notify } from '../notices.ts';
import { refreshStakeholders } from '../stakeholder-queries.ts';
import type { Stakeholder } from '../../api/schemas.ts';
import { createStakeholder, updateStakeholder, type StakeholderFields } from '../stakeholders-api.ts';
import { useWorkspace } from '../workspace.ts';
import { SearchableSelect } from './SearchableSelect.tsx';

const RATINGS = ['importance', 'influence', 'interest', 'vulnerability'] as const;
type Rating = (typeof RATINGS)[number];
/** The 1–5 scale of every rating (RATING_MIN…RATING_MAX), each with its word. */
const RATING_VALUES = [1, 2, 3, 4, 5] as const;
type RatingValue = (typeof RATING_VALUES)[number];
const OWN = '__own__'; // the choice that lets the user type a category of their own
const DEFAULT_CADENCE = 90;
const MIN_CADENCE = 1;
const MAX_CADENCE = 3650;
const MAX_TAG_LENGTH = 40;

/** A rating on the scale; anything else (none yet) starts in the middle, as the server does. */
function asRating(value: number | undefined): RatingValue {
  return RATING_VALUES.find((known) => known === value) ?? 3;
}

type Field = 'name' | 'category' | 'level' | Rating | 'tags' | 'relation.cadenceDays';
const FIELDS: readonly Field[] = ['name', 'category', 'level', ...RATINGS, 'tags', 'relation.cadenceDays'];

/** What the editor is doing: adding a new stakeholder, or changing one. */
export type FormTarget = { readonly kind: 'create' } | { readonly kind: 'edit'; readonly stakeholder: Stakeholder };

/**
 * Adding or changing a stakeholder: name, category (one of figure 1, or the organisation's own),
 * level, the four ratings in words, and tags. Adding also opens the relation with its two trust
 * accounts, with a maintenance cadence, so the stakeholder appears on the overview at once.
 */
export function StakeholderForm({ target, categoriesInUse, tagsInUse, onClose }: {
  target: FormTarget | null;
  categoriesInUse: readonly string[];
  tagsInUse: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.kind === 'edit' ? t('stakeholderList.form.editTitle') : t('stakeholderList.form.createTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {target ? (
        <FormBody
          key={target.kind === 'edit' ? target.stakeholder.id : 'new'}
          target={target}
          categoriesInUse={categoriesInUse}
          tagsInUse={tagsInUse}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}

function FormBody({ target, categoriesInUse, tagsInUse, onDone }: { target: FormTarget; categoriesInUse: readonly string[]; tagsInUse: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const ids = useId();
  const existing = target.kind === 'edit' ? target.stakeholder : null;

  const [name, setName] = useState(existing?.name ?? '');
  const [category, setCategory] = useState<string | null>(existing?.category ?? null);
  const [ownCategory, setOwnCategory] = useState('');
  const [level, setLevel] = useState<Level | null>(existing?.level ?? null);
  const [ratings, setRatings] = useState<Record<Rating, RatingValue>>({
    importance: asRating(existing?.importance),
    influence: asRating(existing?.influence),
    interest: asRating(existing?.interest),
    vulnerability: asRating(existing?.vulnerability),
  });
  const [tags, setTags] = useState<string[]>(existing ? [...existing.tags] : []);
  const [cadence, setCadence] = useState<number | string>(DEFAULT_CADENCE);
  const [errors, setErrors] = useState<FieldErrors<Field | 'ownCategory'>>({});
  const [general, setGeneral] = useState<string | null>(null);

  // Figure 1's categories first, then the organisation's own ones in use, then a way to type another.
  const categoryChoices = useMemo(() => {
    const known: readonly string[] = STAKEHOLDER_CATEGORIES;
    const own = categoriesInUse.filter((key) => !known.includes(key));
    return [...known, ...own].map((key) => ({ value: key, label: categoryLabel(key) })).concat({ value: OWN, label: t('stakeholderList.form.categoryOwn') });
  }, [categoriesInUse, categoryLabel, t]);

  const fields = (): StakeholderFields => ({
    name: name.trim(),
    category: category === OWN ? ownCategory.trim() : (category ?? ''),
    level: level ?? 'relational',
    ...ratings,
    tags,
  });

  const save = useMutation({
    mutationFn: () =>
      existing
        ? updateStakeholder(membership.organisationId, existing.id, fields())
        : createStakeholder(membership.organisationId, fields(), { cadenceDays: Number(cadence) }),
    onSuccess: async (saved) => {
      if (existing) notify((t) => t('stakeholderList.form.saved'), (t) => t('stakeholderList.form.savedDetail', { name: saved.name }));
      else notify((t) => t('stakeholderList.form.created'), (t) => t('stakeholderList.form.createdDetail', { name: saved.name }));
      onDone();
      await refreshStakeholders(queryClient, membership.organisationId);
    },
    onError: (failure) => {
      // A problem with one tag (`tags.2`) belongs at the tags field.
      const atFields =
        isApiError(failure) && failure.problem?.errors
          ? new ApiError(failure.kind, failure.message, failure.status, {
              ...failure.problem,
              errors: failure.problem.errors.map((issue) => ({ ...issue, field: issue.field.replace(/^tags\.\d+$/, 'tags') })),
            })
          : failure;
      const found = problemErrors(t, atFields, FIELDS);
      setErrors(category === OWN && found.fields.category ? { ...found.fields, ownCategory: found.fields.category, category: undefined } : found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = Number(cadence);
    const checked: FieldErrors<Field | 'ownCategory'> = {
      name: checkRequired(t, name),
      category: category === null ? t('form.required') : undefined,
      ownCategory:
        category !== OWN ? undefined : ownCategory.trim() === '' ? t('form.required') : CATEGORY_PATTERN.test(ownCategory.trim()) ? undefined : t('stakeholderList.form.ownCategoryInvalid'),
      level: level === null ? t('form.required') : undefined,
      tags: tags.some((tag) => tag.length > MAX_TAG_LENGTH) ? t('stakeholderList.form.tagTooLong', { max: MAX_TAG_LENGTH }) : undefined,
      'relation.cadenceDays':
        existing || (Number.isInteger(days) && days >= MIN_CADENCE && days <= MAX_CADENCE) ? undefined : t('settings.outOfRange', { min: MIN_CADENCE, max: MAX_CADENCE }),
    };
    setErrors(checked);
    setGeneral(null);
    if (!hasErrors(checked)) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="stakeholder-form">
      <Stack gap="md">
        {existing ? null : (
          <Text fz="sm" c="dimmed">
            {t('stakeholderList.form.relationNote')}
          </Text>
        )}
        <TextInput
          label={t('stakeholderList.form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
          maxLength={200}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <SearchableSelect
            label={t('stakeholderList.form.category')}
            data={categoryChoices}
            value={category}
            onChange={setCategory}
            error={errors.category}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('stakeholderList.form.level')}
            data={LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
            value={level}
            onChange={(value) => setLevel(LEVELS.find((known) => known === value) ?? null)}
            error={errors.level}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {category === OWN ? (
          <TextInput
            label={t('stakeholderList.form.ownCategory')}
            description={t('stakeholderList.form.ownCategoryHint')}
            value={ownCategory}
            onChange={(event) => setOwnCategory(event.currentTarget.value)}
            error={errors.ownCategory}
            required
            maxLength={40}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {RATINGS.map((rating) => (
            <div key={rating}>
              <Text component="div" fz="sm" fw={500} id={`${ids}-${rating}`}>
                {t(`stakeholderList.form.${rating}`)}
              </Text>
              <Text component="div" fz="xs" c="dimmed" mb={4} id={`${ids}-${rating}-hint`}>
                {t(`stakeholderList.form.${rating}Hint`)}
              </Text>
              <SegmentedControl
                fullWidth
                aria-labelledby={`${ids}-${rating}`}
                aria-describedby={`${ids}-${rating}-hint ${ids}-${rating}-word`}
                value={String(ratings[rating])}
                onChange={(value) => setRatings((current) => ({ ...current, [rating]: asRating(Number(value)) }))}
                data={RATING_VALUES.map((value) => ({ value: String(value), label: String(value) }))}
                data-testid={`rating-${rating}`}
              />
              <Text component="div" fz="xs" mt={2} id={`${ids}-${rating}-word`} aria-live="polite" c={errors[rating] ? 'red' : undefined}>
                {errors[rating] ??
                  t('stakeholderList.ratingValue', { value: ratings[rating], word: t(`stakeholderList.rating.${ratings[rating]}`) })}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <TagsInput
          label={t('stakeholderList.form.tags')}
          description={t('stakeholderList.form.tagsHint')}
          data={[...tagsInUse]}
          value={tags}
          onChange={setTags}
          error={errors.tags}
          maxTags={20}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        {existing ? null : (
          <NumberInput
            label={t('stakeholderList.form.cadence')}
            description={t('stakeholderList.form.cadenceHint')}
            value={cadence}
            onChange={setCadence}
            error={errors['relation.cadenceDays']}
            min={MIN_CADENCE}
            max={MAX_CADENCE}
            allowDecimal={false}
            allowNegative={false}
            w={{ base: '100%', xs: 260 }}
          />
        )}
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {existing ? t('stakeholderList.form.submitEdit') : t('stakeholderList.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
