import { Alert, Button, Card, CopyButton, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemErrors, type FieldErrors } from '../form-errors.ts';
import { saveFile } from '../save-file.ts';
import { linksCsv, linksFileName } from '../scan-links.ts';
import { refreshScans } from '../scan-queries.ts';
import { issueInvitations, type IssuedInvitations, type Scan } from '../scans-api.ts';
import { ScanLinkSheet } from './ScanLinkSheet.tsx';

const MAX_LINKS = 1000;
const WHOLE_GROUP = '__whole__';
/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; other programs skip it. */
const BYTE_ORDER_MARK = '\uFEFF';

type Field = 'count' | 'segment';

interface Issued {
  readonly links: IssuedInvitations['links'];
  /** The name of the stakeholder the links are for; null for the whole group. */
  readonly segment: string | null;
}

/**
 * Making the single-use links people answer the scan with. The server gives them once and keeps
 * only their fingerprints, so the page shows them once, with a CSV to download and slips to
 * print; a lost link is replaced by a new one, never recovered.
 */
export function ScanInvitations({ organisationId, organisationName, scan, names }: {
  organisationId: string;
  organisationName: string;
  scan: Scan;
  /** The names of the stakeholders of the scan's group, by id. */
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [count, setCount] = useState<number | string>(10);
  const [segment, setSegment] = useState<string>(WHOLE_GROUP);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);

  const segments = scan.members.length > 1 ? scan.members.filter((id) => names.has(id)).sort((a, b) => names.get(a)!.localeCompare(names.get(b)!)) : [];

  const issue = useMutation({
    mutationFn: () => issueInvitations(organisationId, scan.id, Number(count), segment === WHOLE_GROUP ? null : segment),
    onSuccess: async (answer) => {
      setIssued({ links: answer.links, segment: answer.segment === null ? null : (names.get(answer.segment) ?? null) });
      await refreshScans(queryClient, organisationId);
    },
    onError: (failure) => {
      const found = problemErrors(t, failure, ['count', 'segment'] as const);
      setErrors(found.fields.count ? { ...found.fields, count: t('scans.links.countRange', { max: MAX_LINKS }) } : found.fields);
      setGeneral(found.general);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    const countError = count === '' || !Number.isInteger(n) || n < 1 || n > MAX_LINKS ? t('scans.links.countRange', { max: MAX_LINKS }) : undefined;
    setErrors({ count: countError });
    setGeneral(null);
    if (!countError) issue.mutate();
  };

  const urls = issued?.links.map((link) => link.url) ?? [];
  // The form the focus was in gives way to the links: the focus goes to their heading, and back to the form after.
  const madeHeading = useRef<HTMLHeadingElement>(null);
  const countInput = useRef<HTMLInputElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (issued) madeHeading.current?.focus();
    else if (returnFocus) countInput.current?.focus();
  }, [issued, returnFocus]);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="scan-links-title" data-testid="scan-invitations">
      <Title order={3} fz="h4" id="scan-links-title">
        {t('scans.links.title')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm" maw={720}>
        {scan.status === 'draft' ? t('scans.links.introDraft') : t('scans.links.intro')}
      </Text>
      {issued ? (
        <div className="tl-links-issued" role="region" aria-labelledby="scan-links-made" data-testid="scan-links-issued">
          <Stack gap="sm">
            <Title order={4} fz="md" id="scan-links-made" ref={madeHeading} tabIndex={-1}>
              {t('scans.links.madeTitle', { count: issued.links.length })}
            </Title>
            <Text fz="sm" fw={600}>
              {t('scans.links.onlyOnce')}
            </Text>
            <Text fz="sm">{t('scans.links.lost')}</Text>
            {issued.segment ? <Text fz="sm">{t('scans.links.forSegment', { segment: issued.segment })}</Text> : null}
            <Group gap="sm">
              <Button
                onClick={() => saveFile(linksFileName(scan.title, issued.segment), 'text/csv;charset=utf-8', BYTE_ORDER_MARK + linksCsv(issued.links, issued.segment))}
                color="dark"
                data-testid="scan-links-csv"
              >
                {t('scans.links.download')}
              </Button>
              <Button variant="default" onClick={() => window.print()} data-testid="scan-links-print">
                {t('scans.links.print')}
              </Button>
              <CopyButton value={urls.join('\n')} timeout={2000}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('scans.links.copied') : t('scans.links.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <ol className="tl-scan-links" aria-label={t('scans.links.listLabel')} data-testid="scan-links-list">
              {urls.map((url) => (
                <li key={url}>{url}</li>
              ))}
            </ol>
            <Group justify="flex-end">
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  setReturnFocus(true);
                  setIssued(null);
                }}
                data-testid="scan-links-done"
              >
                {t('scans.links.done')}
              </Button>
            </Group>
          </Stack>
          <ScanLinkSheet organisation={organisationName} title={scan.title} segment={issued.segment} closesOn={scan.closesOn} urls={urls} />
        </div>
      ) : (
        <form onSubmit={submit} noValidate data-testid="scan-links-form">
          <Group gap="sm" align="flex-start">
            <NumberInput
              label={t('scans.links.count')}
              ref={countInput}
              value={count}
              onChange={setCount}
              error={errors.count}
              min={1}
              max={MAX_LINKS}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              required
              w={{ base: '100%', xs: 160 }}
              data-testid="scan-links-count"
            />
            {segments.length > 0 ? (
              <Select
                label={t('scans.links.segment')}
                description={t('scans.links.segmentHint')}
                data={[
                  { value: WHOLE_GROUP, label: t('scans.links.wholeGroup') },
                  ...segments.map((id) => ({ value: id, label: names.get(id) ?? id })),
                ]}
                value={segment}
                onChange={(value) => setSegment(value ?? WHOLE_GROUP)}
                error={errors.segment}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                w={{ base: '100%', xs: 320 }}
                data-testid="scan-links-segment"
              />
            ) : null}
          </Group>
          {general ? (
            <Alert color="red" variant="light" role="alert" mt="sm">
              {general}
            </Alert>
          ) : null}
          <Button type="submit" mt="sm" loading={issue.isPending} data-testid="scan-links-make">
            {t('scans.links.make')}
          </Button>
        </form>
      )}
    </Card>
  );
}
