import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { REPORT_LIMITS } from '@vern/domain';
import type { ReactNode } from 'react';
import { emptyChild, emptyGuardian } from './draft';
import { getPath } from './draft-edit';
import { TextField, YesNo } from './fields';
import type { SectionProps } from './MelderFields';
import { inputId, useReportT } from './report-t';

/** Moves focus to an input once React has drawn it (after adding a child or a guardian). */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** The children the report is about: one to start with, more on request. */
export function ChildrenFields({ draft, set, errorOf }: SectionProps): ReactNode {
  const t = useReportT();
  const offentlig = draft.kind === 'offentlig';
  const text = (field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      field={field}
      value={getPath(draft, field)}
      onChange={(v) => set(field, v)}
      error={errorOf(field)}
      {...extra}
    />
  );
  return (
    <>
      {draft.children.map((child, i) => {
        const at = `children.${i}`;
        return (
          <Fieldset key={at}>
            <Fieldset.Legend>{t('child.legend', { n: i + 1 })}</Fieldset.Legend>
            <div className="vern-stack">
              {text(`${at}.name`, { help: 'child.name.help' })}
              {offentlig ? (
                <>
                  {text(`${at}.fodselsnummer`, { optional: true, inputMode: 'numeric', maxLength: 11 })}
                  <Checkbox
                    id={inputId(`${at}.unborn`)}
                    label={t('child.unborn')}
                    checked={child.unborn}
                    onChange={(e) => set(`${at}.unborn`, e.target.checked)}
                  />
                  {text(`${at}.phone`, { optional: true, inputMode: 'tel' })}
                </>
              ) : (
                <>
                  {text(`${at}.estimatedAge`, { optional: true, maxLength: 20 })}
                  {text(`${at}.relation`, { optional: true })}
                </>
              )}
              {text(`${at}.address.street`, { optional: true })}
              {text(`${at}.address.postalCode`, { optional: true, inputMode: 'numeric', maxLength: 4 })}
              {text(`${at}.address.postalPlace`, { optional: true })}
              {offentlig ? (
                <>
                  <YesNo
                    field={`${at}.told`}
                    legend="child.told"
                    value={child.told}
                    onChange={(v) => set(`${at}.told`, v)}
                    error={errorOf(`${at}.told`)}
                  />
                  {child.told === 'no' ? text(`${at}.notToldWhy`, { optional: true, multiline: true }) : null}
                </>
              ) : null}
              {draft.children.length > 1 ? (
                <Button
                  variant="tertiary"
                  type="button"
                  onClick={() => {
                    set(
                      'children',
                      draft.children.filter((_, j) => j !== i),
                    );
                    focusSoon(inputId('children.0.name'));
                  }}
                >
                  {t('child.remove', { n: i + 1 })}
                </Button>
              ) : null}
            </div>
          </Fieldset>
        );
      })}
      {draft.children.length < REPORT_LIMITS.children ? (
        <Button
          variant="secondary"
          type="button"
          onClick={() => {
            set('children', [...draft.children, emptyChild()]);
            focusSoon(inputId(`children.${draft.children.length}.name`));
          }}
        >
          {t('child.add')}
        </Button>
      ) : null}
    </>
  );
}

/** A professional's report names the guardians and whether they were told (KS offentlig v2). */
export function GuardianFields({ draft, set, errorOf }: SectionProps): ReactNode {
  const t = useReportT();
  if (draft.kind !== 'offentlig') return null;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('guardians.legend')}</Fieldset.Legend>
      <Paragraph>{t('guardians.help')}</Paragraph>
      {draft.guardians.map((g, i) => {
        const at = `guardians.${i}`;
        return (
          <div key={at} className="vern-stack">
            <TextField
              field={`${at}.name`}
              value={g.name}
              onChange={(v) => set(`${at}.name`, v)}
              error={errorOf(`${at}.name`)}
            />
            <TextField
              field={`${at}.phone`}
              value={g.phone}
              optional
              inputMode="tel"
              onChange={(v) => set(`${at}.phone`, v)}
              error={errorOf(`${at}.phone`)}
            />
            <YesNo
              field={`${at}.told`}
              legend="guardian.told"
              value={g.told}
              onChange={(v) => set(`${at}.told`, v)}
              error={errorOf(`${at}.told`)}
            />
            {g.told === 'no' ? (
              <TextField
                field={`${at}.notToldWhy`}
                value={g.notToldWhy}
                optional
                multiline
                onChange={(v) => set(`${at}.notToldWhy`, v)}
                error={errorOf(`${at}.notToldWhy`)}
              />
            ) : null}
            <Button
              variant="tertiary"
              type="button"
              onClick={() =>
                set(
                  'guardians',
                  draft.guardians.filter((_, j) => j !== i),
                )
              }
            >
              {t('guardian.remove', { n: i + 1 })}
            </Button>
          </div>
        );
      })}
      {draft.guardians.length < REPORT_LIMITS.guardians ? (
        <Button
          variant="secondary"
          type="button"
          onClick={() => {
            set('guardians', [...draft.guardians, emptyGuardian()]);
            focusSoon(inputId(`guardians.${draft.guardians.length}.name`));
          }}
        >
          {t('guardian.add')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
