import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';

/**
 * The links as a sheet to print and cut: one slip per link, each saying who asks, until when,
 * and that the link works once. It is hidden on screen and is all the printer sees (scans.css);
 * it hangs directly under the body so that the page around it can be left out of the print.
 */
export function ScanLinkSheet({ organisation, title, segment, closesOn, urls }: {
  organisation: string;
  title: string;
  segment: string | null;
  closesOn: string;
  urls: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return createPortal(
    <div className="tl-scan-print" data-testid="scan-print-sheet">
      <p className="tl-scan-print-head">{t('scans.links.printHead', { title, count: urls.length })}</p>
      {urls.map((url) => (
        <section key={url} className="tl-scan-slip" data-testid="scan-print-slip">
          <p className="tl-scan-slip-asks">{t('scans.links.slipAsks', { organisation, title })}</p>
          {segment ? <p className="tl-scan-slip-note">{t('scans.links.slipFor', { segment })}</p> : null}
          <p className="tl-scan-slip-note">{t('scans.links.slipAnswer')}</p>
          <p className="tl-scan-slip-url">{url}</p>
          <p className="tl-scan-slip-note">{t('scans.links.slipOnce', { date: format.date(closesOn) })}</p>
        </section>
      ))}
    </div>,
    document.body,
  );
}
