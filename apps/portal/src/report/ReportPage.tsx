import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, Page, useT, type MessageKey } from '@vern/ui';
import { useId, type ReactNode } from 'react';

export const REPORT_PATH = '/bekymring';

interface Hotline {
  name: MessageKey;
  note: MessageKey;
  /** Shown with a no-break space so the number never wraps. */
  number: string;
}

const HOTLINES: readonly Hotline[] = [
  { name: 'portal.report.police', note: 'portal.report.policeNote', number: '112' },
  { name: 'portal.report.alarm', note: 'portal.report.alarmNote', number: '116\u00a0111' },
];

/** Until the concern form exists: say so, and make the emergency numbers impossible to miss. */
export function ReportPage(): ReactNode {
  const t = useT();
  const urgentId = useId();
  return (
    <Page title={t('portal.report.title')}>
      <Paragraph data-size="lg">{t('portal.report.coming')}</Paragraph>
      <section aria-labelledby={urgentId} className="vern-stack">
        <Heading level={2} data-size="md" id={urgentId}>
          {t('portal.report.urgentTitle')}
        </Heading>
        <ul className="vern-grid vern-plain-list" role="list">
          {HOTLINES.map((line) => (
            <li key={line.number}>
              <Card data-color="warning" className="vern-stack">
                <Heading level={3} data-size="xs">
                  {t(line.name)}
                </Heading>
                <Paragraph data-size="xl">
                  <Link href={`tel:${line.number.replace(/\D/g, '')}`}>
                    {t('portal.report.call', { phone: line.number })}
                  </Link>
                </Paragraph>
                <Paragraph>{t(line.note)}</Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <Paragraph>
        <AppLink to="/">{t('portal.report.back')}</AppLink>
      </Paragraph>
    </Page>
  );
}
