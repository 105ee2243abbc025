import { Badge, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adviseResponses } from '../../domain/breach-guidance.ts';
import { breachChanged, useBreaches } from '../breach-queries.ts';
import { BREACH_RESPONSES, respondToBreach, type Breach, type BreachResponse, type Fit, type ResponseAdvice } from '../breaches-api.ts';
import { DIMENSIONS } from '../dimensions.ts';
import { useFormat } from '../format.ts';
import { problemErrors } from '../form-errors.ts';
import { useLocalized } from '../localized.ts';
import { notify } from '../notices.ts';
import { useRelation } from '../queries.ts';

type Alternatives = 'yes' | 'no' | 'unknown';
const FIT_COLOR: Record<Fit, string> = { good: 'green', possible: 'orange', poor: 'red' };
const toAnswer = (value: boolean | null): Alternatives => (value === null ? 'unknown' : value ? 'yes' : 'no');
const fromAnswer = (value: Alternatives): boolean | null => (value === 'unknown' ? null : value === 'yes');

/**
 * After their breach: the four responses side by side — how well each fits, why, and what it does
 * to our own credibility on each dimension — with the question whether we could go elsewhere,
 * which changes whether leaving fits. Editors choose one with a note; leaving asks first, since it
 * closes the relation.
 */
export function BreachResponses({ breach, editable }: { breach: Breach; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [alternatives, setAlternatives] = useState<Alternatives>(toAnswer(breach.response?.alternatives ?? null));
  const [choosing, setChoosing] = useState<BreachResponse | null>(null);
  const advice = useAdvice(breach, fromAnswer(alternatives));
  const chosen = breach.response?.response ?? null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="responses-title" data-testid="breach-responses">
      <Stack gap="md">
        <div>
          <Title order={3} fz="h4" id="responses-title">
            {t('breaches.responses.title')}
          </Title>
          <Text fz="sm" c="dimmed" maw={820}>
            {t('breaches.responses.intro')}
          </Text>
        </div>
        <div>
          <Text fz="sm" fw={600} id="alternatives-label">
            {t('breaches.responses.alternatives')}
          </Text>
          <Text fz="xs" c="dimmed" mb={4}>
            {t('breaches.responses.alternativesHint')}
          </Text>
          <SegmentedControl
            value={alternatives}
            onChange={(value) => setAlternatives(value as Alternatives)}
            data={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(`breaches.responses.alternativesValue.${v}`) }))}
            aria-labelledby="alternatives-label"
            data-testid="response-alternatives"
          />
        </div>
        {breach.response ? (
          <Text fz="sm" data-testid="response-chosen">
            <Text component="span" fw={600}>{`${t('breaches.responses.chosen')}: ${t(`breaches.responses.name.${breach.response.response}`)}`}</Text>
            {` · ${t('breaches.responses.chosenOn', { date: format.date(breach.response.chosenOn) })}`}
            {breach.response.note ? ` — ${breach.response.note}` : ''}
          </Text>
        ) : null}
        {advice ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            {BREACH_RESPONSES.map((response) => {
              const item = advice.find((a) => a.response === response);
              return item ? (
                <ResponseCard key={response} advice={item} chosen={chosen === response} onChoose={editable ? () => setChoosing(response) : null} />
              ) : null;
            })}
          </SimpleGrid>
        ) : null}
      </Stack>
      {editable ? <RespondModal breach={breach} response={choosing} alternatives={fromAnswer(alternatives)} onClose={() => setChoosing(null)} /> : null}
    </Card>
  );
}

/**
 * The server's advice for the situation as recorded; once the user answers the question of
 * alternatives differently, the same rules (shared from the domain, which is pure) weigh it again
 * with the stakeholder's importance and their earlier breaches on the relation.
 */
function useAdvice(breach: Breach, alternatives: boolean | null): readonly ResponseAdvice[] | null {
  const relation = useRelation(breach.organisationId, breach.relationId);
  const breaches = useBreaches(breach.organisationId, breach.relationId);
  const stored = breach.response?.alternatives ?? null;
  return useMemo(() => {
    if (alternatives === stored || !relation.data || !breaches.data) return breach.responseAdvice;
    const earlierBreaches = breaches.data.filter((b) => b.direction === 'they_breached' && b.occurredOn < breach.occurredOn).length;
    return adviseResponses({ intent: breach.intent, scale: breach.scale, importance: relation.data.stakeholder.importance, earlierBreaches, alternatives });
  }, [alternatives, stored, relation.data, breaches.data, breach]);
}

