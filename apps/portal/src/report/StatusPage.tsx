import { Alert, Button, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { Page, useI18n } from '@vern/ui';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { receivedText } from './ReceiptView';
import { useReportT } from './report-t';
import { fetchServices, fetchStatus, type ReportStatus, type Service } from './submit';
import './report.css';

/**
 * Feedback to the reporter through the channel they came in: with the reference number and code
 * from the receipt, what the service may tell them now (received; for a professional, whether an
 * undersøkelse was opened). Nothing about the case itself. The code is sent in the body, never in
 * the address, so it stays out of the browser's history.
 */
export function StatusPage(): ReactNode {
  const t = useReportT();
  const { lang } = useI18n();
  const [services, setServices] = useState<Service[] | null>(null);
  const [slug, setSlug] = useState('');
  const [reference, setReference] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReportStatus | 'not-found' | 'busy' | 'error' | null>(null);
  const answer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void fetchServices().then((s) => {
      setServices(s);
      if (s?.length === 1) setSlug(s[0]?.slug ?? '');
    });
  }, []);
  useEffect(() => {
    if (result) answer.current?.focus();
  }, [result]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!slug || busy) return;
    setBusy(true);
    setResult(await fetchStatus(slug, { reference, statusCode: code }));
    setBusy(false);
  };
  const date = (iso: string) => receivedText(iso, lang);
  return (
    <Page title={t('status.title')}>
      <Paragraph>{t('status.lead')}</Paragraph>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off" className="vern-stack">
        {services && services.length > 1 ? (
          <div className="vern-stack">
            <label htmlFor="f-status-service">{t('service.label')}</label>
            <Select id="f-status-service" value={slug} onChange={(e) => setSlug(e.target.value)}>
              <Select.Option value="">{t('service.choose')}</Select.Option>
              {services.map((s) => (
                <Select.Option key={s.slug} value={s.slug}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
          </div>
        ) : null}
        <Textfield
          id="f-status-reference"
          label={t('status.reference')}
          value={reference}
          autoComplete="off"
          onChange={(e) => setReference(e.target.value)}
        />
        <Textfield
          id="f-status-code"
          label={t('status.code')}
          value={code}
          autoComplete="off"
          onChange={(e) => setCode(e.target.value)}
        />
        <div className="vern-actions">
          <Button type="submit" disabled={busy || !slug}>
            {t('status.submit')}
          </Button>
        </div>
      </form>
      <div ref={answer} tabIndex={-1} aria-live="polite">
        {result === null ? null : typeof result === 'string' ? (
          <Alert data-color={result === 'not-found' ? 'warning' : 'danger'}>
            <Paragraph>
              {t(
                result === 'not-found'
                  ? 'status.notFound'
                  : result === 'busy'
                    ? 'status.busy'
                    : 'status.error',
              )}
            </Paragraph>
          </Alert>
        ) : (
          <Alert data-color="info">
            <Paragraph>
              {t('status.received', { reference: result.reference, date: date(result.receivedAt) })}
            </Paragraph>
            <Paragraph>
              {result.status === 'received'
                ? t(
                    result.melderKind === 'offentlig'
                      ? 'status.received.offentlig'
                      : 'status.received.privat',
                  )
                : t(result.status === 'undersokelse' ? 'status.undersokelse' : 'status.no_undersokelse', {
                    date: date(result.since),
                  })}
            </Paragraph>
          </Alert>
        )}
      </div>
    </Page>
  );
}
