import type { ReportDictionary } from './texts.nb';

export const reportNn: ReportDictionary = {
  lead: 'Du treng ikkje logge inn, og du kan vere anonym. Skriv det du veit – du treng ikkje vere sikker.',
  draftNote:
    'Det du skriv, blir berre lagra i denne fana til du sender eller forkastar det. Brukar du ei datamaskin som andre òg brukar, trykkjer du «Forkast utkastet» når du er ferdig.',
  restored: 'Vi har teke vare på det du skreiv tidlegare i denne fana.',
  discard: 'Forkast utkastet',
  discardConfirm: 'Vil du slette alt du har skrive?',
  discardYes: 'Ja, slett alt',
  discardNo: 'Nei, hald fram med å skrive',
  discarded: 'Utkastet er sletta. Ingenting er lagra i nettlesaren.',
  optional: '(valfritt)',
  yes: 'Ja',
  no: 'Nei',

  'signIn.title': 'Vil du logge inn med ID-porten?',
  'signIn.lead':
    'Melder du i jobben din, kan du logge inn. Då hentar vi namnet og fødselsnummeret ditt frå ID-porten, barnevernet ser at det er du som melder, og du kan følgje meldinga på Mi side. Når du er logga inn, kan du ikkje vere anonym.',
  'signIn.optional': 'Du treng ikkje logge inn for å sende meldinga.',
  'signIn.keep': 'Det du har skrive, blir teke vare på medan du loggar inn.',
  'signIn.action': 'Logg inn med ID-porten',
  'signIn.back': 'Du er logga inn. Det du skreiv, er teke vare på.',
  'signIn.notFinished':
    'Innlogginga vart ikkje fullført. Det du skreiv, er teke vare på. Du kan prøve igjen, eller sende meldinga utan å logge inn.',
  'signedIn.title': 'Du er logga inn med ID-porten',
  'signedIn.lead':
    'Meldinga blir send med namnet og fødselsnummeret ditt slik ID-porten har stadfesta dei, og barnevernet ser at du er identifisert. Når du er logga inn, kan du ikkje vere anonym.',
  'signedIn.minSide': 'Når du har sendt, finn du meldinga og status for ho på Mi side.',
  'signedIn.logout': 'Logg ut og meld utan innlogging',
  'signedIn.logoutNote': 'Det du har skrive, blir ikkje sletta når du loggar ut.',
  'signedIn.logoutFailed': 'Vi klarte ikkje å logge deg ut. Prøv igjen.',
  signedOut: 'Du er logga ut. Meldinga blir no send utan innlogging, og du kan velje å vere anonym.',
  identifiedBy: 'Innlogging med ID-porten',
  'melder.name.verified': 'Namnet ditt, stadfesta av ID-porten',
  'melder.pid.verified': 'Fødselsnummeret ditt, stadfesta av ID-porten',
  'melder.name.noName': 'ID-porten gav oss ikkje namnet ditt. Skriv det sjølv.',

  'service.label': 'Kva barnevernsteneste skal meldinga til?',
  'service.help': 'Vel tenesta i kommunen der barnet bur.',
  'service.choose': 'Vel teneste',
  'service.loading': 'Hentar barnevernstenestene …',
  'service.failed': 'Vi fekk ikkje henta barnevernstenestene. Last sida på nytt om litt.',
  'service.one': 'Meldinga går til {name}.',

  'kind.legend': 'Kven er du?',
  'kind.privat': 'Eg melder som privatperson',
  'kind.privat.help': 'Til dømes nabo, familie, ven – eller barnet sjølv.',
  'kind.offentlig': 'Eg melder i jobben min',
  'kind.offentlig.help':
    'Du er offentleg tilsett eller har meldeplikt, til dømes i skule, barnehage, helsetenesta eller politiet.',

  'melder.legend': 'Om deg',
  anonymous: 'Eg vil vere anonym',
  'anonymous.help':
    'Då veit ikkje barnevernet kven du er, og kan ikkje kontakte deg for å spørje om meir. Du får likevel kvittering.',
  'melder.name': 'Namnet ditt',
  'melder.phone': 'Telefonnummeret ditt',
  'melder.email': 'E-postadressa di i jobben',
  'melder.address.street': 'Adressa di',
  'melder.address.postalCode': 'Postnummer',
  'melder.address.postalPlace': 'Poststad',
  'melder.role': 'Rolla di',
  'melder.role.help': 'Til dømes kontaktlærar, helsesjukepleiar eller barnehagelærar.',
  'melder.organisation.name': 'Arbeidsstaden din',
  'melder.organisation.number': 'Organisasjonsnummer',
  'melder.organisation.address.street': 'Adressa til arbeidsstaden',
  'melder.organisation.address.postalCode': 'Postnummer',
  'melder.organisation.address.postalPlace': 'Poststad',

  'child.legend': 'Barn {n}',
  'child.name': 'Namnet til barnet',
  'child.name.help': 'Veit du ikkje namnet, kan du beskrive barnet, til dømes «guten i andre etasje».',
  'child.fodselsnummer': 'Fødselsnummeret til barnet (11 siffer)',
  'child.unborn': 'Barnet er ikkje født enno',
  'child.estimatedAge': 'Kor gammalt er barnet, omtrent?',
  'child.relation': 'Korleis kjenner du barnet?',
  'child.phone': 'Telefonnummeret til barnet',
  'child.address.street': 'Kvar bur barnet?',
  'child.address.postalCode': 'Postnummer',
  'child.address.postalPlace': 'Poststad',
  'child.told': 'Veit barnet at du melder frå?',
  'child.notToldWhy': 'Kvifor ikkje?',
  'child.add': 'Legg til eitt barn til',
  'child.remove': 'Fjern barn {n}',

  'guardians.legend': 'Foreldre eller andre føresette',
  'guardians.help': 'Skriv det du veit om dei føresette til barnet. Du kan ta med to.',
  'guardian.legend': 'Føresett {n}',
  'guardian.name': 'Namn',
  'guardian.phone': 'Telefonnummer',
  'guardian.told': 'Veit den føresette at du melder frå?',
  'guardian.notToldWhy': 'Kvifor ikkje?',
  'guardian.add': 'Legg til ein føresett',
  'guardian.remove': 'Fjern føresett {n}',

  'report.legend': 'Uroa',
  'report.concern': 'Kva er du uroa for?',
  'report.concern.help':
    'Skriv med dine eigne ord kva du har sett eller høyrt, og når. Du kan lime inn tekst frå andre stader.',
  'report.background': 'Kva har skjedd før, og kva er prøvd?',
  'report.otherViews': 'Andre synspunkt',
  'report.interpreter': 'Treng familien tolk? Kva språk?',
  'report.otherServices': 'Har familien kontakt med andre hjelpeinstansar?',

  send: 'Send meldinga',
  sending: 'Sender meldinga …',
  retrying: 'Vi får ikkje svar. Prøver igjen (forsøk {n}) …',
  failed:
    'Vi fekk ikkje stadfesta at meldinga kom fram. Sjekk at du er på nett og trykk «Prøv igjen». Meldinga blir ikkje registrert to gonger.',
  retry: 'Prøv igjen',
  pendingNote: 'Du har ei melding som ikkje er stadfesta motteken. Trykk «Prøv igjen» for å sende ho.',
  conflict:
    'Ein tidlegare versjon av denne meldinga er alt motteken. Endringane dine er ikkje sende. Vil du sende dei som ei ny melding?',
  sendAsNew: 'Send endringane som ny melding',
  serverRefused: 'Meldinga vart ikkje teken imot. Sjekk felta og prøv igjen.',

  'errors.title': 'Dette må du rette før du kan sende:',
  'error.REQUIRED': 'Fyll ut dette.',
  'error.TOO_LONG': 'Teksten er for lang.',
  'error.PHONE': 'Skriv telefonnummeret med siffer, til dømes 99 99 99 99.',
  'error.EMAIL': 'Skriv ei e-postadresse, til dømes namn@skule.no.',
  'error.POSTAL_CODE': 'Postnummeret har fire siffer.',
  'error.ORGNR': 'Organisasjonsnummeret har ni siffer.',
  'error.FNR': 'Fødselsnummeret har elleve siffer.',
  'error.NOT_ANONYMOUS': 'Ta dette bort om du vil vere anonym.',
  'error.NOT_SIGNED_IN':
    'Du er ikkje lenger logga inn. Logg inn på nytt, eller send meldinga utan innlogging.',
  'error.NOT_VERIFIED': 'Namnet må vere det ID-porten har stadfesta.',
  'error.INVALID': 'Sjekk dette feltet.',

  'receipt.title': 'Meldinga er motteken',
  'receipt.lead': '{service} tok imot meldinga di {date}.',
  'receipt.reference': 'Referansenummer',
  'receipt.code': 'Kode for å sjekke status',
  'receipt.keep':
    'Skriv ned referansenummeret og koden, eller last ned kvitteringa. Med dei kan du sjekke status seinare. Koden er hemmeleg: ikkje gi han til andre.',
  'receipt.pdf': 'Last ned kvitteringa (PDF)',
  'receipt.pdfNote':
    'Kvitteringa viser alt du skreiv. Ho blir lagra på denne eininga – brukar andre ho òg, så flytt eller slett fila etterpå.',
  'receipt.pdfFailed': 'Vi fekk ikkje laga kvitteringa no. Prøv igjen om litt.',
  'receipt.what': 'Dette sende du',
  'receipt.next.privat':
    'Barnevernet går gjennom meldinga innan ei veke. Barnevernet har teieplikt, så du får ikkje vite meir enn at meldinga er motteken.',
  'receipt.next.offentlig':
    'Barnevernet går gjennom meldinga innan ei veke. Du får vite om barnevernet startar ei undersøking: sjekk status med referansenummeret og koden.',
  'receipt.statusLink': 'Sjekk status for meldinga',
  'receipt.new': 'Send ei ny melding',

  'receipt.identified': 'Du sende meldinga innlogga med ID-porten. Du finn ho og status for ho på Mi side.',
  'receipt.minSide': 'Gå til Mi side',

  'mine.title': 'Meldingane dine',
  'mine.lead':
    'Bekymringsmeldingar du har sendt medan du var logga inn med ID-porten, og det barnevernet kan fortelje deg om dei. Kva som står i saka, ser du ikkje her.',
  'mine.loading': 'Hentar meldingane dine …',
  'mine.none': 'Du har ikkje sendt nokon bekymringsmelding medan du var logga inn.',
  'mine.failed': 'Vi fekk ikkje henta meldingane dine no. Prøv igjen om litt.',
  'mine.item': '{reference} til {service}',
  'mine.sent': 'Sendt {date}.',

  'status.title': 'Status for ei bekymringsmelding',
  'status.lead': 'Skriv referansenummeret og koden frå kvitteringa.',
  'status.reference': 'Referansenummer',
  'status.code': 'Kode',
  'status.submit': 'Sjekk status',
  'status.notFound':
    'Vi fann inga melding med dette referansenummeret og denne koden. Sjekk at du har skrive rett.',
  'status.busy': 'Du har prøvd mange gonger. Vent litt før du prøver igjen.',
  'status.error': 'Vi fekk ikkje sjekka status no. Prøv igjen om litt.',
  'status.received': 'Meldinga {reference} vart motteken {date}.',
  'status.received.privat': 'Barnevernet har teieplikt og kan ikkje fortelje deg kva som skjer vidare.',
  'status.received.offentlig':
    'Barnevernet har ikkje konkludert enno. Du får vite om det blir ei undersøking.',
  'status.undersokelse': 'Barnevernet har starta ei undersøking etter meldinga ({date}).',
  'status.no_undersokelse':
    'Barnevernet har gått gjennom meldinga og har ikkje starta ei undersøking ({date}).',
};
