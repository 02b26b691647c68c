import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { isValidOrganisasjonsnummer } from '@vern/domain';
import { AppLink, FormErrorSummary, Page, useRouter } from '@vern/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { apiGet, apiSend } from '../api/http';
import { useApi } from '../api/useApi';
import { casePath } from '../cases/staff-routes';
import { LoadProblem } from '../cases/LoadProblem';
import { RequireStaff } from '../cases/RequireStaff';
import type { StaffKey } from '../i18n/dictionary';
import { useStaffT } from '../i18n/useStaffT';
import type { StaffSession } from '../session/session';
import { detailText, problemText } from '../steps/problem-text';
import { LabelledSelect } from '../work/LabelledSelect';
import {
  EMPTY_NEW_LETTER,
  letterPath,
  newLetterBody,
  newLetterProblems,
  type LetterOptions,
  type NewLetterField,
  type NewLetterForm,
} from './letters';

/** What Enhetsregisteret said about the number last looked up (GET /api/forsendelse/organisasjoner/{orgnr}). */
interface OrgLookupAnswer {
  organisasjonsnummer: string;
  ok: boolean;
  navn: string | null;
  message: string | null;
}
interface OrgLookup {
  orgnr: string;
  ok: boolean;
  text: string;
  /** The register did not answer: sending will ask again, so it does not stop the draft. */
  unanswered?: boolean;
}

const FIELD_IDS: Record<NewLetterField, string> = {
  templateId: 'brev-mal',
  recipient: 'brev-mottaker',
  orgnr: 'brev-orgnr',
  orgName: 'brev-orgnavn',
  vedtakId: 'brev-vedtak',
};

/** `/saker/{id}/brev/ny`: choose template, language and recipient; makes a draft and opens it. */
export function NewLetterPage({ sakId }: { sakId: string }): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('letters.new.title')}>
      {(session) => <NewLetter sakId={sakId} session={session} />}
    </RequireStaff>
  );
}

