import { LETTER_TEMPLATE_IDS, listLetterTemplates } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import { matchStaffRoute } from '../cases/staff-routes';
import { lettersEn } from '../i18n/letters.en';
import { lettersNb } from '../i18n/letters.nb';
import { lettersNn } from '../i18n/letters.nn';
import {
  changedInputs,
  detailInput,
  detailKey,
  EMPTY_NEW_LETTER,
  inputId,
  letterPath,
  newLetterBody,
  newLetterPath,
  newLetterProblems,
  type LetterInput,
  type LetterOptions,
} from './letters';

const SAK = '0b7f3c1e-8f8e-4c59-9d55-2f1f0c8e9a10';
const LETTER = '1c8f3c1e-8f8e-4c59-9d55-2f1f0c8e9a11';
const PERSON = '2d9f3c1e-8f8e-4c59-9d55-2f1f0c8e9a12';

const options: LetterOptions = {
  templates: (['nb', 'nn'] as const).flatMap((lang) => [
    {
      id: 'vedtak' as const,
      lang,
      name: 'Vedtak',
      recipientKinds: ['person' as const, 'organisasjon' as const],
      needsVedtak: true,
    },
    {
      id: 'innkalling' as const,
      lang,
      name: 'Innkalling',
      recipientKinds: ['person' as const],
      needsVedtak: false,
    },
  ]),
  persons: [{ personId: PERSON, name: 'Kari Nordmann', relation: 'mor', hasFodselsnummer: true }],
  vedtak: [{ id: 'v1', date: '2026-02-01', hjemmel: 'barnevernsloven § 3-1' }],
};

describe('letter routes', () => {
  it('round-trip the new-letter and letter paths through the staff router', () => {
    expect(matchStaffRoute(newLetterPath(SAK))).toEqual({ page: 'letter-new', sakId: SAK });
    expect(matchStaffRoute(letterPath(SAK, LETTER))).toEqual({
      page: 'letter',
      sakId: SAK,
      letterId: LETTER,
    });
    expect(matchStaffRoute(`/saker/${SAK}/brev/123`)).toBeUndefined();
    expect(matchStaffRoute(`/saker/${SAK}/brev`)).toBeUndefined();
  });
});

describe('the new-letter form', () => {
  it('names each missing choice at its field', () => {
    expect(newLetterProblems(EMPTY_NEW_LETTER, options)).toEqual([
      { field: 'templateId', key: 'letters.new.templateRequired' },
      { field: 'recipient', key: 'letters.new.recipientRequired' },
    ]);
  });
  it('asks for the vedtak of a vedtak letter, or says there is none', () => {
    const form = { ...EMPTY_NEW_LETTER, templateId: 'vedtak' as const, recipient: PERSON };
    expect(newLetterProblems(form, options)).toEqual([
      { field: 'vedtakId', key: 'letters.new.vedtakRequired' },
    ]);
    expect(newLetterProblems(form, { ...options, vedtak: [] })).toEqual([
      { field: 'vedtakId', key: 'letters.new.noVedtak' },
    ]);
    expect(newLetterProblems({ ...form, vedtakId: 'v1' }, options)).toEqual([]);
    expect(newLetterBody({ ...form, vedtakId: 'v1' }, options)).toEqual({
      templateId: 'vedtak',
      lang: 'nb',
      recipient: { kind: 'person', personId: PERSON },
      vedtakId: 'v1',
    });
  });
  it('checks an organisation number and name, and a template that cannot go to an organisation', () => {
    const form = {
      ...EMPTY_NEW_LETTER,
      lang: 'nn' as const,
      templateId: 'innkalling' as const,
      recipient: 'org',
      orgnr: '974 760 674',
    };
    expect(newLetterProblems(form, options)).toEqual([
      { field: 'orgnr', key: 'letters.new.orgnrInvalid' },
      { field: 'orgName', key: 'letters.new.orgNameRequired' },
      { field: 'recipient', key: 'letters.new.recipientKind' },
    ]);
    const ok = {
      ...form,
      templateId: 'vedtak' as const,
      orgnr: '974 760 673',
      orgName: ' Lindeberg skole ',
      vedtakId: 'v1',
    };
    expect(newLetterProblems(ok, options)).toEqual([]);
    expect(newLetterBody(ok, options)).toEqual({
      templateId: 'vedtak',
      lang: 'nn',
      recipient: { kind: 'organisasjon', organisasjonsnummer: '974760673', navn: 'Lindeberg skole' },
      vedtakId: 'v1',
    });
  });
});

describe('editing a draft', () => {
  const inputs: LetterInput[] = [
    { key: 'mote.sted', type: 'text', required: true, protected: false, value: 'Rådhuset' },
    { key: 'fritekst.tema', type: 'longtext', required: false, protected: false, value: null },
    { key: 'melder.offentlig', type: 'flag', required: false, protected: false, value: false },
  ];
  it('sends only what changed, an emptied field as null', () => {
    expect(
      changedInputs(inputs, { 'mote.sted': 'Rådhuset', 'fritekst.tema': '', 'melder.offentlig': false }),
    ).toEqual({});
    expect(
      changedInputs(inputs, { 'mote.sted': '', 'fritekst.tema': 'Samarbeid', 'melder.offentlig': true }),
    ).toEqual({
      'mote.sted': null,
      'fritekst.tema': 'Samarbeid',
      'melder.offentlig': true,
    });
  });
  it("reads the server's details: which input, and what to say", () => {
    const leak = {
      field: 'body.inputs.fritekst.begrunnelse',
      reason: "contains the child's protected address or whereabouts, which this recipient may not be told",
    };
    expect(detailInput(leak)).toBe('fritekst.begrunnelse');
    expect(detailKey(leak)).toBe('letters.problem.protected');
    const missing = { field: 'inputs.mote.sted', reason: 'must be filled in before the letter is sent' };
    expect(detailInput(missing)).toBe('mote.sted');
    expect(detailKey(missing)).toBe('letters.problem.missing');
    expect(detailKey({ field: 'recipient', reason: 'has no fødselsnummer, which …' })).toBe(
      'letters.problem.noFnr',
    );
    expect(detailInput({ field: 'body.version', reason: 'x' })).toBeNull();
    expect(inputId('fritekst.begrunnelse')).toBe('brev-fritekst-begrunnelse');
  });
});

describe('letter texts', () => {
  it('has the same keys in bokmål, nynorsk and English, none empty', () => {
    const keys = Object.keys(lettersNb).sort();
    expect(Object.keys(lettersNn).sort()).toEqual(keys);
    expect(Object.keys(lettersEn).sort()).toEqual(keys);
    for (const d of [lettersNb, lettersNn, lettersEn]) {
      for (const v of Object.values(d)) expect(v.trim()).not.toBe('');
    }
  });
  it('has a label for every input a template can have', () => {
    const keys = (['nb', 'nn'] as const).flatMap((lang) =>
      listLetterTemplates(lang).flatMap((t) => t.inputs.map((i) => i.key)),
    );
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(Object.keys(lettersNb)).toContain(`letters.input.${key}`);
    for (const id of LETTER_TEMPLATE_IDS) expect(Object.keys(lettersNb)).toContain(`letters.template.${id}`);
  });
});
