import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@vern/ui';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { receivedText } from './ReceiptView';
import { ownStatusText } from './own-reports';
import { useReportT } from './report-t';
import { fetchOwnReports, type OwnReport } from './submit';

/**
 * «Min side»: the reports the signed-in citizen sent signed in, each with what the service may
 * tell them now (received; for a professional whether an undersøkelse was opened), so the
 * feedback reaches them without the reference number and code. Never case content.
 */
export function OwnReports(): ReactNode {
  const t = useReportT();
  const { lang } = useI18n();
  const headingId = useId();
  const [reports, setReports] = useState<OwnReport[] | null | 'loading'>('loading');
  useEffect(() => {
    void fetchOwnReports().then(setReports);
  }, []);
  const date = (iso: string) => receivedText(iso, lang);
  return (
    <section aria-labelledby={headingId} className="vern-stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('mine.title')}
      </Heading>
      <Paragraph>{t('mine.lead')}</Paragraph>
      <div aria-live="polite">
        {reports === 'loading' ? <Paragraph>{t('mine.loading')}</Paragraph> : null}
        {reports === null ? (
          <Alert data-color="danger">
            <Paragraph>{t('mine.failed')}</Paragraph>
          </Alert>
        ) : null}
        {Array.isArray(reports) && reports.length === 0 ? <Paragraph>{t('mine.none')}</Paragraph> : null}
      </div>
      {Array.isArray(reports) && reports.length > 0 ? (
        <ul className="vern-stack vern-plain-list" role="list">
          {reports.map((r) => (
            <li key={r.id}>
              <Card data-color="neutral" className="vern-stack">
                <Heading level={3} data-size="xs">
                  {t('mine.item', { reference: r.reference, service: r.service.name })}
                </Heading>
                <Paragraph data-size="sm">{t('mine.sent', { date: date(r.receivedAt) })}</Paragraph>
                <Paragraph>{ownStatusText(t, r, date)}</Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
