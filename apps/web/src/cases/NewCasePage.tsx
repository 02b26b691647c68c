import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { createCaseHistory, osloDate } from '@vern/domain';
import { AppLink, Page, useRouter } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useApi } from '../api/useApi';
import type { PersonHit } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';
import { PersonSearch } from '../persons/PersonSearch';
import { RegisterPerson } from '../persons/RegisterPerson';
import type { StaffSession } from '../session/session';
import type { BuiltRequest } from '../steps/build-request';
import { setFlash } from '../steps/flash';
import { initialValues } from '../steps/initial-values';
import { StepForm } from '../steps/StepForm';
import { MELDING_FIELDS } from '../steps/step-specs';
import { RequireStaff } from './RequireStaff';
import { casePath } from './staff-routes';
import './cases.css';

/** `/saker/ny`: find or register the child, then the melding, which opens the child's case. */
export function NewCasePage({ personId }: { personId?: string | undefined }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('newCase.title')}>
      {(session) => <NewCase session={session} personId={personId} />}
    </RequireStaff>
  );
}

const EXISTING = /has case ([0-9a-f-]{36})/;

function NewCase({ session, personId }: { session: StaffSession; personId: string | undefined }): ReactNode {
  const t = useStaffT();
  const { navigate } = useRouter();
  const preset = useApi<PersonHit>(personId ? `/api/persons/${personId}` : null);
  const [picked, setChild] = useState<PersonHit | null | undefined>(undefined);
  // Opened from a person's page, that person is the child until another is picked.
  const child = picked !== undefined ? picked : preset.result?.ok ? preset.result.data : null;
  const [existing, setExisting] = useState<string | null>(null);
  const [today] = useState(() => osloDate(new Date()));
  const [initial] = useState(() => initialValues('receive-melding', today, new Date()));
  const [empty] = useState(() => createCaseHistory({ sakId: 'ny', journalnummer: 'ny', startDato: today }));

  const submit = async (built: BuiltRequest) => {
    const result = await apiSend<{ sakId: string }>('/api/cases', session.csrfToken, {
      childPersonId: child?.id,
      melding: built.body['melding'],
      melder: built.command['melder'] ?? [],
      saksinnhold: built.command['saksinnhold'] ?? [],
    });
    if (!result.ok) {
      const id = result.problem.details.map((d) => EXISTING.exec(d.reason)?.[1]).find(Boolean);
      setExisting(id ?? null);
    }
    return result;
  };

  return (
    <Page title={t('newCase.title')}>
      <Paragraph>{t('newCase.lead')}</Paragraph>
      <section aria-labelledby="barnet" className="vern-stack">
        <Heading level={2} data-size="md" id="barnet">
          {t('newCase.child')}
        </Heading>
        {child ? (
          <Card data-color="neutral" className="vern-stack">
            <Paragraph role="status">
              {t('persons.chosen', { name: `${child.givenName} ${child.familyName}` })}
            </Paragraph>
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => setChild(null)}>
                {t('persons.change')}
              </Button>
            </div>
          </Card>
        ) : (
          <>
            <PersonSearch onChoose={setChild} />
            <RegisterPerson csrfToken={session.csrfToken} onRegistered={setChild} />
          </>
        )}
        {existing ? (
          <Paragraph>
            {t('newCase.exists')} <AppLink to={casePath(existing)}>{t('newCase.openExisting')}</AppLink>
          </Paragraph>
        ) : null}
      </section>
      {child ? (
        <section aria-labelledby="meldingen" className="vern-stack">
          <Heading level={2} data-size="md" id="meldingen">
            {t('newCase.melding')}
          </Heading>
          <StepForm
            key={child.id}
            type="receive-melding"
            fields={MELDING_FIELDS}
            history={empty}
            today={today}
            initial={initial}
            submit={submit}
            onDone={(data) => {
              const sakId = (data as { sakId: string }).sakId;
              setFlash(t('form.saved', { step: t('step.receive-melding') }));
              navigate(casePath(sakId));
            }}
          />
        </section>
      ) : null}
    </Page>
  );
}
