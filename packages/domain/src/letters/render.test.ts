import { describe, expect, it } from 'vitest';
import { ADDRESS_PROTECTION } from '../access.js';
import type { MergeData } from './fields.js';
import { lovhjemmelText } from './hjemmel-text.js';
import { LetterRecipientInput } from './recipient.js';
import {
  findProtectedLeaks,
  formatLetterDate,
  leakingInputs,
  missingInputs,
  protectedFieldsAllowed,
  renderLetter,
} from './render.js';
import { LETTER_TEMPLATE_IDS } from './template.js';
import { getLetterTemplate } from './templates.js';

const CANARY = {
  'barn.adresse': 'Kanarifuglveien 77, 9999 Hemmelighamn',
  'barn.kommune': 'Hemmelighamn kommune',
  'barn.skole': 'Kanarifugl skole',
  'barn.fastlege': 'Dr. Kanarifugl',
  'barn.institusjon': 'Kanarifuglhjemmet',
} as const;

const data: MergeData = {
  'tjeneste.navn': 'Barneverntjenesten i Testby',
  'tjeneste.organisasjonsnummer': '974760673',
  'brev.dato': '2026-11-25',
  'sak.journalnummer': '2026/17',
  'mottaker.navn': 'Kari Forelder',
  'barn.navn': 'Ola Barn',
  'barn.fornavn': 'Ola',
  'barn.fodselsdato': '2015-03-04',
  ...CANARY,
  'foreldre.navn': 'Kari Forelder og Per Forelder',
  'saksbehandler.navn': 'Sara Saksbehandler',
  'saksbehandler.enhet': 'Enhet A',
  'vedtak.dato': '2026-11-20',
  'vedtak.hjemmel': 'barnevernsloven § 3-1',
  'fritekst.vedtaket': 'Ola får tilbud om besøkshjem.',
  'fritekst.begrunnelse': 'Første avsnitt.\n\nAndre avsnitt.',
  'fritekst.opplysninger': 'Fravær siste halvår.',
  'svar.frist': '2026-12-10',
  'mote.dato': '2026-12-01',
  'mote.klokkeslett': '10:00',
  'mote.sted': 'Rådhuset, møterom 2',
  'melding.mottatt': '2026-11-02',
};
const all = (r: ReturnType<typeof renderLetter>) =>
  [r.title, r.notification, ...r.blocks.map((b) => b.text)].join('\n');

describe('renderLetter', () => {
  it.each(LETTER_TEMPLATE_IDS.flatMap((id) => (['nb', 'nn'] as const).map((lang) => [id, lang] as const)))(
    '%s/%s to a recipient without the right carries no protected value',
    (id, lang) => {
      const text = all(
        renderLetter(getLetterTemplate(id, lang), data, { protectedAllowed: false, recipientKind: 'person' }),
      );
      for (const canary of [...Object.values(CANARY), 'Kanarifugl', 'Hemmelighamn', '9999']) {
        expect(text).not.toContain(canary);
      }
    },
  );

  it('gives the protected values where the child has no address protection', () => {
    const r = renderLetter(getLetterTemplate('anmodning_opplysninger', 'nb'), data, {
      protectedAllowed: true,
      recipientKind: 'person',
    });
    expect(all(r)).toContain('Adresse: Kanarifuglveien 77, 9999 Hemmelighamn.');
    expect(all(r)).toContain('Skole eller barnehage: Kanarifugl skole.');
    const redacted = renderLetter(getLetterTemplate('anmodning_opplysninger', 'nb'), data, {
      protectedAllowed: false,
      recipientKind: 'person',
    });
    expect(all(redacted)).toContain(
      'Adresse: ikke oppgitt. Skole eller barnehage: ikke oppgitt. Fastlege: ikke oppgitt.',
    );
    const nn = renderLetter(getLetterTemplate('anmodning_opplysninger', 'nn'), data, {
      protectedAllowed: false,
      recipientKind: 'person',
    });
    expect(all(nn)).toContain('Adresse: ikkje oppgitt.');
  });

  it('only fortrolig-free children allow protected fields', () => {
    expect(ADDRESS_PROTECTION.filter(protectedFieldsAllowed)).toEqual(['ingen']);
  });

  it('writes the vedtak with dates in words, its legal basis and free text as paragraphs', () => {
    const r = renderLetter(getLetterTemplate('vedtak', 'nb'), data, {
      protectedAllowed: false,
      recipientKind: 'person',
    });
    expect(r.title).toBe('Vedtak fra Barneverntjenesten i Testby');
    expect(r.notification).toBe('Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.');
    const toOrg = renderLetter(getLetterTemplate('vedtak', 'nn'), data, {
      protectedAllowed: false,
      recipientKind: 'organisasjon',
    });
    expect(toOrg.notification).toBe(
      'Verksemda har fått post frå barnevernstenesta. Han er merkt for rett mottakar.',
    );
    const texts = r.blocks.map((b) => b.text);
    expect(texts).toContain(
      'Vedtaket gjelder Ola Barn, født 4. mars 2015. Barnets adresse: ikke oppgitt. Foreldre med foreldreansvar: Kari Forelder og Per Forelder.',
    );
    expect(texts).toContain('Vedtaket har hjemmel i barnevernsloven § 3-1.');
    expect(texts).toContain('Første avsnitt.');
    expect(texts).toContain('Andre avsnitt.');
    expect(r.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Vedtak',
      'Hjemmel',
      'Begrunnelse',
      'Du har rett til å klage',
    ]);
  });

  it('marks a missing required input and leaves out an empty optional free text', () => {
    const t = getLetterTemplate('innkalling', 'nb');
    const partial: MergeData = { ...data, 'mote.sted': '  ', 'fritekst.tema': '' };
    const r = renderLetter(t, partial, { protectedAllowed: true, recipientKind: 'person' });
    expect(r.blocks.map((b) => b.text)).toContain('Sted: [mangler].');
    expect(r.blocks.some((b) => b.text === '')).toBe(false);
    expect(missingInputs(t, partial)).toEqual(['mote.sted']);
    expect(missingInputs(t, data)).toEqual([]);
  });

  it('inserts free text as written, never as template', () => {
    const r = renderLetter(
      getLetterTemplate('vedtak', 'nb'),
      { ...data, 'fritekst.vedtaket': 'Se {{redact(barn.adresse)}} og {{barn.adresse}}' },
      { protectedAllowed: false, recipientKind: 'person' },
    );
    expect(r.blocks.map((b) => b.text)).toContain('Se {{redact(barn.adresse)}} og {{barn.adresse}}');
  });

  it('tells a private reporter only that the report was received', () => {
    const t = getLetterTemplate('svar_til_melder', 'nb');
    const told = (d: MergeData) =>
      all(renderLetter(t, { ...data, ...d }, { protectedAllowed: true, recipientKind: 'person' }));
    const base = { 'melding.avklart': true, 'undersokelse.apnet': true };
    expect(told({ ...base, 'melder.offentlig': false })).not.toContain('undersøkelse');
    expect(told({ ...base, 'melder.offentlig': true })).toContain('har startet en undersøkelse');
    expect(told({ ...base, 'melder.offentlig': true, 'undersokelse.apnet': false })).toContain(
      'har ikke startet en undersøkelse',
    );
    expect(told({ 'melder.offentlig': true, 'melding.avklart': false })).not.toContain('undersøkelse');
    const text = told({ ...base, 'melder.offentlig': true });
    for (const content of ['Ola', 'besøkshjem', 'avsnitt', 'Kanarifugl', 'Fravær'])
      expect(text).not.toContain(content);
    expect(text).toContain('mottok bekymringsmeldingen din 2. november 2026');
  });
});

