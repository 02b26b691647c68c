import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, Page, useLinkProps } from '@vern/ui';
import type { ReactNode } from 'react';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import { newCasePath, personPath } from '../cases/staff-routes';
import { useStaffT } from '../i18n/useStaffT';
import { dynamicText } from '../steps/field-text';
import '../cases/cases.css';

interface PersonView {
  id: string;
  fodselsnummer: string | null;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  address: { street: string; postalCode: string; postalPlace: string } | null;
  addressHidden: boolean;
}

interface RelationView {
  id: string;
  kind: string;
  direction: 'outgoing' | 'incoming';
  other: { id: string; givenName: string; familyName: string; birthDate: string | null };
  endDate: string | null;
}

/** `/personer/{id}`: who the person is, their relations, and a melding about them. */
export function PersonPage({ personId }: { personId: string }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('person.loading')}>{() => <PersonDetails personId={personId} />}</RequireStaff>
  );
}

function NewMeldingButton({ personId, name }: { personId: string; name: string }): ReactNode {
  const t = useStaffT();
  const link = useLinkProps(newCasePath(personId));
  return (
    <Button asChild variant="secondary" className="vern-wrap">
      <a {...link}>{t('person.newMelding', { name })}</a>
    </Button>
  );
}

function PersonDetails({ personId }: { personId: string }): ReactNode {
  const t = useStaffT();
  const person = useApi<PersonView>(`/api/persons/${personId}`);
  const relations = useApi<{ items: RelationView[] }>(`/api/persons/${personId}/relations`);
  if (!person.result?.ok)
    return (
      <Page title={t('person.loading')}>
        {person.result ? (
          <LoadProblem problem={person.result.problem} onRetry={person.reload} />
        ) : (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        )}
      </Page>
    );
  const p = person.result.data;
  const name = `${p.givenName} ${p.familyName}`;
  const address = p.addressHidden
    ? t('person.addressHidden')
    : p.address
      ? `${p.address.street}, ${p.address.postalCode} ${p.address.postalPlace}`
      : t('person.noAddress');
  const items = relations.result?.ok ? relations.result.data.items : [];
  return (
    <Page title={name}>
      <Paragraph>
        <AppLink to="/">{t('case.toList')}</AppLink>
      </Paragraph>
      <dl className="vern-facts">
        {(
          [
            [t('person.fnr'), p.fodselsnummer ?? t('person.unknown')],
            [t('person.born'), p.birthDate ?? t('person.unknown')],
            [t('person.address'), address],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <NewMeldingButton personId={p.id} name={name} />
      </div>
      <section aria-labelledby="relasjoner" className="vern-stack">
        <Heading level={2} data-size="md" id="relasjoner">
          {t('person.relations')}
        </Heading>
        {items.length === 0 ? (
          <Paragraph>{relations.result ? t('person.noRelations') : t('load.busy')}</Paragraph>
        ) : (
          <ul className="vern-elements">
            {items.map((r) => (
              <li key={r.id}>
                <AppLink to={personPath(r.other.id)}>{`${r.other.givenName} ${r.other.familyName}`}</AppLink>
                {` – ${dynamicText(t, `person.relation.${r.kind}`)}`}
                {r.endDate ? ` (${t('person.relation.ended', { date: r.endDate })})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
