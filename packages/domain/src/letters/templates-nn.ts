import type { LetterTemplateSource } from './template.js';

const CONTACT =
  'Har du spørsmål, kan du kontakte {{saksbehandler.navn}}, {{saksbehandler.enhet}}. Oppgi referansen {{sak.journalnummer}}.';

/** The letters in nynorsk: the same fields and blocks as bokmål (a unit test holds them together). */
export const TEMPLATES_NN: readonly LetterTemplateSource[] = [
  {
    id: 'vedtak',
    lang: 'nn',
    name: 'Vedtak',
    title: 'Vedtak frå {{tjeneste.navn}}',
    notification: 'Du har fått eit vedtak frå barnevernstenesta. Logg inn for å lese det.',
    recipientKinds: ['person', 'organisasjon'],
    confidential: true,
    needsVedtak: true,
    required: ['fritekst.vedtaket', 'fritekst.begrunnelse'],
    blocks: [
      { kind: 'heading', text: 'Vedtak' },
      {
        kind: 'paragraph',
        text: 'Vedtaket gjeld {{barn.navn}}, fødd {{barn.fodselsdato}}. Adressa til barnet: {{redact(barn.adresse)}}. Foreldre med foreldreansvar: {{foreldre.navn}}.',
      },
      { kind: 'paragraph', text: '{{tjeneste.navn}} gjorde {{vedtak.dato}} dette vedtaket:' },
      { kind: 'paragraph', text: '{{fritekst.vedtaket}}' },
      { kind: 'heading', text: 'Heimel' },
      { kind: 'paragraph', text: 'Vedtaket har heimel i {{vedtak.hjemmel}}.' },
      { kind: 'heading', text: 'Grunngiving' },
      { kind: 'paragraph', text: '{{fritekst.begrunnelse}}' },
      { kind: 'heading', text: 'Du har rett til å klage' },
      {
        kind: 'paragraph',
        text: 'Du kan klage på vedtaket (forvaltningslova § 28). Fristen er tre veker frå den dagen du fekk dette brevet (forvaltningslova § 29). Send klaga til {{tjeneste.navn}}. Skriv kva vedtak du klagar på, kva du meiner er feil, og kvifor. Endrar vi ikkje vedtaket, sender vi klaga til statsforvaltaren, som avgjer ho.',
      },
      {
        kind: 'paragraph',
        text: 'Du kan be om at vedtaket ikkje blir sett i verk før klaga er avgjord (forvaltningslova § 42). Du har rett til å sjå dokumenta i saka (forvaltningslova §§ 18 og 19).',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'innkalling',
    lang: 'nn',
    name: 'Innkalling til møte',
    title: 'Innkalling til møte frå {{tjeneste.navn}}',
    notification: 'Du har fått ei innkalling frå barnevernstenesta. Logg inn for å lese ho.',
    recipientKinds: ['person', 'organisasjon'],
    confidential: true,
    needsVedtak: false,
    required: ['mote.dato', 'mote.klokkeslett', 'mote.sted'],
    blocks: [
      { kind: 'heading', text: 'Innkalling til møte' },
      { kind: 'paragraph', text: 'Vi inviterer deg til eit møte med barnevernstenesta om {{barn.navn}}.' },
      { kind: 'paragraph', text: 'Tid: {{mote.dato}} klokka {{mote.klokkeslett}}.' },
      { kind: 'paragraph', text: 'Stad: {{mote.sted}}.' },
      { kind: 'paragraph', text: '{{fritekst.tema}}' },
      {
        kind: 'paragraph',
        text: 'Du kan ta med deg ein person du har tillit til. Passar ikkje tidspunktet, ber vi deg ta kontakt så snart du kan.',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'anmodning_opplysninger',
    lang: 'nn',
    name: 'Oppmoding om opplysningar',
    title: 'Oppmoding om opplysningar frå {{tjeneste.navn}}',
    notification: 'Barnevernstenesta har sendt deg ein førespurnad. Logg inn for å lese han.',
    recipientKinds: ['organisasjon', 'person'],
    confidential: true,
    needsVedtak: false,
    required: ['fritekst.opplysninger', 'svar.frist'],
    blocks: [
      { kind: 'heading', text: 'Oppmoding om opplysningar' },
      { kind: 'paragraph', text: 'Barnevernstenesta ber om opplysningar om dette barnet:' },
      {
        kind: 'paragraph',
        text: 'Namn: {{barn.navn}}. Fødselsdato: {{barn.fodselsdato}}. Adresse: {{redact(barn.adresse)}}. Skule eller barnehage: {{redact(barn.skole)}}. Fastlege: {{redact(barn.fastlege)}}.',
      },
      { kind: 'heading', text: 'Kva vi ber om' },
      { kind: 'paragraph', text: '{{fritekst.opplysninger}}' },
      {
        kind: 'paragraph',
        text: 'Offentlege styresmakter og mange yrkesgrupper har plikt til å gi barnevernstenesta opplysningar når ho ber om det, utan hinder av teieplikta (barnevernslova kapittel 13 og lovene for den einskilde yrkesgruppa). Gi berre dei opplysningane vi ber om.',
      },
      { kind: 'paragraph', text: 'Vi ber om svar innan {{svar.frist}}.' },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'svar_til_melder',
    lang: 'nn',
    name: 'Svar til meldar',
    title: 'Svar frå {{tjeneste.navn}}',
    notification: 'Du har fått eit brev frå barnevernstenesta. Logg inn for å lese det.',
    recipientKinds: ['organisasjon', 'person'],
    confidential: false,
    needsVedtak: false,
    required: [],
    onlyFields: [
      'tjeneste.navn',
      'sak.journalnummer',
      'saksbehandler.navn',
      'saksbehandler.enhet',
      'melding.mottatt',
      'melding.avklart',
      'undersokelse.apnet',
      'melder.offentlig',
    ],
    blocks: [
      { kind: 'heading', text: 'Svar på bekymringsmeldinga di' },
      {
        kind: 'paragraph',
        text: 'Vi stadfestar at {{tjeneste.navn}} tok imot bekymringsmeldinga di {{melding.mottatt}}. Takk for at du sa frå.',
      },
      {
        kind: 'paragraph',
        text: 'Barnevernstenesta har gått gjennom meldinga og har starta ei undersøking.',
        when: ['melder.offentlig', 'melding.avklart', 'undersokelse.apnet'],
      },
      {
        kind: 'paragraph',
        text: 'Barnevernstenesta har gått gjennom meldinga og har ikkje starta ei undersøking.',
        when: ['melder.offentlig', 'melding.avklart', '!undersokelse.apnet'],
      },
      {
        kind: 'paragraph',
        text: 'Barnevernstenesta har teieplikt og kan ikkje gi deg andre opplysningar om saka. Får du ny uro, kan du melde frå igjen.',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
];
