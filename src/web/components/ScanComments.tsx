import { Blockquote, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanResult } from '../../api/scan-schemas.ts';

/** The open answers exactly as the server sends them (already in random order), or why there are none. */
export function ScanComments({ result }: { result: ScanResult }) {
  const { t } = useTranslation();
  const comments = result.comments;
  let body;
  if (result.segments.length > 0 && comments === null) {
    body = <Text fz="sm" c="dimmed">{t('scanResults.commentsPart')}</Text>;
  } else if (comments === null) {
    body = (
      <Text fz="sm" c="dimmed" data-testid="scan-comments-withheld">
        {t('scanResults.commentsWithheld')}
      </Text>
    );
  } else if (comments.length === 0) {
    body = <Text fz="sm" c="dimmed">{t('scanResults.commentsNone')}</Text>;
  } else {
    body = (
      <>
        <Text fz="sm" c="dimmed">
          {t('scanResults.commentsIntro')}
        </Text>
        <ul className="tl-scan-comments" data-testid="scan-comments">
          {comments.map((comment, i) => (
            // The order is random and the same text may come twice: the position is the identity.
            <li key={i}>
              <Blockquote p="sm" color="gray" className="tl-scan-comment" data-testid="scan-comment">
                {comment}
              </Blockquote>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <section aria-labelledby="scan-comments-heading" className="tl-scan-section">
      <Stack gap="xs">
        <Title order={4} fz="h4" id="scan-comments-heading">
          {t('scanResults.commentsHeading')}
        </Title>
        {body}
      </Stack>
    </section>
  );
}
