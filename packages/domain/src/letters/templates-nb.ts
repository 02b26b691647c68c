import type { LetterTemplateSource } from './template.js';

// The notices are the fixed texts of the dispatch (forsendelse NOTIFICATION_TEXTS): nothing of the
// case, not even the service's name, since anyone who sees the recipient's phone can read them.
const CONTACT =
  'Har du spørsmål, kan du kontakte {{saksbehandler.navn}}, {{saksbehandler.enhet}}. Oppgi referansen {{sak.journalnummer}}.';

/** The letters in bokmål. Legal references are to the Public Administration Act (forvaltningsloven). */
export const TEMPLATES_NB: readonly LetterTemplateSource[] = [
  {
    id: 'vedtak',
    lang: 'nb',
    name: 'Vedtak',
    title: 'Vedtak fra {{tjeneste.navn}}',
    notification: 'Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.',
    recipientKinds: ['person', 'organisasjon'],
    confidential: true,
    needsVedtak: true,
    required: ['fritekst.vedtaket', 'fritekst.begrunnelse'],
    blocks: [
      { kind: 'heading', text: 'Vedtak' },
      {
        kind: 'paragraph',
        text: 'Vedtaket gjelder {{barn.navn}}, født {{barn.fodselsdato}}. Barnets adresse: {{redact(barn.adresse)}}. Foreldre med foreldreansvar: {{foreldre.navn}}.',
      },
      { kind: 'paragraph', text: '{{tjeneste.navn}} fattet {{vedtak.dato}} dette vedtaket:' },
      { kind: 'paragraph', text: '{{fritekst.vedtaket}}' },
      { kind: 'heading', text: 'Hjemmel' },
      { kind: 'paragraph', text: 'Vedtaket har hjemmel i {{vedtak.hjemmel}}.' },
      { kind: 'heading', text: 'Begrunnelse' },
      { kind: 'paragraph', text: '{{fritekst.begrunnelse}}' },
      { kind: 'heading', text: 'Du har rett til å klage' },
      {
        kind: 'paragraph',
        text: 'Du kan klage på vedtaket (forvaltningsloven § 28). Fristen er tre uker fra den dagen du fikk dette brevet (forvaltningsloven § 29). Send klagen til {{tjeneste.navn}}. Skriv hvilket vedtak du klager på, hva du mener er feil, og hvorfor. Endrer vi ikke vedtaket, sender vi klagen til statsforvalteren, som avgjør den.',
      },
      {
        kind: 'paragraph',
        text: 'Du kan be om at vedtaket ikke settes i verk før klagen er avgjort (forvaltningsloven § 42). Du har rett til å se dokumentene i saken (forvaltningsloven §§ 18 og 19).',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'innkalling',
    lang: 'nb',
    name: 'Innkalling til møte',
    title: 'Innkalling til møte fra {{tjeneste.navn}}',
    notification: 'Du har fått en innkalling fra barneverntjenesten. Logg inn for å lese den.',
    recipientKinds: ['person', 'organisasjon'],
    confidential: true,
    needsVedtak: false,
    required: ['mote.dato', 'mote.klokkeslett', 'mote.sted'],
    blocks: [
      { kind: 'heading', text: 'Innkalling til møte' },
      { kind: 'paragraph', text: 'Vi inviterer deg til et møte med barneverntjenesten om {{barn.navn}}.' },
      { kind: 'paragraph', text: 'Tid: {{mote.dato}} klokken {{mote.klokkeslett}}.' },
      { kind: 'paragraph', text: 'Sted: {{mote.sted}}.' },
      { kind: 'paragraph', text: '{{fritekst.tema}}' },
      {
        kind: 'paragraph',
        text: 'Du kan ta med deg en person du har tillit til. Passer ikke tidspunktet, ber vi deg ta kontakt så snart du kan.',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'anmodning_opplysninger',
    lang: 'nb',
    name: 'Anmodning om opplysninger',
    title: 'Anmodning om opplysninger fra {{tjeneste.navn}}',
    notification: 'Barneverntjenesten har sendt deg en forespørsel. Logg inn for å lese den.',
    recipientKinds: ['organisasjon', 'person'],
    confidential: true,
    needsVedtak: false,
    required: ['fritekst.opplysninger', 'svar.frist'],
    blocks: [
      { kind: 'heading', text: 'Anmodning om opplysninger' },
      { kind: 'paragraph', text: 'Barneverntjenesten ber om opplysninger om dette barnet:' },
      {
        kind: 'paragraph',
        text: 'Navn: {{barn.navn}}. Fødselsdato: {{barn.fodselsdato}}. Adresse: {{redact(barn.adresse)}}. Skole eller barnehage: {{redact(barn.skole)}}. Fastlege: {{redact(barn.fastlege)}}.',
      },
      { kind: 'heading', text: 'Hva vi ber om' },
      { kind: 'paragraph', text: '{{fritekst.opplysninger}}' },
      {
        kind: 'paragraph',
        text: 'Offentlige myndigheter og mange yrkesgrupper har plikt til å gi barneverntjenesten opplysninger når den ber om det, uten hinder av taushetsplikten (barnevernsloven kapittel 13 og lovene for den enkelte yrkesgruppen). Gi bare de opplysningene vi ber om.',
      },
      { kind: 'paragraph', text: 'Vi ber om svar innen {{svar.frist}}.' },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
  {
    id: 'svar_til_melder',
    lang: 'nb',
    name: 'Svar til melder',
    title: 'Svar fra {{tjeneste.navn}}',
    notification: 'Du har fått et brev fra barneverntjenesten. Logg inn for å lese det.',
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
      { kind: 'heading', text: 'Svar på bekymringsmeldingen din' },
      {
        kind: 'paragraph',
        text: 'Vi bekrefter at {{tjeneste.navn}} mottok bekymringsmeldingen din {{melding.mottatt}}. Takk for at du sa fra.',
      },
      {
        kind: 'paragraph',
        text: 'Barneverntjenesten har gått gjennom meldingen og har startet en undersøkelse.',
        when: ['melder.offentlig', 'melding.avklart', 'undersokelse.apnet'],
      },
      {
        kind: 'paragraph',
        text: 'Barneverntjenesten har gått gjennom meldingen og har ikke startet en undersøkelse.',
        when: ['melder.offentlig', 'melding.avklart', '!undersokelse.apnet'],
      },
      {
        kind: 'paragraph',
        text: 'Barneverntjenesten har taushetsplikt og kan ikke gi deg andre opplysninger om saken. Får du ny bekymring, kan du melde fra igjen.',
      },
      { kind: 'paragraph', text: CONTACT },
    ],
  },
];