function ResponseCard({ advice, chosen, onChoose }: { advice: ResponseAdvice; chosen: boolean; onChoose: (() => void) | null }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const name = t(`breaches.responses.name.${advice.response}`);
  const headingId = `response-${advice.response}`;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      className="tl-response-card"
      data-chosen={chosen}
      data-testid="response-card"
      data-response={advice.response}
      data-fit={advice.fit}
    >
      <Stack gap="xs" h="100%">
        <Group justify="space-between" gap={6} align="center">
          <Title order={4} fz="h5" id={headingId}>
            {name}
          </Title>
          <Badge color={FIT_COLOR[advice.fit]} variant="light" radius="sm" tt="none" data-testid="response-fit">
            <span className="tl-visually-hidden">{`${t('breaches.responses.fitLabel')}: `}</span>
            {t(`breaches.responses.fit.${advice.fit}`)}
          </Badge>
        </Group>
        <Text fz="sm">{t(`breaches.responses.meaning.${advice.response}`)}</Text>
        <ul className="tl-response-reasons">
          {advice.reasons.map((reason, index) => (
            <li key={index}>
              <Text fz="xs" c="dimmed">
                {localized(reason)}
              </Text>
            </li>
          ))}
        </ul>
        <div>
          <Text fz="xs" fw={600} mb={2}>
            {t('breaches.responses.credibility')}
          </Text>
          <dl className="tl-credibility" data-testid="response-credibility">
            {DIMENSIONS.map((d) => {
              const value = advice.credibility[d];
              const effect = value > 0 ? 'up' : value < 0 ? 'down' : 'none';
              return (
                <div key={d} style={{ display: 'contents' }}>
                  <dt>
                    <Text fz="xs" component="span">
                      {t(`dimension.${d}`)}
                    </Text>
                  </dt>
                  <dd className={`tl-effect-${effect}`} data-dimension={d} data-effect={value}>
                    <span aria-hidden="true">{t(`breaches.responses.effectSign.${effect}`)}</span>
                    <span className="tl-visually-hidden">{t(`breaches.responses.effect.${effect}`)}</span>
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
        {onChoose ? (
          <Button
            mt="auto"
            size="xs"
            variant={chosen ? 'filled' : 'light'}
            color={advice.response === 'leave' ? 'red' : undefined}
            onClick={onChoose}
            aria-label={t('breaches.responses.chooseNamed', { response: name })}
            data-testid="response-choose"
          >
            {t('breaches.responses.choose')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

function RespondModal({ breach, response, alternatives, onClose }: { breach: Breach; response: BreachResponse | null; alternatives: boolean | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const respond = useMutation({
    mutationFn: (chosen: BreachResponse) => respondToBreach(breach.organisationId, breach.id, { response: chosen, alternatives, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: async (next) => {
      notify((t) => t('breaches.responses.recorded'));
      setNote('');
      setError(null);
      onClose();
      await breachChanged(queryClient, breach.organisationId, next);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, ['note'] as const);
      setError(found.fields.note ?? found.general);
    },
  });
  const name = response ? t(`breaches.responses.name.${response}`) : '';
  return (
    <Modal opened={response !== null} onClose={onClose} title={t('breaches.responses.confirmTitle', { response: name })} closeButtonProps={{ 'aria-label': t('common.closeDialog') }} centered>
      {response ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            respond.mutate(response);
          }}
          noValidate
          data-testid="response-form"
        >
          <Stack gap="sm">
            <Text fz="sm">{t(`breaches.responses.meaning.${response}`)}</Text>
            {response === 'leave' ? (
              <Text fz="sm" fw={600} c="red.9" data-testid="response-leave-warning">
                {t('breaches.responses.leaveWarning')}
              </Text>
            ) : null}
            <Textarea
              label={t('breaches.responses.note')}
              placeholder={t('breaches.responses.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={error}
              maxLength={2000}
              autosize
              minRows={2}
              data-autofocus
              data-testid="response-note"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={response === 'leave' ? 'red' : undefined} loading={respond.isPending} data-testid="response-submit">
                {response === 'leave' ? t('breaches.responses.confirmLeave') : t('breaches.responses.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
