import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../api/schemas.ts';
import { checkRequired, hasErrors, problemErrors, type FieldErrors } from '../form-errors.ts';
import { notify } from '../notices.ts';
import { refreshInstruments } from '../scan-queries.ts';
import { copyInstrument, reviseInstrument, type Instrument, type InstrumentWording } from '../scans-api.ts';
import { useWorkspace } from '../workspace.ts';
import './scans.css';

const MAX_TEXT = 300;
const LANGUAGES = ['nl', 'en'] as const;

/** What the editor does: copy an instrument into the organisation's own, or make a new version of one of its own. */
export type EditorTarget = { readonly kind: 'copy'; readonly instrument: Instrument } | { readonly kind: 'revise'; readonly instrument: Instrument };

/**
 * Rewording an instrument: its name, each of the eighteen statements and the open question, in
 * Dutch and English. The statements keep what they measure (their foundation), so scans made
 * with any version stay comparable; saving makes a new version and leaves earlier ones as they were.
 */
export function InstrumentEditor({ target, onClose }: { target: EditorTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.kind === 'revise' ? t('scans.editor.reviseTitle') : t('scans.editor.copyTitle')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {target ? <EditorBody key={`${target.kind}-${target.instrument.id}`} target={target} onDone={onClose} /> : null}
    </Modal>
  );
}

type Texts = Record<string, Localized>;

function EditorBody({ target, onDone }: { target: EditorTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { membership } = useWorkspace();
  const queryClient = useQueryClient();
  const base = target.instrument;
  const [name, setName] = useState(
    target.kind === 'revise'
      ? (base.name ?? '')
      : base.standard
        ? t('scans.editor.copyStandardName', { kind: t(`scans.kind.${base.kind}`) })
        : t('scans.editor.copyName', { name: base.name ?? '' }),
  );
  const [statements, setStatements] = useState<Texts>(() => Object.fromEntries(base.statements.map((s) => [s.id, { ...s.text }])));
  const [openQuestion, setOpenQuestion] = useState<Localized>({ ...base.openQuestion });
  const [errors, setErrors] = useState<FieldErrors<string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const fieldNames = ['name', 'openQuestion.nl', 'openQuestion.en', ...base.statements.flatMap((s) => LANGUAGES.map((l) => `statements.${s.id}.${l}`))];

  /** Only what changed goes to the server: the rest keeps its words there. */
  const wording = (): InstrumentWording => {
    const changed = Object.fromEntries(
      base.statements.flatMap((s) => {
        const text = statements[s.id]!;
        const trimmed = { nl: text.nl.trim(), en: text.en.trim() };
        return trimmed.nl === s.text.nl && trimmed.en === s.text.en ? [] : [[s.id, trimmed] as const];
      }),
    );
    const question = { nl: openQuestion.nl.trim(), en: openQuestion.en.trim() };
    const questionChanged = question.nl !== base.openQuestion.nl || question.en !== base.openQuestion.en;
    return { name: name.trim(), ...(Object.keys(changed).length > 0 ? { statements: changed } : {}), ...(questionChanged ? { openQuestion: question } : {}) };
  };

  const save = useMutation({
    mutationFn: () =>
      target.kind === 'revise' ? reviseInstrument(membership.organisationId, base.id, wording()) : copyInstrument(membership.organisationId, base.id, wording()),
    onSuccess: async (saved) => {
      notify((t) => t('scans.editor.saved', { name: saved.name ?? '', version: saved.version }));
      onDone();
      await refreshInstruments(queryClient, membership.organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, fieldNames);
      setErrors(found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked: FieldErrors<string> = { name: checkRequired(t, name) };
    for (const [id, text] of Object.entries(statements)) {
      for (const language of LANGUAGES) checked[`statements.${id}.${language}`] = checkRequired(t, text[language]);
    }
    for (const language of LANGUAGES) checked[`openQuestion.${language}`] = checkRequired(t, openQuestion[language]);
    setErrors(checked);
    setGeneral(hasErrors(checked) ? t('scans.editor.fixFields') : null);
    if (!hasErrors(checked)) save.mutate();
  };

  const setStatement = (id: string, language: 'nl' | 'en', value: string) =>
    setStatements((current) => ({ ...current, [id]: { ...current[id]!, [language]: value } }));

  return (
    <form onSubmit={submit} noValidate data-testid="instrument-editor">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {target.kind === 'revise' ? t('scans.editor.reviseIntro', { version: base.version + 1 }) : t('scans.editor.copyIntro')}
        </Text>
        <TextInput
          label={t('scans.editor.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
          maxLength={120}
          data-testid="instrument-editor-name"
        />
        {base.statements.map((statement, index) => (
          <fieldset key={statement.id} className="tl-statement-fields" data-testid="instrument-editor-statement">
            <legend>{t('scans.editor.statement', { number: index + 1, foundation: t(`foundation.${statement.foundation}`) })}</legend>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {LANGUAGES.map((language) => (
                <Textarea
                  key={language}
                  label={t(`scans.editor.${language}`)}
                  value={statements[statement.id]![language]}
                  onChange={(event) => setStatement(statement.id, language, event.currentTarget.value)}
                  error={errors[`statements.${statement.id}.${language}`]}
                  required
                  maxLength={MAX_TEXT}
                  autosize
                  minRows={2}
                  lang={language}
                  data-testid={`instrument-editor-${statement.id}-${language}`}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        ))}
        <fieldset className="tl-statement-fields">
          <legend>{t('scans.instrument.openQuestion')}</legend>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {LANGUAGES.map((language) => (
              <Textarea
                key={language}
                label={t(`scans.editor.${language}`)}
                value={openQuestion[language]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setOpenQuestion((current) => ({ ...current, [language]: value }));
                }}
                error={errors[`openQuestion.${language}`]}
                required
                maxLength={MAX_TEXT}
                autosize
                minRows={2}
                lang={language}
                data-testid={`instrument-editor-open-${language}`}
              />
            ))}
          </SimpleGrid>
        </fieldset>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <Group justify="flex-end" className="tl-editor-actions">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="instrument-editor-submit">
            {target.kind === 'revise' ? t('scans.editor.submitRevise') : t('scans.editor.submitCopy')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
