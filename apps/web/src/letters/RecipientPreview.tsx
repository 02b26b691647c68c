import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { formatLetterDate } from '@vern/domain';
import type { ReactNode } from 'react';
import { useStaffT } from '../i18n/useStaffT';
import type { RecipientPreviewData } from './letters';

/**
 * «Slik får mottakeren det»: the letter as a sheet (recipient block, date, body, exactly the text
 * the PDF has) and the notice the recipient is sent, each under its own heading.
 */
export function RecipientPreview({
  preview,
  pdfHref,
  lang,
}: {
  preview: RecipientPreviewData;
  pdfHref: string;
  /** The letter's language, for screen readers reading the sheet. */
  lang: 'nb' | 'nn';
}): ReactNode {
  const t = useStaffT();
  return (
    <section aria-labelledby="mottakeren-ser" className="vern-stack">
      <Heading level={2} data-size="md" id="mottakeren-ser">
        {t('letters.preview.title')}
      </Heading>
      <Heading level={3} data-size="sm" id="brevet">
        {t('letters.preview.letter')}
      </Heading>
      <article className="vern-letter-sheet" aria-labelledby="brevet" lang={lang === 'nn' ? 'nn' : 'nb'}>
        <div className="vern-letter-sheet__head">
          <address className="vern-letter-sheet__recipient">
            {preview.recipientLines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          <p className="vern-letter-sheet__meta">
            {t('letters.preview.date', { date: formatLetterDate(preview.letterDate) })}
            {preview.confidential ? (
              <>
                <br />
                {t('letters.preview.confidential')}
              </>
            ) : null}
          </p>
        </div>
        {preview.blocks.map((b, i) =>
          b.kind === 'heading' ? (
            <p key={i} className="vern-letter-sheet__heading">
              {b.text}
            </p>
          ) : (
            <p key={i}>{b.text}</p>
          ),
        )}
      </article>
      <Paragraph>
        <Link href={pdfHref} download>
          {t('letters.preview.pdf')}
        </Link>
      </Paragraph>
      <Heading level={3} data-size="sm" id="varselet">
        {t('letters.preview.notification')}
      </Heading>
      <Paragraph data-size="sm" className="vern-muted">
        {t('letters.preview.notificationHelp')}
      </Paragraph>
      <p className="vern-letter-notice" lang={lang === 'nn' ? 'nn' : 'nb'}>
        {preview.notification}
      </p>
    </section>
  );
}
