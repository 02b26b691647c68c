import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Draft, SignedInReporter } from './draft';
import { getPath } from './draft-edit';
import { TextField } from './fields';
import { inputId, useReportT } from './report-t';

export interface SectionProps {
  draft: Draft;
  set: (path: string, value: unknown) => void;
  errorOf: (field: string) => string | undefined;
}

/** Who reports: a private person (who may stay anonymous) or a professional in their role. */
export function KindChoice({ draft, set, errorOf }: SectionProps): ReactNode {
  const t = useReportT();
  const error = errorOf('kind');
  return (
    <Fieldset aria-describedby={error ? 'f-kind-error' : undefined}>
      <Fieldset.Legend>{t('kind.legend')}</Fieldset.Legend>
      {error ? <ValidationMessage id="f-kind-error">{error}</ValidationMessage> : null}
      <Radio
        id={inputId('kind')}
        name="kind"
        value="privat"
        label={t('kind.privat')}
        description={t('kind.privat.help')}
        checked={draft.kind === 'privat'}
        aria-invalid={error ? true : undefined}
        onChange={() => set('kind', 'privat')}
      />
      <Radio
        id="f-kind-offentlig"
        name="kind"
        value="offentlig"
        label={t('kind.offentlig')}
        description={t('kind.offentlig.help')}
        checked={draft.kind === 'offentlig'}
        aria-invalid={error ? true : undefined}
        onChange={() => set('kind', 'offentlig')}
      />
    </Fieldset>
  );
}

/**
 * What ID-porten verified, shown as such and not editable (read-only inputs, so a screen reader
 * says so too): the name, when the identity provider gave one, and the masked fødselsnummer.
 */
function VerifiedIdentity({
  signedIn,
  error,
}: {
  signedIn: SignedInReporter;
  error: string | undefined;
}): ReactNode {
  const t = useReportT();
  return (
    <>
      {signedIn.name !== null ? (
        <Textfield
          id={inputId('melder.name')}
          label={t('melder.name.verified')}
          value={signedIn.name}
          readOnly
          error={error}
        />
      ) : null}
      <Textfield id="f-melder-pid" label={t('melder.pid.verified')} value={signedIn.pidMasked} readOnly />
    </>
  );
}

/**
 * The reporter: nothing when anonymous; the KS offentlig v2 fields for a professional. Signed in
 * with ID-porten, anonymity is not offered and the identity is shown as verified.
 */
export function MelderFields({
  draft,
  set,
  errorOf,
  signedIn,
}: SectionProps & { signedIn?: SignedInReporter | null | undefined }): ReactNode {
  const t = useReportT();
  const text = (field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      field={field}
      value={getPath(draft, field)}
      onChange={(v) => set(field, v)}
      error={errorOf(field)}
      {...extra}
    />
  );
  if (draft.kind === '') return null;
  const offentlig = draft.kind === 'offentlig';
  return (
    <Fieldset>
      <Fieldset.Legend>{t('melder.legend')}</Fieldset.Legend>
      {offentlig || signedIn ? null : (
        <Checkbox
          id={inputId('melder.anonymous')}
          label={t('anonymous')}
          description={t('anonymous.help')}
          checked={draft.anonymous}
          onChange={(e) => set('anonymous', e.target.checked)}
        />
      )}
      {!offentlig && !signedIn && draft.anonymous ? null : (
        <div className="vern-stack">
          {signedIn ? <VerifiedIdentity signedIn={signedIn} error={errorOf('melder.name')} /> : null}
          {signedIn?.name ? null : text('melder.name', signedIn ? { help: 'melder.name.noName' } : {})}
          {offentlig ? text('melder.role', { help: 'melder.role.help' }) : null}
          {text('melder.phone', { optional: !offentlig, inputMode: 'tel' })}
          {offentlig ? text('melder.email', { inputMode: 'email' }) : null}
          {offentlig ? (
            <>
              {text('melder.organisation.name')}
              {text('melder.organisation.number', { optional: true, inputMode: 'numeric', maxLength: 11 })}
              {text('melder.organisation.address.street')}
              {text('melder.organisation.address.postalCode', {
                optional: true,
                inputMode: 'numeric',
                maxLength: 4,
              })}
              {text('melder.organisation.address.postalPlace', { optional: true })}
            </>
          ) : (
            <>
              {text('melder.address.street', { optional: true })}
              {text('melder.address.postalCode', { optional: true, inputMode: 'numeric', maxLength: 4 })}
              {text('melder.address.postalPlace', { optional: true })}
            </>
          )}
        </div>
      )}
    </Fieldset>
  );
}