describe('leaks of protected values through free text', () => {
  it('finds a protected value the caseworker wrote, whatever the case and spacing', () => {
    const t = getLetterTemplate('vedtak', 'nb');
    const leaky = { ...data, 'fritekst.begrunnelse': 'Ola bor i KANARIFUGLVEIEN   77, 9999 Hemmelighamn.' };
    const values = Object.values(CANARY);
    expect(leakingInputs(t, leaky, values)).toEqual(['fritekst.begrunnelse']);
    expect(leakingInputs(t, data, values)).toEqual([]);
    const r = renderLetter(t, leaky, { protectedAllowed: false, recipientKind: 'person' });
    expect(findProtectedLeaks(r, values)).toEqual([
      `blocks.${r.blocks.findIndex((b) => b.text.includes('KANARI'))}`,
    ]);
    expect(
      findProtectedLeaks(renderLetter(t, data, { protectedAllowed: false, recipientKind: 'person' }), values),
    ).toEqual([]);
  });
  it('does not search for short values such as a postcode or «Oslo»', () => {
    const r = renderLetter(
      getLetterTemplate('vedtak', 'nb'),
      { ...data, 'fritekst.vedtaket': 'Oslo 0150' },
      { protectedAllowed: false, recipientKind: 'person' },
    );
    expect(findProtectedLeaks(r, ['Oslo', '0150'])).toEqual([]);
  });
});

describe('letter words', () => {
  it('formats dates and legal bases', () => {
    expect(formatLetterDate('2026-01-09')).toBe('9. januar 2026');
    expect(formatLetterDate('2026-12-31')).toBe('31. desember 2026');
    const h = {
      lov: 'BVL2021' as const,
      kapittel: '5',
      paragraf: '1',
      ledd: ['1'],
      bokstav: ['a'],
      punktum: [],
    };
    expect(lovhjemmelText(h, [], 'nb')).toBe('barnevernsloven § 5-1 første ledd bokstav a');
    expect(
      lovhjemmelText(
        h,
        [{ lov: 'BVL2021', kapittel: '4', paragraf: '2', ledd: [], bokstav: [], punktum: [] }],
        'nn',
      ),
    ).toBe('barnevernslova § 5-1 første ledd bokstav a, jf. § 4-2');
  });
  it('takes an organisation recipient only with a valid organisation number', () => {
    const org = (organisasjonsnummer: string) =>
      LetterRecipientInput.safeParse({ kind: 'organisasjon', organisasjonsnummer, navn: 'Skolen' }).success;
    expect(org('974760673')).toBe(true);
    expect(org(' 974760673 ')).toBe(true);
    expect(org('974760674')).toBe(false);
    expect(org('97476067')).toBe(false);
    expect(LetterRecipientInput.safeParse({ kind: 'person', personId: 'x' }).success).toBe(false);
  });
});
