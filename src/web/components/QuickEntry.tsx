import { Button, Group, Kbd, List, Modal, Radio, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized, Relation } from '../../api/schemas.ts';
import { AMOUNTS, DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { problemErrors, type FieldErrors } from '../form-errors.ts';
import { createEntry, type Intent } from '../ledger-api.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { refreshFigures, useRelations } from '../queries.ts';
import { SearchableSelect } from './SearchableSelect.tsx';

const INTENTS = ['intentional', 'unintentional', 'unknown'] as const satisfies readonly Intent[];
type Field = 'accountId' | 'occurredOn' | 'foundation' | 'amount' | 'intent' | 'note';
const FIELDS: readonly Field[] = ['accountId', 'occurredOn', 'foundation', 'amount', 'intent', 'note'];

/** Today in the browser's own calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const NOT_TYPED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key press happens while the user types somewhere (then `n` is a letter, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * Recording an entry from anywhere: the header's button or the key `n` opens a dialog that asks
 * for the stakeholder, the account, deposit or withdrawal, the foundation (with the deposits that
 * build it), the amount in words, the intent of a withdrawal, the date and a note.
 */
export function QuickEntry({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setOpened(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button onClick={() => setOpened(true)} size="sm" aria-keyshortcuts="n" title={t('entry.shortcut')} data-testid="quick-entry-open" px="sm">
        <span aria-hidden="true">+</span>
        <Text span visibleFrom="sm" ml={6} fz="sm" fw={600}>
          {t('entry.open')}
        </Text>
        <span className="tl-visually-hidden">{t('entry.open')}</span>
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} title={t('entry.title')} size="lg" data-testid="quick-entry">
        {opened ? <EntryForm organisationId={organisationId} onDone={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}

function EntryForm({ organisationId, onDone }: { organisationId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const relations = useRelations(organisationId);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const shownRelation = /^\/relations\/([^/]+)/.exec(pathname)?.[1] ?? null;
  const max = today();

  const [relationId, setRelationId] = useState<string | null>(shownRelation);
  const [direction, setDirection] = useState<'received' | 'given'>('received');
  const [kind, setKind] = useState<'deposit' | 'withdrawal'>('deposit');
  const [foundation, setFoundation] = useState<Foundation | null>(null);
  const [amount, setAmount] = useState('1');
  const [intent, setIntent] = useState<Intent | ''>('');
  const [occurredOn, setOccurredOn] = useState(max);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const ids = { direction: useId(), kind: useId(), amount: useId() };

  const byId = useMemo(() => new Map((relations.data ?? []).map((r) => [r.id, r])), [relations.data]);
  const options = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return [...(relations.data ?? [])]
      .sort((a, b) => collator.compare(a.stakeholder.name, b.stakeholder.name))
      .map((r) => ({ value: r.id, label: r.stakeholder.name }));
  }, [relations.data, i18n.language]);
  const keys = useMemo(() => behaviourKeys(relations.data ?? []), [relations.data]);
  const relation = relationId ? byId.get(relationId) : undefined;

  const record = useMutation({
    mutationFn: () =>
      createEntry(organisationId, {
        accountId: relation!.accounts[direction].id,
        occurredOn,
        foundation: foundation!,
        amount: kind === 'withdrawal' ? -Number(amount) : Number(amount),
        intent: kind === 'withdrawal' ? (intent as Intent) : null,
        note: note.trim(),
      }),
    onSuccess: async () => {
      notify(
        (t) => t('entry.recorded'),
        (t) => t('entry.recordedDetail', {
          kind: t(`ledger.${kind}`),
          amount: `${amount} (${t(`amount.${amount as '1'}`)})`,
          foundation: t(`foundation.${foundation!}`).toLocaleLowerCase(),
          stakeholder: relation!.stakeholder.name,
        }),
      );
      onDone();
      await refreshFigures(queryClient, organisationId);
    },
    onError: (error) => {
      const found = problemErrors(t, error, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = t('form.required');
    const found: FieldErrors<Field> = {
      accountId: relation ? undefined : required,
      foundation: foundation ? undefined : required,
      intent: kind === 'withdrawal' && !intent ? required : undefined,
      occurredOn: !occurredOn ? required : occurredOn > max ? t('entry.dateFuture') : undefined,
    };
    setErrors(found);
    setGeneral(null);
    if (Object.values(found).some(Boolean)) return;
    record.mutate();
  };

  if (relations.isPending) return <Text c="dimmed">{t('entry.loading')}</Text>;

  const foundationKeys = foundation ? keys.get(foundation) : undefined;
  const foundationData = DIMENSIONS.map((d) => ({
    group: t(`dimension.${d}`),
    items: FOUNDATIONS_BY_DIMENSION[d].map((f) => ({ value: f, label: t(`foundation.${f}`) })),
  }));

  return (
    <form onSubmit={submit} noValidate data-testid="quick-entry-form">
      <Stack gap="sm">
        <SearchableSelect
          label={t('entry.stakeholder')}
          placeholder={t('entry.stakeholderPlaceholder')}
          data={options}
          value={relationId}
          onChange={setRelationId}
          openOnFocus={false}
          nothingFoundMessage={t('entry.nothingFound')}
          error={errors.accountId}
          required
          data-autofocus
          comboboxProps={{ withinPortal: false }}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <div>
            <Text component="div" fz="sm" fw={500} mb={4} id={ids.direction}>
              {t('entry.direction')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby={ids.direction}
              value={direction}
              onChange={(value) => setDirection(value as 'received' | 'given')}
              data={[
                { value: 'received', label: t('entry.received') },
                { value: 'given', label: t('entry.given') },
              ]}
            />
          </div>
          <div>
            <Text component="div" fz="sm" fw={500} mb={4} id={ids.kind}>
              {t('entry.kind')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby={ids.kind}
              value={kind}
              onChange={(value) => setKind(value as 'deposit' | 'withdrawal')}
              color={kind === 'withdrawal' ? 'red' : 'green'}
              data={[
                { value: 'deposit', label: t('ledger.deposit') },
                { value: 'withdrawal', label: t('ledger.withdrawal') },
              ]}
            />
          </div>
        </SimpleGrid>
        <SearchableSelect
          label={t('entry.foundation')}
          placeholder={t('entry.foundationPlaceholder')}
          data={foundationData}
          value={foundation}
          onChange={(value) => setFoundation(value as Foundation | null)}
          openOnFocus={false}
          error={errors.foundation}
          required
          comboboxProps={{ withinPortal: false }}
        />
        {foundation ? (
          <div className="tl-hint" data-testid="foundation-hint" aria-live="polite">
            <Text fz="sm" c="dimmed">
              {t(`foundationHint.${foundation}`)}
            </Text>
            {foundationKeys ? (
              <>
                <Text fz="xs" fw={600} mt={4}>
                  {t('entry.keysTitle', { foundation: t(`foundation.${foundation}`).toLocaleLowerCase() })}
                </Text>
                <List fz="sm" size="sm" spacing={0}>
                  {foundationKeys.map((key) => (
                    <List.Item key={key.en}>{localized(key)}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </div>
        ) : null}
        <div>
          <Text component="div" fz="sm" fw={500} mb={4} id={ids.amount}>
            {t('entry.amount')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby={ids.amount}
            value={amount}
            onChange={setAmount}
            className="tl-amounts"
            data={AMOUNTS.map((a) => ({
              value: String(a),
              label: (
                <span className="tl-amount">
                  <span className="tl-amount-number">{kind === 'withdrawal' ? `−${a}` : `+${a}`}</span>
                  <span className="tl-amount-word">{t(`amount.${a}`)}</span>
                </span>
              ),
            }))}
          />
          <Text fz="xs" c="dimmed" mt={4} hiddenFrom="sm" aria-hidden="true">
            {t('entry.amountValue', { amount: kind === 'withdrawal' ? `−${amount}` : `+${amount}`, word: t(`amount.${amount as '1'}`) })}
          </Text>
          {errors.amount ? (
            <Text c="red.9" fz="xs" mt={4}>
              {errors.amount}
            </Text>
          ) : null}
        </div>
        {kind === 'withdrawal' ? (
          <Radio.Group label={t('entry.intent')} value={intent} onChange={(value) => setIntent(value as Intent)} error={errors.intent} required>
            <Group gap="md" mt={4}>
              {INTENTS.map((i) => (
                <Radio key={i} value={i} label={t(`intent.${i}`)} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('entry.date')}
            value={occurredOn}
            max={max}
            onChange={(event) => setOccurredOn(event.currentTarget.value)}
            error={errors.occurredOn}
            required
          />
          <TextInput
            label={t('entry.note')}
            placeholder={t('entry.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            maxLength={2000}
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
        {general ? (
          <Text c="red.9" fz="sm" role="alert">
            {general}
          </Text>
        ) : null}
        <Group justify="space-between" mt="xs">
          <Text fz="xs" c="dimmed" visibleFrom="xs">
            <Kbd size="xs">{t('entry.keyEnter')}</Kbd> {t('entry.submit')} · <Kbd size="xs">{t('entry.keyEscape')}</Kbd> {t('common.close')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="quick-entry-submit">
              {t('entry.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** The behaviour keys the server gave for each foundation, from any account's advice. */
function behaviourKeys(relations: readonly Relation[]): Map<Foundation, readonly Localized[]> {
  const found = new Map<Foundation, readonly Localized[]>();
  for (const relation of relations) {
    for (const account of [relation.accounts.received, relation.accounts.given]) {
      for (const advice of account.tripod.advice) {
        for (const group of advice.behaviourKeys) {
          if (!found.has(group.foundation) && group.keys.length > 0) found.set(group.foundation, group.keys);
        }
      }
    }
  }
  return found;
}
