import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { osloDate } from '@vern/domain';
import { useI18n } from '@vern/ui';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { apiSend } from '../api/http';
import { useStaffT } from '../i18n/useStaffT';
import { problemText } from '../steps/problem-text';
import { LabelledSelect } from '../work/LabelledSelect';
import { formatDay } from '../work/worklists';
import {
  ABSENCE_KINDS,
  absencesUrl,
  checkAbsence,
  type Absence,
  type AbsenceKind,
  type StaffMember,
} from './absence';

type Errors = Partial<Record<'startsOn' | 'expectedEndOn' | 'general', string>>;

/**
 * Registers an absence: one's own, or (for a leader) that of someone they lead. Only the kind and
 * the days; never a reason. Registering it moves no case and takes nobody's access away.
 */
export function AbsenceForm({
  me,
  staff,
  csrfToken,
  onRegistered,
}: {
  /** My staff id (GET /api/absences/mine), or undefined while it loads. */
  me: string | undefined;
  /** The staff I lead, for a leader; empty for anyone else. */
  staff: readonly StaffMember[];
  csrfToken: string;
  onRegistered: () => void;
}): ReactNode {
  const t = useStaffT();
  const { lang } = useI18n();
  const id = useId();
  const [who, setWho] = useState('');
  const [kind, setKind] = useState<AbsenceKind>('sick_leave');
  const [startsOn, setStartsOn] = useState(() => osloDate(new Date()));
  const [expectedEndOn, setExpectedEndOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const others = staff.filter((s) => s.id !== me);
  const target = who || me;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !target) return;
    const problems = checkAbsence(startsOn, expectedEndOn);
    if (Object.keys(problems).length > 0) {
      setDone(null);
      return setErrors({
        ...(problems.startsOn ? { startsOn: t('absence.form.startMissing') } : {}),
        ...(problems.expectedEndOn ? { expectedEndOn: t('absence.form.endBeforeStart') } : {}),
      });
    }
    setBusy(true);
    const result = await apiSend<Absence>(absencesUrl(target), csrfToken, {
      kind,
      startsOn,
      expectedEndOn: expectedEndOn || null,
    });
    setBusy(false);
    if (result.ok) {
      const name = who ? (others.find((s) => s.id === who)?.name ?? '') : t('absence.form.me');
      setErrors({});
      setDone(
        t('absence.form.saved', {
          name,
          kind: t(`absence.kind.${kind}`).toLowerCase(),
          from: formatDay(startsOn, lang),
          to: expectedEndOn ? formatDay(expectedEndOn, lang) : t('absence.endUnknown'),
        }),
      );
      onRegistered();
      return;
    }
    const next: Errors = {};
    for (const d of result.problem.details) {
      if (d.field.endsWith('expectedEndOn')) next.expectedEndOn = t('absence.form.endBeforeStart');
      else if (d.field.endsWith('startsOn'))
        next.startsOn = result.problem.status === 409 ? t('absence.form.overlap') : t('form.invalid');
    }
    if (Object.keys(next).length === 0) next.general = problemText(t, result.problem) ?? t('form.invalid');
    setDone(null);
    setErrors(next);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="vern-stack">
      <Heading level={2} data-size="md" id={`${id}-title`}>
        {t('absence.form.title')}
      </Heading>
      <Paragraph>{t('absence.form.lead')}</Paragraph>
      <form className="vern-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        {errors.general ? (
          <Alert data-color="danger">
            <Paragraph>{errors.general}</Paragraph>
          </Alert>
        ) : null}
        {others.length > 0 ? (
          <LabelledSelect label={t('absence.form.who')} value={who} onChange={setWho}>
            <Select.Option value="">{t('absence.form.me')}</Select.Option>
            {others.map((s) => (
              <Select.Option key={s.id} value={s.id}>
                {t(s.absent ? 'absence.form.whoAbsent' : 'absence.form.whoOption', {
                  name: s.name,
                  unit: s.unit?.name ?? '–',
                })}
              </Select.Option>
            ))}
          </LabelledSelect>
        ) : null}
        <Fieldset>
          <Fieldset.Legend>{t('absence.form.kind')}</Fieldset.Legend>
          {ABSENCE_KINDS.map((k) => (
            <Radio
              key={k}
              name={`${id}-kind`}
              value={k}
              label={t(`absence.kind.${k}`)}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
          ))}
        </Fieldset>
        <div className="vern-filters">
          <Textfield
            label={t('absence.form.startsOn')}
            type="date"
            value={startsOn}
            error={errors.startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
          <Textfield
            label={t('absence.form.expectedEndOn')}
            description={t('absence.form.expectedEndOnHelp')}
            type="date"
            value={expectedEndOn}
            error={errors.expectedEndOn}
            onChange={(e) => setExpectedEndOn(e.target.value)}
          />
        </div>
        <Paragraph data-size="sm">{t('absence.form.noAccessChange')}</Paragraph>
        <div>
          <Button type="submit" disabled={busy || !target}>
            {t('absence.form.submit')}
          </Button>
        </div>
        <div role="status">
          {done ? (
            <Alert data-color="success">
              <Paragraph>{done}</Paragraph>
            </Alert>
          ) : null}
        </div>
      </form>
    </section>
  );
}