function NewLetter({ sakId, session }: { sakId: string; session: StaffSession }): ReactNode {
  const t = useStaffT();
  const { navigate } = useRouter();
  const options = useApi<LetterOptions>(`/api/cases/${sakId}/letter-options`);
  const [form, setForm] = useState<NewLetterForm>(EMPTY_NEW_LETTER);
  const [problems, setProblems] = useState<{ field: NewLetterField | null; text: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [lookup, setLookup] = useState<OrgLookup | null>(null);
  const set = (change: Partial<NewLetterForm>) => setForm((f) => ({ ...f, ...change }));

  if (!options.result?.ok) {
    return (
      <Page title={t('letters.new.title')}>
        {options.result ? (
          <LoadProblem problem={options.result.problem} onRetry={options.reload} />
        ) : (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        )}
      </Page>
    );
  }
  const opts = options.result.data;
  const templates = opts.templates.filter((x) => x.lang === form.lang);
  const template = templates.find((x) => x.id === form.templateId);
  const errorAt = (field: NewLetterField) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.text)
      .join(' ') || undefined;

  const orgnr = form.orgnr.replace(/\s+/g, '');
  const refused = form.recipient === 'org' && lookup?.orgnr === orgnr && !lookup.ok ? lookup : null;

  const onLookup = async () => {
    if (!isValidOrganisasjonsnummer(orgnr)) {
      setLookup({ orgnr, ok: false, text: t('letters.new.orgnrInvalid') });
      return;
    }
    const result = await apiGet<OrgLookupAnswer>(`/api/forsendelse/organisasjoner/${orgnr}`);
    if (!result.ok) {
      setLookup({ orgnr, ok: false, text: t('letters.new.orgLookupFailed'), unanswered: true });
    } else if (result.data.ok && result.data.navn) {
      set({ orgName: result.data.navn });
      setLookup({ orgnr, ok: true, text: t('letters.new.orgFound', { name: result.data.navn }) });
    } else {
      setLookup({
        orgnr,
        ok: false,
        text: t('letters.new.orgRefused', { reason: result.data.message ?? '' }),
      });
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = [
      ...newLetterProblems(form, opts).map((p) => ({ field: p.field, text: t(p.key) })),
      ...(refused && !refused.unanswered ? [{ field: 'orgnr' as const, text: refused.text }] : []),
    ];
    if (found.length > 0) {
      setProblems(found);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await apiSend<{ id: string }>(
      `/api/cases/${sakId}/letters`,
      session.csrfToken,
      newLetterBody(form, opts),
    );
    setBusy(false);
    if (result.ok) {
      navigate(letterPath(sakId, result.data.id));
      return;
    }
    const general = problemText(t, result.problem);
    setProblems([
      ...(general ? [{ field: null, text: general }] : []),
      ...result.problem.details.map((d) => ({
        field: d.field.includes('vedtak')
          ? ('vedtakId' as const)
          : d.field.includes('recipient')
            ? ('recipient' as const)
            : null,
        text: detailText(t, result.problem, d),
      })),
    ]);
    setAttempt((n) => n + 1);
  };

  return (
    <Page title={t('letters.new.title')}>
      <Paragraph>
        <AppLink to={casePath(sakId)}>{t('letters.back')}</AppLink>
      </Paragraph>
      <Paragraph>{t('letters.new.lead')}</Paragraph>
      <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <FormErrorSummary
          title={t('form.errors.title')}
          attempt={attempt}
          general={problems.filter((p) => p.field === null).map((p) => p.text)}
          fields={problems.flatMap((p) => (p.field ? [{ inputId: FIELD_IDS[p.field], text: p.text }] : []))}
        />
        <Fieldset>
          <Fieldset.Legend>{t('letters.new.lang')}</Fieldset.Legend>
          {(['nb', 'nn'] as const).map((lang) => (
            <Radio
              key={lang}
              name="brev-maalform"
              value={lang}
              label={t(`letters.new.lang.${lang}`)}
              checked={form.lang === lang}
              onChange={() => set({ lang })}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('letters.new.template')}</Fieldset.Legend>
          {templates.map((x, i) => (
            <Radio
              key={x.id}
              id={i === 0 ? FIELD_IDS.templateId : undefined}
              name="brev-mal"
              value={x.id}
              label={t(`letters.template.${x.id}`)}
              checked={form.templateId === x.id}
              onChange={() => set({ templateId: x.id })}
            />
          ))}
          {errorAt('templateId') ? <ValidationMessage>{errorAt('templateId')}</ValidationMessage> : null}
        </Fieldset>
        {template?.needsVedtak ? (
          <div id={FIELD_IDS.vedtakId} tabIndex={-1}>
            <LabelledSelect
              label={t('letters.new.vedtak')}
              value={form.vedtakId}
              onChange={(vedtakId) => set({ vedtakId })}
            >
              <option value="">{t('form.choose')}</option>
              {opts.vedtak.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('letters.new.vedtak.option', { date: v.date, hjemmel: v.hjemmel })}
                </option>
              ))}
            </LabelledSelect>
            {errorAt('vedtakId') ? <ValidationMessage>{errorAt('vedtakId')}</ValidationMessage> : null}
          </div>
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t('letters.new.recipient')}</Fieldset.Legend>
          {opts.persons.map((p, i) => (
            <Radio
              key={p.personId}
              id={i === 0 ? FIELD_IDS.recipient : undefined}
              name="brev-mottaker"
              value={p.personId}
              label={
                p.relation === null
                  ? t('letters.new.recipient.child', { name: p.name })
                  : t('letters.new.recipient.related', {
                      name: p.name,
                      relation: t(`person.relation.${p.relation}` as StaffKey).toLocaleLowerCase('nb'),
                    })
              }
              description={p.hasFodselsnummer ? undefined : t('letters.new.recipient.noFnr')}
              checked={form.recipient === p.personId}
              onChange={() => set({ recipient: p.personId })}
            />
          ))}
          <Radio
            name="brev-mottaker"
            value="org"
            id={opts.persons.length === 0 ? FIELD_IDS.recipient : undefined}
            label={t('letters.new.recipient.org')}
            checked={form.recipient === 'org'}
            onChange={() => set({ recipient: 'org' })}
          />
          {errorAt('recipient') ? <ValidationMessage>{errorAt('recipient')}</ValidationMessage> : null}
        </Fieldset>
        {form.recipient === 'org' ? (
          <div className="vern-filters">
            <Textfield
              id={FIELD_IDS.orgnr}
              label={t('letters.new.orgnr')}
              inputMode="numeric"
              autoComplete="off"
              value={form.orgnr}
              error={errorAt('orgnr')}
              onChange={(e) => set({ orgnr: e.target.value })}
            />
            <div className="vern-letter-lookup">
              <Button type="button" variant="secondary" onClick={() => void onLookup()}>
                {t('letters.new.orgLookup')}
              </Button>
              <Paragraph role="status" data-size="sm">
                {lookup && lookup.orgnr === orgnr ? lookup.text : ''}
              </Paragraph>
            </div>
            <Textfield
              id={FIELD_IDS.orgName}
              label={t('letters.new.orgName')}
              autoComplete="off"
              value={form.orgName}
              error={errorAt('orgName')}
              onChange={(e) => set({ orgName: e.target.value })}
            />
          </div>
        ) : null}
        <div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('form.busy') : t('letters.new.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
