import { Alert, Anchor, Button, Card, Checkbox, Grid, Group, Radio, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../api/schemas.ts';
import '../decisions.css';
import { refreshAfterDecision, useAssessmentPreview } from '../decision-queries.ts';
import { recordAssessment, type Outcome } from '../decisions-api.ts';
import { EFFECT_AMOUNTS } from '../dilemma-draft.ts';
import { DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import type { Intent } from '../ledger-api.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { usePageTitle } from '../page-title.ts';
import { useRelations } from '../queries.ts';
import { canEdit, useWorkspace } from '../workspace.ts';
import { AssessmentEvidence, type Ratings } from './AssessmentEvidence.tsx';
import { AssessmentBar, AssessmentWarnings } from './AssessmentFigures.tsx';
import { ErrorState } from './ErrorState.tsx';
import { LoadingState } from './LoadingState.tsx';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import { SearchableSelect } from './SearchableSelect.tsx';

const SCALE = [1, 2, 3, 4, 5] as const;
const OUTCOMES = ['give', 'give_with_safeguards', 'withhold'] as const satisfies readonly Outcome[];
const INTENTS = ['intentional', 'unintentional', 'unknown'] as const satisfies readonly Intent[];
type Field = 'stakeholderId' | 'leap' | 'gut' | 'vulnerability' | 'horizonOn' | 'decision' | 'reasons' | 'entry.foundation' | 'entry.amount' | 'entry.intent';
const FIELDS: readonly Field[] = ['stakeholderId', 'leap', 'gut', 'vulnerability', 'horizonOn', 'decision', 'reasons', 'entry.foundation', 'entry.amount', 'entry.intent'];

/**
 * Weighing trust before a leap. The gut feeling comes first and is kept as it was: the evidence
 * appears only once it is recorded, so the reasons cannot talk it round. Then what is known per
 * foundation beside the `given` account's legs, the vulnerability and the horizon, with the
 * server's advice shown live; the decision and its reasons are recorded, optionally with an
 * entry on the `given` account.
 */
export function AssessmentFormPage() {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const relations = useRelations(membership.organisationId);
  usePageTitle(t('decisions.assessmentForm.title'));
  let body;
  if (!canEdit(membership)) body = <Alert color="orange">{t('decisions.editorsOnly')}</Alert>;
  else if (relations.isError) body = <ErrorState error={relations.error} onRetry={() => void relations.refetch()} />;
  else if (!relations.data) body = <LoadingState />;
  else body = <AssessmentForm relations={relations.data} />;
  return (
    <Stack gap="lg">
      <nav aria-label={t('nav.breadcrumb')}>
        <Anchor component={Link} to="/decisions" fz="sm">
          {`← ${t('decisions.back')}`}
        </Anchor>
      </nav>
      <div>
        <Title order={2} fz="h2">
          {t('decisions.assessmentForm.title')}
        </Title>
        <Text c="dimmed" fz="sm" maw={720}>
          {t('decisions.assessmentForm.intro')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}

function AssessmentForm({ relations }: { relations: readonly Relation[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ids = useId();
  const [stakeholderId, setStakeholderId] = useState<string | null>(null);
  const [leap, setLeap] = useState('');
  const [gutChoice, setGutChoice] = useState('');
  const [gut, setGut] = useState<number | null>(null);
  const [ratings, setRatings] = useState<Ratings>({});
  const [vulnerability, setVulnerability] = useState(3);
  const [horizonOn, setHorizonOn] = useState('');
  const [decision, setDecision] = useState<Outcome | ''>('');
  const [reasons, setReasons] = useState('');
  const [booking, setBooking] = useState(false);
  const [entryFoundation, setEntryFoundation] = useState<Foundation | null>(null);
  const [entryAmount, setEntryAmount] = useState('');
  const [entryIntent, setEntryIntent] = useState<Intent | null>(null);
  const [entryNote, setEntryNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const counterparts = useMemo(
    () => relations.map((r) => ({ value: r.stakeholder.id, label: r.stakeholder.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [relations],
  );
  const relation = relations.find((r) => r.stakeholder.id === stakeholderId) ?? null;
  const question =
    stakeholderId && gut !== null && leap.trim()
      ? { stakeholderId, leap: leap.trim(), gut, ratings, vulnerability, horizonOn: horizonOn || null, decision: decision || null }
      : null;
  const preview = useAssessmentPreview(membership.organisationId, question);
  const advice = preview.data;

  const record = useMutation({
    mutationFn: () =>
      recordAssessment(membership.organisationId, {
        stakeholderId: stakeholderId!,
        leap: leap.trim(),
        gut: gut!,
        ratings,
        vulnerability,
        horizonOn: horizonOn || null,
        decision: decision as Outcome,
        reasons: reasons.trim(),
        entry: booking
          ? { foundation: entryFoundation!, amount: Number(entryAmount), intent: Number(entryAmount) < 0 ? entryIntent : null, note: entryNote.trim() || undefined }
          : null,
      }),
    onSuccess: async (recorded) => {
      notify((t) => t('decisions.assessmentForm.recorded'), (t) => (recorded.entryId ? t('decisions.assessmentForm.recordedWithEntry') : t('decisions.assessmentForm.recordedDetail')));
      await refreshAfterDecision(queryClient, membership.organisationId);
      void navigate({ to: '/decisions/assessments/$assessmentId', params: { assessmentId: recorded.id } });
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, FIELDS);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const confirmGut = () => {
    const checked: FieldErrors<Field> = {
      stakeholderId: stakeholderId ? undefined : t('form.required'),
      leap: leap.trim() ? undefined : t('form.required'),
      gut: gutChoice ? undefined : t('decisions.assessmentForm.gutRequired'),
    };
    setErrors(checked);
    if (!hasErrors(checked)) setGut(Number(gutChoice));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (gut === null) return confirmGut();
    const required = t('form.required');
    const checked: FieldErrors<Field> = {
      stakeholderId: stakeholderId ? undefined : required,
      leap: leap.trim() ? undefined : required,
      decision: decision ? undefined : t('decisions.assessmentForm.decisionRequired'),
      reasons: reasons.trim() ? undefined : required,
      'entry.foundation': booking && !entryFoundation ? required : undefined,
      'entry.amount': booking && !entryAmount ? required : undefined,
      'entry.intent': booking && Number(entryAmount) < 0 && !entryIntent ? required : undefined,
    };
    setErrors(checked);
    setGeneral(null);
    if (!hasErrors(checked)) record.mutate();
  };

  const foundations = DIMENSIONS.map((d) => ({ group: t(`dimension.${d}`), items: FOUNDATIONS_BY_DIMENSION[d].map((f) => ({ value: f, label: t(`foundation.${f}`) })) }));
  const amounts = EFFECT_AMOUNTS.map((a) => ({ value: String(a), label: t('decisions.amountValue', { amount: a > 0 ? `+${a}` : `−${-a}`, word: t(`amount.${Math.abs(a) as 1}`) }) }));

  return (
    <form onSubmit={submit} noValidate data-testid="assessment-form">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg">
              <Stack gap="md">
                <SearchableSelect
                  label={t('decisions.assessmentForm.counterpart')}
                  description={t('decisions.assessmentForm.counterpartHint')}
                  placeholder={t('entry.stakeholderPlaceholder')}
                  nothingFoundMessage={t('entry.nothingFound')}
                  data={counterparts}
                  value={stakeholderId}
                  onChange={setStakeholderId}
                  error={errors.stakeholderId}
                  required
                  comboboxProps={{ withinPortal: true }}
                  data-testid="assessment-counterpart"
                />
                <TextInput
                  label={t('decisions.assessmentForm.leap')}
                  description={t('decisions.assessmentForm.leapHint')}
                  value={leap}
                  onChange={(event) => setLeap(event.currentTarget.value)}
                  error={errors.leap}
                  required
                  maxLength={500}
                  data-testid="assessment-leap"
                />
                {gut === null ? (
                  <Stack gap="xs">
                    <Radio.Group
                      label={t('decisions.assessmentForm.gut')}
                      description={t('decisions.assessmentForm.gutHint')}
                      value={gutChoice}
                      onChange={setGutChoice}
                      error={errors.gut}
                      required
                    >
                      <Group gap="md" mt={6} wrap="wrap">
                        {SCALE.map((value) => (
                          <Radio key={value} value={String(value)} label={t('decisions.gutValue', { gut: value, word: t(`decisions.gut.${value}`) })} data-testid={`gut-${value}`} />
                        ))}
                      </Group>
                    </Radio.Group>
                    <Group>
                      <Button onClick={confirmGut} data-testid="gut-confirm">
                        {t('decisions.assessmentForm.gutConfirm')}
                      </Button>
                    </Group>
                  </Stack>
                ) : (
                  <div data-testid="gut-recorded">
                    <Text fz="sm" fw={500}>
                      {t('decisions.assessmentForm.gut')}
                    </Text>
                    <Text fz="sm">{t('decisions.gutValue', { gut, word: t(`decisions.gut.${gut as 1}`) })}</Text>
                    <Text fz="xs" c="dimmed">
                      {t('decisions.assessmentForm.gutKept')}
                    </Text>
                  </div>
                )}
              </Stack>
            </Card>
            {gut !== null ? (
              <>
                <Card withBorder padding="lg" component="section" aria-labelledby={`${ids}-evidence`}>
                  <Stack gap="md">
                    <div>
                      <Title order={3} fz="h4" id={`${ids}-evidence`}>
                        {t('decisions.assessmentForm.evidence')}
                      </Title>
                      <Text fz="sm" c="dimmed">
                        {t('decisions.assessmentForm.evidenceHint')}
                      </Text>
                    </div>
                    <AssessmentEvidence account={relation?.accounts.given ?? null} ratings={ratings} onChange={setRatings} />
                  </Stack>
                </Card>
                <Card withBorder padding="lg">
                  <Stack gap="md">
                    <div>
                      <Text component="div" fz="sm" fw={500} id={`${ids}-vulnerability`}>
                        {t('decisions.assessmentForm.vulnerability')}
                      </Text>
                      <Text component="div" fz="xs" c="dimmed" mb={4} id={`${ids}-vulnerability-hint`}>
                        {t('decisions.assessmentForm.vulnerabilityHint')}
                      </Text>
                      <SegmentedControl
                        aria-labelledby={`${ids}-vulnerability`}
                        aria-describedby={`${ids}-vulnerability-hint`}
                        value={String(vulnerability)}
                        onChange={(value) => setVulnerability(Number(value))}
                        data={SCALE.map((value) => ({ value: String(value), label: String(value) }))}
                        data-testid="assessment-vulnerability"
                      />
                      <Text component="div" fz="xs" mt={2} aria-live="polite">
                        {t(`decisions.vulnerability.${vulnerability as 1}`)}
                      </Text>
                    </div>
                    <TextInput
                      type="date"
                      label={t('decisions.assessmentForm.horizon')}
                      description={t('decisions.assessmentForm.horizonHint')}
                      value={horizonOn}
                      onChange={(event) => setHorizonOn(event.currentTarget.value)}
                      error={errors.horizonOn}
                      w={{ base: '100%', xs: 240 }}
                    />
                  </Stack>
                </Card>
              </>
            ) : null}
          </Stack>
        </Grid.Col>
        {gut !== null ? (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg" className="tl-advice-column">
              <Card withBorder padding="lg" component="section" aria-labelledby={`${ids}-advice`} data-testid="assessment-preview">
                <Stack gap="md" aria-live="polite">
                  <Title order={3} fz="h4" id={`${ids}-advice`}>
                    {t('decisions.assessmentForm.advice')}
                  </Title>
                  {preview.isError ? (
                    <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
                  ) : !advice ? (
                    <Text fz="sm" c="dimmed">
                      {t('decisions.assessmentForm.adviceWaiting')}
                    </Text>
                  ) : (
                    <>
                      <Group gap="xs">
                        <Text fz="sm">{t('decisions.assessment.advised')}</Text>
                        <OutcomeBadge outcome={advice.outcome} testId="preview-outcome" />
                      </Group>
                      <AssessmentBar
                        trustLevel={advice.reading.trustLevel}
                        uncertainty={advice.reading.uncertainty}
                        required={advice.requiredTrustLevel}
                        tolerated={advice.toleratedUncertainty}
                      />
                      {advice.safeguards.length > 0 ? (
                        <Stack gap={6} data-testid="assessment-safeguards">
                          <Text fz="sm" fw={600}>
                            {t('decisions.assessment.safeguards')}
                          </Text>
                          {advice.safeguards.map((safeguard) => (
                            <div key={safeguard.dimension}>
                              <Text fz="sm" fw={500}>
                                {t(`advice.${safeguard.state}`, { dimension: t(`dimension.${safeguard.dimension}`) })}
                              </Text>
                              <Text fz="sm">{localized(safeguard.action)}</Text>
                            </div>
                          ))}
                        </Stack>
                      ) : null}
                      <AssessmentWarnings warnings={advice.warnings} />
                    </>
                  )}
                </Stack>
              </Card>
              <Card withBorder padding="lg">
                <Stack gap="md">
                  <Radio.Group
                    label={t('decisions.assessmentForm.decision')}
                    description={t('decisions.assessmentForm.decisionHint')}
                    value={decision}
                    onChange={(value) => setDecision(value as Outcome)}
                    error={errors.decision}
                    required
                  >
                    <Stack gap="xs" mt={6}>
                      {OUTCOMES.map((outcome) => (
                        <Radio key={outcome} value={outcome} label={t(`decisions.outcome.${outcome}`)} data-testid={`decision-${outcome}`} />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Textarea
                    label={t('decisions.assessmentForm.reasons')}
                    description={t('decisions.assessmentForm.reasonsHint')}
                    value={reasons}
                    onChange={(event) => setReasons(event.currentTarget.value)}
                    error={errors.reasons}
                    required
                    autosize
                    minRows={3}
                    maxLength={4000}
                    data-testid="assessment-reasons"
                  />
                  <Checkbox
                    label={t('decisions.assessmentForm.book')}
                    description={t('decisions.assessmentForm.bookHint')}
                    checked={booking}
                    onChange={(event) => setBooking(event.currentTarget.checked)}
                    data-testid="assessment-book"
                  />
                  {booking ? (
                    <Stack gap="sm">
                      <Select
                        label={t('decisions.dilemmaForm.foundation')}
                        placeholder={t('entry.foundationPlaceholder')}
                        data={foundations}
                        value={entryFoundation}
                        onChange={(value) => setEntryFoundation(value as Foundation | null)}
                        error={errors['entry.foundation']}
                        required
                        comboboxProps={{ withinPortal: true }}
                        data-testid="entry-foundation"
                      />
                      <Select
                        label={t('decisions.dilemmaForm.amount')}
                        placeholder={t('decisions.dilemmaForm.amountPlaceholder')}
                        data={amounts}
                        value={entryAmount || null}
                        onChange={(value) => setEntryAmount(value ?? '')}
                        error={errors['entry.amount']}
                        required
                        comboboxProps={{ withinPortal: true }}
                        data-testid="entry-amount"
                      />
                      {Number(entryAmount) < 0 ? (
                        <Select
                          label={t('decisions.dilemmaForm.intent')}
                          placeholder={t('entry.intentPlaceholder')}
                          data={INTENTS.map((i) => ({ value: i, label: t(`intent.${i}`) }))}
                          value={entryIntent}
                          onChange={(value) => setEntryIntent(value as Intent | null)}
                          error={errors['entry.intent']}
                          required
                          comboboxProps={{ withinPortal: true }}
                        />
                      ) : null}
                      <TextInput label={t('decisions.dilemmaForm.note')} value={entryNote} onChange={(event) => setEntryNote(event.currentTarget.value)} maxLength={2000} />
                    </Stack>
                  ) : null}
                  {general ? (
                    <Alert color="red" variant="light" role="alert">
                      {general}
                    </Alert>
                  ) : null}
                  <Group justify="flex-end">
                    <Button component={Link} to="/decisions" variant="default">
                      {t('common.cancel')}
                    </Button>
                    <Button type="submit" loading={record.isPending} data-testid="assessment-submit">
                      {t('decisions.assessmentForm.submit')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            </Stack>
          </Grid.Col>
        ) : null}
      </Grid>
    </form>
  );
}
