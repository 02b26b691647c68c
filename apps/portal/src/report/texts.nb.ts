// The concern-report form's texts. Bokmål defines the keys; texts.nn.ts and texts.en.ts must have
// exactly the same ones (the type checker sees to it). Plain language: the reader may be upset,
// in a hurry, or twelve years old.
export const reportNb = {
  lead: 'Du trenger ikke logge inn, og du kan være anonym. Skriv det du vet – du trenger ikke være sikker.',
  draftNote:
    'Det du skriver, lagres bare i denne fanen til du sender eller forkaster det. Bruker du en datamaskin som andre også bruker, trykker du «Forkast utkastet» når du er ferdig.',
  restored: 'Vi har tatt vare på det du skrev tidligere i denne fanen.',
  discard: 'Forkast utkastet',
  discardConfirm: 'Vil du slette alt du har skrevet?',
  discardYes: 'Ja, slett alt',
  discardNo: 'Nei, fortsett å skrive',
  discarded: 'Utkastet er slettet. Ingenting er lagret i nettleseren.',
  optional: '(valgfritt)',
  yes: 'Ja',
  no: 'Nei',

  'signIn.title': 'Vil du logge inn med ID-porten?',
  'signIn.lead':
    'Melder du i jobben din, kan du logge inn. Da henter vi navnet og fødselsnummeret ditt fra ID-porten, barnevernet ser at det er du som melder, og du kan følge meldingen på Min side. Når du er logget inn, kan du ikke være anonym.',
  'signIn.optional': 'Du trenger ikke logge inn for å sende meldingen.',
  'signIn.keep': 'Det du har skrevet, blir tatt vare på mens du logger inn.',
  'signIn.action': 'Logg inn med ID-porten',
  'signIn.back': 'Du er logget inn. Det du skrev, er tatt vare på.',
  'signIn.notFinished':
    'Innloggingen ble ikke fullført. Det du skrev, er tatt vare på. Du kan prøve igjen, eller sende meldingen uten å logge inn.',
  'signedIn.title': 'Du er logget inn med ID-porten',
  'signedIn.lead':
    'Meldingen sendes med navnet og fødselsnummeret ditt slik ID-porten har bekreftet dem, og barnevernet ser at du er identifisert. Når du er logget inn, kan du ikke være anonym.',
  'signedIn.minSide': 'Når du har sendt, finner du meldingen og status for den på Min side.',
  'signedIn.logout': 'Logg ut og meld uten innlogging',
  'signedIn.logoutNote': 'Det du har skrevet, blir ikke slettet når du logger ut.',
  'signedIn.logoutFailed': 'Vi klarte ikke å logge deg ut. Prøv igjen.',
  signedOut: 'Du er logget ut. Meldingen sendes nå uten innlogging, og du kan velge å være anonym.',
  identifiedBy: 'Innlogging med ID-porten',
  'melder.name.verified': 'Navnet ditt, bekreftet av ID-porten',
  'melder.pid.verified': 'Fødselsnummeret ditt, bekreftet av ID-porten',
  'melder.name.noName': 'ID-porten ga oss ikke navnet ditt. Skriv det selv.',

  'service.label': 'Hvilken barnevernstjeneste skal meldingen til?',
  'service.help': 'Velg tjenesten i kommunen der barnet bor.',
  'service.choose': 'Velg tjeneste',
  'service.loading': 'Henter barnevernstjenestene …',
  'service.failed': 'Vi fikk ikke hentet barnevernstjenestene. Last siden på nytt om litt.',
  'service.one': 'Meldingen går til {name}.',

  'kind.legend': 'Hvem er du?',
  'kind.privat': 'Jeg melder som privatperson',
  'kind.privat.help': 'For eksempel nabo, familie, venn – eller barnet selv.',
  'kind.offentlig': 'Jeg melder i jobben min',
  'kind.offentlig.help':
    'Du er offentlig ansatt eller har meldeplikt, for eksempel i skole, barnehage, helsetjenesten eller politiet.',

  'melder.legend': 'Om deg',
  anonymous: 'Jeg vil være anonym',
  'anonymous.help':
    'Da vet ikke barnevernet hvem du er, og kan ikke kontakte deg for å spørre om mer. Du får likevel kvittering.',
  'melder.name': 'Navnet ditt',
  'melder.phone': 'Telefonnummeret ditt',
  'melder.email': 'E-postadressen din i jobben',
  'melder.address.street': 'Adressen din',
  'melder.address.postalCode': 'Postnummer',
  'melder.address.postalPlace': 'Poststed',
  'melder.role': 'Rollen din',
  'melder.role.help': 'For eksempel kontaktlærer, helsesykepleier eller barnehagelærer.',
  'melder.organisation.name': 'Arbeidsstedet ditt',
  'melder.organisation.number': 'Organisasjonsnummer',
  'melder.organisation.address.street': 'Adressen til arbeidsstedet',
  'melder.organisation.address.postalCode': 'Postnummer',
  'melder.organisation.address.postalPlace': 'Poststed',

  'child.legend': 'Barn {n}',
  'child.name': 'Barnets navn',
  'child.name.help': 'Vet du ikke navnet, kan du beskrive barnet, for eksempel «gutten i andre etasje».',
  'child.fodselsnummer': 'Barnets fødselsnummer (11 siffer)',
  'child.unborn': 'Barnet er ikke født ennå',
  'child.estimatedAge': 'Hvor gammelt er barnet, omtrent?',
  'child.relation': 'Hvordan kjenner du barnet?',
  'child.phone': 'Barnets telefonnummer',
  'child.address.street': 'Hvor bor barnet?',
  'child.address.postalCode': 'Postnummer',
  'child.address.postalPlace': 'Poststed',
  'child.told': 'Vet barnet at du melder fra?',
  'child.notToldWhy': 'Hvorfor ikke?',
  'child.add': 'Legg til et barn til',
  'child.remove': 'Fjern barn {n}',

  'guardians.legend': 'Foreldre eller andre foresatte',
  'guardians.help': 'Skriv det du vet om barnets foresatte. Du kan ta med to.',
  'guardian.legend': 'Foresatt {n}',
  'guardian.name': 'Navn',
  'guardian.phone': 'Telefonnummer',
  'guardian.told': 'Vet den foresatte at du melder fra?',
  'guardian.notToldWhy': 'Hvorfor ikke?',
  'guardian.add': 'Legg til en foresatt',
  'guardian.remove': 'Fjern foresatt {n}',

  'report.legend': 'Bekymringen',
  'report.concern': 'Hva er du bekymret for?',
  'report.concern.help':
    'Skriv med dine egne ord hva du har sett eller hørt, og når. Du kan lime inn tekst fra andre steder.',
  'report.background': 'Hva har skjedd før, og hva er prøvd?',
  'report.otherViews': 'Andre synspunkter',
  'report.interpreter': 'Trenger familien tolk? Hvilket språk?',
  'report.otherServices': 'Har familien kontakt med andre hjelpeinstanser?',

  send: 'Send meldingen',
  sending: 'Sender meldingen …',
  retrying: 'Vi får ikke svar. Prøver igjen (forsøk {n}) …',
  failed:
    'Vi fikk ikke bekreftet at meldingen kom fram. Sjekk at du er på nett og trykk «Prøv igjen». Meldingen blir ikke registrert to ganger.',
  retry: 'Prøv igjen',
  pendingNote: 'Du har en melding som ikke er bekreftet mottatt. Trykk «Prøv igjen» for å sende den.',
  conflict:
    'En tidligere versjon av denne meldingen er allerede mottatt. Endringene dine er ikke sendt. Vil du sende dem som en ny melding?',
  sendAsNew: 'Send endringene som ny melding',
  serverRefused: 'Meldingen ble ikke tatt imot. Sjekk feltene og prøv igjen.',

  'errors.title': 'Dette må du rette før du kan sende:',
  'error.REQUIRED': 'Fyll ut dette.',
  'error.TOO_LONG': 'Teksten er for lang.',
  'error.PHONE': 'Skriv telefonnummeret med sifre, for eksempel 99 99 99 99.',
  'error.EMAIL': 'Skriv en e-postadresse, for eksempel navn@skole.no.',
  'error.POSTAL_CODE': 'Postnummeret har fire sifre.',
  'error.ORGNR': 'Organisasjonsnummeret har ni sifre.',
  'error.FNR': 'Fødselsnummeret har elleve sifre.',
  'error.NOT_ANONYMOUS': 'Ta dette bort hvis du vil være anonym.',
  'error.NOT_SIGNED_IN':
    'Du er ikke lenger logget inn. Logg inn på nytt, eller send meldingen uten innlogging.',
  'error.NOT_VERIFIED': 'Navnet må være det ID-porten har bekreftet.',
  'error.INVALID': 'Sjekk dette feltet.',

  'receipt.title': 'Meldingen er mottatt',
  'receipt.lead': '{service} tok imot meldingen din {date}.',
  'receipt.reference': 'Referansenummer',
  'receipt.code': 'Kode for å sjekke status',
  'receipt.keep':
    'Skriv ned referansenummeret og koden, eller last ned kvitteringen. Med dem kan du sjekke status senere. Koden er hemmelig: ikke gi den til andre.',
  'receipt.pdf': 'Last ned kvitteringen (PDF)',
  'receipt.pdfNote':
    'Kvitteringen viser alt du skrev. Den lagres på denne enheten – bruker andre den også, så flytt eller slett filen etterpå.',
  'receipt.pdfFailed': 'Vi fikk ikke laget kvitteringen nå. Prøv igjen om litt.',
  'receipt.what': 'Dette sendte du',
  'receipt.next.privat':
    'Barnevernet går gjennom meldingen innen en uke. Barnevernet har taushetsplikt, så du får ikke vite mer enn at meldingen er mottatt.',
  'receipt.next.offentlig':
    'Barnevernet går gjennom meldingen innen en uke. Du får vite om barnevernet starter en undersøkelse: sjekk status med referansenummeret og koden.',
  'receipt.statusLink': 'Sjekk status for meldingen',
  'receipt.new': 'Send en ny melding',

  'receipt.identified':
    'Du sendte meldingen innlogget med ID-porten. Du finner den og status for den på Min side.',
  'receipt.minSide': 'Gå til Min side',

  'mine.title': 'Meldingene dine',
  'mine.lead':
    'Bekymringsmeldinger du har sendt mens du var logget inn med ID-porten, og det barnevernet kan fortelle deg om dem. Hva som står i saken, ser du ikke her.',
  'mine.loading': 'Henter meldingene dine …',
  'mine.none': 'Du har ikke sendt noen bekymringsmelding mens du var logget inn.',
  'mine.failed': 'Vi fikk ikke hentet meldingene dine nå. Prøv igjen om litt.',
  'mine.item': '{reference} til {service}',
  'mine.sent': 'Sendt {date}.',

  'status.title': 'Status for en bekymringsmelding',
  'status.lead': 'Skriv referansenummeret og koden fra kvitteringen.',
  'status.reference': 'Referansenummer',
  'status.code': 'Kode',
  'status.submit': 'Sjekk status',
  'status.notFound':
    'Vi fant ingen melding med dette referansenummeret og denne koden. Sjekk at du har skrevet riktig.',
  'status.busy': 'Du har prøvd mange ganger. Vent litt før du prøver igjen.',
  'status.error': 'Vi fikk ikke sjekket status nå. Prøv igjen om litt.',
  'status.received': 'Meldingen {reference} ble mottatt {date}.',
  'status.received.privat': 'Barnevernet har taushetsplikt og kan ikke fortelle deg hva som skjer videre.',
  'status.received.offentlig':
    'Barnevernet har ikke konkludert ennå. Du får vite om det blir en undersøkelse.',
  'status.undersokelse': 'Barnevernet har startet en undersøkelse etter meldingen ({date}).',
  'status.no_undersokelse':
    'Barnevernet har gått gjennom meldingen og har ikke startet en undersøkelse ({date}).',
} as const;

export type ReportKey = keyof typeof reportNb;
export type ReportDictionary = Readonly<Record<ReportKey, string>>;
