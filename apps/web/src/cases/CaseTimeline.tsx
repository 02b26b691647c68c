import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { CaseEvent } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { stepTitle } from '../steps/field-text';

/** Every step of the case, newest first, with its date and who recorded it. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }): ReactNode {
  const t = useStaffT();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <section aria-labelledby="tidslinje" className="vern-stack">
      <Heading level={2} data-size="md" id="tidslinje">
        {t('case.timeline.title')}
      </Heading>
      <Paragraph data-size="sm">{t('case.timeline.lead')}</Paragraph>
      {newestFirst.length === 0 ? (
        <Paragraph>{t('case.timeline.empty')}</Paragraph>
      ) : (
        <ol className="vern-timeline" reversed>
          {newestFirst.map((e) => (
            <li key={e.seq}>
              <Paragraph>
                <strong>{stepTitle(t, e.type)}</strong>
              </Paragraph>
              <Paragraph data-size="sm" className="vern-muted">
                {t('case.timeline.meta', { date: e.dato, name: e.actorName ?? t('case.timeline.unknown') })}
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
