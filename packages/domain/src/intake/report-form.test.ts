import { describe, expect, it } from 'vitest';
import { feedbackStatus } from './report-feedback.js';
import { checkReportSubmission, reportContentProblems } from './report-form.js';
import { receiptSections } from './report-receipt.js';

const base = {
  version: 1,
  idempotencyKey: '0b8f3f4e-7d5c-4a47-9c1e-2f3a4b5c6d7e',
  statusCode: 'ABCD1234EFGH',
  lang: 'nb',
  melder: { kind: 'privat', anonymous: true },
  children: [{ name: 'Gutten i andre etasje' }],
  report: { concern: 'Roping hver natt.' },
};

describe('the public report form', () => {
  it('takes an anonymous private report with only the words and a description of the child', () => {
    expect(checkReportSubmission(base)).toMatchObject({ ok: true });
  });

  it('says every problem at once, with the field and a code', () => {
    const problems = reportContentProblems({
      melder: { kind: 'offentlig', anonymous: false, phone: 'ring meg', organisation: { number: '12' } },
      children: [{ name: ' ' }],
      report: { concern: '' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'melder.phone', code: 'PHONE' },
        { field: 'melder.organisation.number', code: 'ORGNR' },
        { field: 'children.0.name', code: 'REQUIRED' },
        { field: 'report.concern', code: 'REQUIRED' },
        { field: 'melder.name', code: 'REQUIRED' },
        { field: 'melder.role', code: 'REQUIRED' },
        { field: 'children.0.told', code: 'REQUIRED' },
      ]),
    );
  });

  it('a report sent signed in claims it (identifiedBy) and is never anonymous; the identity is not in it', () => {
    const named = { ...base, melder: { kind: 'privat', anonymous: false, name: 'Petter Forelder' } };
    expect(checkReportSubmission({ ...named, identifiedBy: 'idporten' })).toMatchObject({ ok: true });
    expect(checkReportSubmission({ ...base, identifiedBy: 'idporten' })).toEqual({
      ok: false,
      problems: [{ field: 'melder.anonymous', code: 'NOT_ANONYMOUS' }],
    });
    expect(checkReportSubmission({ ...named, identifiedBy: 'bankid' })).toEqual({
      ok: false,
      problems: [{ field: 'identifiedBy', code: 'INVALID' }],
    });
    // The melder's fødselsnummer has no field: it can only come from the sign-in, on the server.
    const withPid = { ...named, melder: { ...named.melder, fodselsnummer: '14838512470' } };
    expect(checkReportSubmission({ ...withPid, identifiedBy: 'idporten' })).toMatchObject({
      ok: false,
      problems: [{ field: 'melder.fodselsnummer', code: 'INVALID' }],
    });
    const content = { melder: base.melder, children: base.children, report: base.report };
    expect(reportContentProblems(content, { identified: true })).toEqual([
      { field: 'melder.anonymous', code: 'NOT_ANONYMOUS' },
    ]);
  });

  it('keeps an anonymous reporter anonymous: a name with anonymous is refused, not dropped', () => {
    const r = checkReportSubmission({ ...base, melder: { kind: 'privat', anonymous: true, name: 'Ola' } });
    expect(r).toEqual({ ok: false, problems: [{ field: 'melder.name', code: 'NOT_ANONYMOUS' }] });
  });

  it('refuses unknown fields and a malformed key', () => {
    const r = checkReportSubmission({ ...base, idempotencyKey: 'x', extra: 1 });
    expect(r).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { field: 'idempotencyKey', code: 'INVALID' },
        { field: 'extra', code: 'INVALID' },
      ]),
    });
  });

  it('shows on the receipt every field given, as typed, and nothing left empty', () => {
    const sections = receiptSections(
      {
        melder: { kind: 'privat', anonymous: true },
        children: [{ name: ' Åse ', relation: '' }],
        report: { concern: 'Linje 1\nLinje 2' },
      },
      'nn',
    );
    expect(sections.map((s) => s.heading)).toEqual(['Den som melde', 'Barn 1', 'Uroa']);
    expect(sections[1]?.rows).toEqual([{ label: 'Namn', value: ' Åse ' }]);
    expect(sections[2]?.rows[0]?.value).toBe('Linje 1\nLinje 2');
  });
});

describe('feedback to the reporter', () => {
  it('tells a private reporter only that the report was received', () => {
    expect(feedbackStatus({ melderKind: 'privat', conclusions: ['2'] })).toBe('received');
  });
  it('tells a professional whether an undersøkelse was opened once every melding is reviewed', () => {
    expect(feedbackStatus({ melderKind: 'offentlig', conclusions: [] })).toBe('received');
    expect(feedbackStatus({ melderKind: 'offentlig', conclusions: [undefined, '10'] })).toBe('received');
    expect(feedbackStatus({ melderKind: 'offentlig', conclusions: [undefined, '2'] })).toBe('undersokelse');
    expect(feedbackStatus({ melderKind: 'offentlig', conclusions: ['4'] })).toBe('undersokelse');
    expect(feedbackStatus({ melderKind: 'offentlig', conclusions: ['1', '10'] })).toBe('no_undersokelse');
  });
});
