import { describe, expect, it } from 'vitest';
import { notificationTextKeyOf } from '../forsendelse/notification-text.js';
import { LETTER_FIELDS, PROTECTED_FIELDS } from './fields.js';
import { renderLetter } from './render.js';
import { compileTemplate, lintTemplate, TemplateError, type LetterTemplateSource } from './template.js';
import { parseTemplateText } from './template-language.js';
import { TEMPLATE_SOURCES } from './templates.js';

const base: LetterTemplateSource = {
  id: 'innkalling',
  lang: 'nb',
  name: 'Test',
  title: 'Brev fra {{tjeneste.navn}}',
  notification: 'Du har fått brev fra {{tjeneste.navn}}.',
  recipientKinds: ['person'],
  confidential: true,
  needsVedtak: false,
  required: [],
  blocks: [{ kind: 'paragraph', text: 'Hei {{mottaker.navn}}.' }],
};
const withBlock = (text: string, extra: Partial<LetterTemplateSource> = {}): LetterTemplateSource => ({
  ...base,
  blocks: [{ kind: 'paragraph', text }],
  ...extra,
});
const problems = (s: LetterTemplateSource) => lintTemplate(s).map((p) => p.problem);

describe('the template lint, over every template', () => {
  it.each(TEMPLATE_SOURCES.map((s) => [`${s.id}/${s.lang}`, s] as const))('%s passes', (_name, source) => {
    expect(lintTemplate(source)).toEqual([]);
  });

  it('has the four letters in bokmål and nynorsk, with the same fields and inputs', () => {
    const ids = (lang: string) =>
      TEMPLATE_SOURCES.filter((s) => s.lang === lang)
        .map((s) => s.id)
        .sort();
    expect(ids('nb')).toEqual(['anmodning_opplysninger', 'innkalling', 'svar_til_melder', 'vedtak']);
    expect(ids('nn')).toEqual(ids('nb'));
    for (const nb of TEMPLATE_SOURCES.filter((s) => s.lang === 'nb')) {
      const nn = TEMPLATE_SOURCES.find((s) => s.lang === 'nn' && s.id === nb.id);
      if (!nn) throw new Error(nb.id);
      const a = compileTemplate(nb);
      const b = compileTemplate(nn);
      expect(b.inputs).toEqual(a.inputs);
      expect(b.blocks.map((x) => [x.kind, x.when])).toEqual(a.blocks.map((x) => [x.kind, x.when]));
      const fields = (t: typeof a) =>
        t.blocks.flatMap((x) => x.nodes.filter((n) => n.kind !== 'text').map((n) => `${n.kind}:${n.key}`));
      expect(fields(b)).toEqual(fields(a));
      expect([nn.confidential, nn.needsVedtak, nn.required]).toEqual([
        nb.confidential,
        nb.needsVedtak,
        nb.required,
      ]);
    }
  });

  it('every protected field in any template is inside redact()', () => {
    for (const s of TEMPLATE_SOURCES) {
      for (const b of s.blocks) {
        for (const key of PROTECTED_FIELDS) {
          const bare = b.text.split(`redact(${key})`).join('');
          expect(bare.includes(key), `${s.id}/${s.lang}: ${key} outside redact()`).toBe(false);
        }
      }
    }
  });

  it("every notice is one of the dispatch's fixed texts, to a person and to an organisation", () => {
    for (const s of TEMPLATE_SOURCES) {
      for (const recipientKind of ['person', 'organisasjon'] as const) {
        const { notification } = renderLetter(
          compileTemplate(s),
          {},
          { protectedAllowed: false, recipientKind },
        );
        expect(notificationTextKeyOf(notification), `${s.id}/${s.lang} to ${recipientKind}`).toBe(
          recipientKind === 'organisasjon'
            ? 'organisasjon'
            : {
                vedtak: 'vedtak',
                innkalling: 'innkalling',
                anmodning_opplysninger: 'foresporsel',
                svar_til_melder: 'brev',
              }[s.id],
        );
      }
    }
  });

  it('the vedtak letter states the legal basis and the right to complain', () => {
    const nb = TEMPLATE_SOURCES.find((s) => s.id === 'vedtak' && s.lang === 'nb');
    const text = nb?.blocks.map((b) => b.text).join('\n') ?? '';
    expect(text).toContain('{{vedtak.hjemmel}}');
    expect(text).toContain('klage');
    expect(text).toContain('forvaltningsloven § 29');
  });
});

