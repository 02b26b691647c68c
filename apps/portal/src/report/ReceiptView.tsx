import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { receiptSections } from '@vern/domain';
import { AppLink } from '@vern/ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MIN_SIDE_PATH } from '../min-side/session';
import { useReportT } from './report-t';
import { fetchReceiptPdf, type Receipt } from './submit';

export const STATUS_PATH = '/bekymring/status';

/** The receipt time as Norwegians read it, in Norwegian time whatever the device's zone. */
export function receivedText(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The status code in groups of four, easier to copy down by hand. */
export const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/**
 * The receipt: the reference number and status code, what happens next, the PDF, and exactly what
 * was reported (the sections the server's PDF has, from what the server stored). Focus moves to
 * its heading, so a screen reader announces that the report was received.
 */
export function ReceiptView({
  receipt,
  slug,
  statusCode,
  onNew,
}: {
  receipt: Receipt;
  slug: string;
  statusCode: string;
  onNew: () => void;
}): ReactNode {
  const t = useReportT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [pdfProblem, setPdfProblem] = useState(false);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const download = async () => {
    setPdfProblem(false);
    const blob = await fetchReceiptPdf(slug, { reference: receipt.reference, statusCode }).catch(() => null);
    if (!blob) {
      setPdfProblem(true);
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `kvittering-${receipt.reference}.pdf`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section className="vern-stack vern-receipt" aria-labelledby="kvittering">
      <Alert data-color="success">
        <Heading level={2} data-size="md" id="kvittering" ref={heading} tabIndex={-1}>
          {t('receipt.title')}
        </Heading>
        <Paragraph>
          {t('receipt.lead', {
            service: receipt.service,
            date: receivedText(receipt.receivedAt, receipt.lang),
          })}
        </Paragraph>
      </Alert>
      <Card data-color="neutral" className="vern-stack">
        <dl>
          <dt>{t('receipt.reference')}</dt>
          <dd className="vern-receipt-key" data-testid="reference">
            {receipt.reference}
          </dd>
          <dt>{t('receipt.code')}</dt>
          <dd className="vern-receipt-key">{grouped(statusCode)}</dd>
        </dl>
        <Paragraph>{t('receipt.keep')}</Paragraph>
        <div className="vern-actions">
          <Button type="button" onClick={() => void download()}>
            {t('receipt.pdf')}
          </Button>
        </div>
        <Paragraph data-size="sm">{t('receipt.pdfNote')}</Paragraph>
        {pdfProblem ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('receipt.pdfFailed')}</Paragraph>
          </Alert>
        ) : null}
      </Card>
      <Paragraph>
        {t(receipt.melderKind === 'offentlig' ? 'receipt.next.offentlig' : 'receipt.next.privat')}
      </Paragraph>
      {receipt.melderIdentified ? (
        <Paragraph>
          {t('receipt.identified')} <AppLink to={MIN_SIDE_PATH}>{t('receipt.minSide')}</AppLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        <AppLink to={STATUS_PATH}>{t('receipt.statusLink')}</AppLink>
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t('receipt.what')}
      </Heading>
      {receiptSections(receipt.report, receipt.lang).map((s) => (
        <section key={s.heading} className="vern-stack">
          <Heading level={3} data-size="xs">
            {s.heading}
          </Heading>
          <dl>
            {s.rows.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="vern-actions">
        <Button type="button" variant="secondary" onClick={onNew}>
          {t('receipt.new')}
        </Button>
      </div>
    </section>
  );
}
