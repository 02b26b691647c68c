import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A list on the case page with a form to add to it (journal notes, documents): the heading, the
 * items or a line saying there are none, what the last attempt came to, and the form folded away.
 */
export function JournalSection({
  id,
  title,
  empty,
  items,
  message,
  addLabel,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  /** One list item each, with its key set. */
  items: readonly ReactNode[];
  message: { ok: boolean; text: string } | null;
  addLabel: string;
  /** The form. */
  children: ReactNode;
}): ReactNode {
  return (
    <section aria-labelledby={id} className="vern-stack">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {items.length > 0 ? <ul className="vern-elements">{items}</ul> : <Paragraph>{empty}</Paragraph>}
      {message ? (
        <Alert data-color={message.ok ? 'success' : 'danger'} role={message.ok ? 'status' : 'alert'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      ) : null}
      <Details>
        <Details.Summary>{addLabel}</Details.Summary>
        <Details.Content>{children}</Details.Content>
      </Details>
    </section>
  );
}