describe('the template lint refuses', () => {
  it('an unknown field', () => {
    expect(problems(withBlock('{{barn.skonummer}}'))).toEqual(['unknown field barn.skonummer']);
  });
  it('a protected field without redact()', () => {
    for (const key of PROTECTED_FIELDS) {
      expect(problems(withBlock(`Adresse: {{${key}}}`))).toEqual([
        `protected field ${key} used without redact()`,
      ]);
      expect(problems(withBlock(`Adresse: {{ redact(${key}) }}`))).toEqual([]);
    }
  });
  it('redact() around a field that is not protected', () => {
    expect(problems(withBlock('{{redact(barn.navn)}}'))).toEqual([
      'redact() around barn.navn, which is not protected',
    ]);
  });
  it('anything that is not a field or redact(field)', () => {
    for (const expr of ['barn.navn.toUpperCase()', 'constructor', '#if x', 'a + b', 'process.exit(1)', '']) {
      expect(problems(withBlock(`{{${expr}}}`)), expr).toEqual([`unknown syntax {{${expr}}}`]);
    }
    expect(problems(withBlock('{{barn.navn'))).toEqual(['unbalanced {{ or }}']);
    expect(problems(withBlock('barn.navn}}'))).toEqual(['unbalanced {{ or }}']);
  });
  it('case content or redact() in the notification or the title', () => {
    expect(problems({ ...base, notification: 'Brev om {{barn.navn}}' })).toEqual([
      'barn.navn may not stand in a notification: it is case content',
    ]);
    expect(problems({ ...base, notification: '{{redact(barn.adresse)}}' })).toEqual([
      'barn.adresse may not stand in a notification: it is case content',
    ]);
    expect(problems({ ...base, title: 'Vedtak om {{barn.fornavn}}' })).toEqual([
      'barn.fornavn may not stand in a title: it is case content',
    ]);
  });
  it('free text sharing a paragraph, a flag as text, a condition on a text field', () => {
    expect(problems(withBlock('Begrunnelse: {{fritekst.begrunnelse}}'))).toEqual([
      'free text fritekst.begrunnelse must fill a paragraph on its own',
    ]);
    expect(problems(withBlock('{{melder.offentlig}}'))).toEqual([
      'flag melder.offentlig can only be a condition (when)',
    ]);
    expect(
      problems({ ...base, blocks: [{ kind: 'paragraph', text: 'x', when: ['barn.navn', 'nei.nei'] }] }),
    ).toEqual(['barn.navn is not a flag', 'unknown field nei.nei']);
  });
  it('a field outside onlyFields, and free text in a letter limited by law', () => {
    expect(problems(withBlock('{{barn.navn}}', { onlyFields: ['tjeneste.navn', 'mottaker.navn'] }))).toEqual([
      'barn.navn is not among the fields this letter may carry',
    ]);
    expect(
      problems(withBlock('{{fritekst.tema}}', { onlyFields: ['tjeneste.navn', 'fritekst.tema'] })),
    ).toEqual(['fritekst.tema: this letter may carry no free text']);
  });
  it('a required input the template does not use', () => {
    expect(problems({ ...base, required: ['mote.sted'] })).toEqual([
      'mote.sted is required but is not an input the letter uses',
    ]);
  });
  it('by throwing when the template is loaded', () => {
    expect(() => compileTemplate(withBlock('{{barn.adresse}}'))).toThrow(TemplateError);
  });
});

describe('parseTemplateText', () => {
  it('keeps the text around the fields as it is', () => {
    const { nodes } = parseTemplateText('A {{barn.navn}} B {{ redact(barn.skole) }}.', 'x');
    expect(nodes).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'field', key: 'barn.navn' },
      { kind: 'text', text: ' B ' },
      { kind: 'redact', key: 'barn.skole' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('every protected field is derived from an address or whereabouts', () => {
    expect(PROTECTED_FIELDS.sort()).toEqual(
      ['barn.adresse', 'barn.fastlege', 'barn.institusjon', 'barn.kommune', 'barn.skole'].sort(),
    );
    expect(
      Object.keys(LETTER_FIELDS).filter(
        (k) => 'notificationSafe' in LETTER_FIELDS[k as keyof typeof LETTER_FIELDS],
      ),
    ).toEqual(['tjeneste.navn']);
  });
});
