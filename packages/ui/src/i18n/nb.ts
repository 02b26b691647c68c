// Norwegian bokmål is the reference language: this dictionary defines the set of keys, and the
// type checker makes nynorsk and English supply exactly the same keys (see ./dictionary.ts).
// Keys are grouped as common.* (both apps), staff.* (apps/web) and portal.* (apps/portal).
// `{name}` marks a parameter filled in by t(key, { name }).
export const nb = {
  'common.productName': 'Vern',
  'common.skipLink': 'Hopp til hovedinnhold',
  'common.language.label': 'Språk (Language)',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.nav.label': 'Hovedmeny',
  'common.nav.toggle': 'Meny',
  'common.nav.home': 'Forside',
  'common.footer.label': 'Om tjenesten',
  'common.footer.about': 'Om Vern',
  'common.footer.accessibility': 'Tilgjengelighetserklæring',
  'common.footer.privacy': 'Personvern',
  'common.footer.licence': 'Vern er fri programvare med MIT-lisens.',
  'common.notFound.title': 'Fant ikke siden',
  'common.notFound.body': 'Vi fant ingen side med adressen {path}. Sjekk at adressen er skrevet riktig.',
  'common.notFound.home': 'Gå til forsiden',
  'common.about.title': 'Om Vern',
  'common.about.body1':
    'Vern er et saksbehandlingssystem for barneverntjenesten i kommunene. Ansatte bruker det til å ta imot meldinger, gjøre undersøkelser, fatte vedtak og følge opp tiltak.',
  'common.about.body2':
    'Innbyggere kan bruke Vern til å sende en bekymringsmelding og til å se sin egen sak.',
  'common.about.body3': 'Vern er åpen kildekode, og kommunene kan bruke og videreutvikle det fritt.',
  'common.a11y.title': 'Tilgjengelighetserklæring',
  'common.a11y.body1':
    'Vern skal kunne brukes av alle. Løsningen er laget for å oppfylle kravene til universell utforming i WCAG 2.1 på nivå AA, og den skal fungere med tastatur, skjermleser og på mobil.',
  'common.a11y.body2':
    'Dette er et utkast. Kommunen som tar Vern i bruk, publiserer den endelige erklæringen på uustatus.no.',
  'common.a11y.body3':
    'Fant du noe som ikke fungerer? Gi beskjed til kommunen din, så retter vi det så fort vi kan.',
  'common.privacy.title': 'Personvern',
  'common.privacy.body1':
    'Vern behandler opplysninger om barn og familier etter barnevernsloven. Kommunen som bruker Vern, er ansvarlig for opplysningene.',
  'common.privacy.body2':
    'Vern bruker ikke sporing eller analyseverktøy. Nettleseren din lagrer bare hvilket språk du har valgt.',
  'common.privacy.body3':
    'Kommunen publiserer en fullstendig personvernerklæring her før tjenesten tas i bruk.',

  'staff.appTitle': 'Vern – for ansatte',
  'staff.subtitle': 'for ansatte',
  'staff.front.title': 'Saksbehandling i barneverntjenesten',
  'staff.front.lead':
    'Vern er saksbehandlingssystemet for barneverntjenesten. Her tar du imot meldinger, følger opp undersøkelser og tiltak, og holder oversikt over frister.',
  'staff.front.login': 'Logg inn',
  'staff.front.loginNote': 'Du logger inn med brukeren din i kommunen, gjennom kommunens innloggingsløsning.',
  'staff.front.accessNote': 'Du ser bare sakene du har tilgang til, og all bruk blir logget.',
  'staff.health.checking': 'Sjekker om tjenesten er tilgjengelig …',
  'staff.health.ok': 'Tjenesten er tilgjengelig',
  'staff.health.down': 'Tjenesten svarer ikke',
  'staff.session.signedInAs': 'Innlogget som {name}',
  'staff.session.service': 'Tjeneste: {name}',
  'staff.session.logout': 'Logg ut',
  'staff.session.loggedOut': 'Du er logget ut.',
  'staff.session.logoutFailed': 'Vi klarte ikke å logge deg ut. Prøv igjen.',
  'staff.login.error.unknownUser':
    'Du har ingen aktiv bruker i Vern. Ta kontakt med den som er systemansvarlig i tjenesten din.',
  'staff.login.error.ambiguous':
    'Brukernavnet ditt finnes i flere tjenester. Innlogging for brukere i flere tjenester kommer senere; ta kontakt med systemansvarlig.',
  'staff.login.error.cancelled': 'Innloggingen ble avbrutt.',
  'staff.login.error.failed': 'Innloggingen mislyktes. Prøv igjen.',

  'portal.appTitle': 'Vern – for innbyggere',
  'portal.subtitle': 'for innbyggere',
  'portal.nav.report': 'Send bekymringsmelding',
  'portal.nav.mySide': 'Min side',
  'portal.front.title': 'Barnevernet i kommunen din',
  'portal.front.lead':
    'Her kan du si fra hvis du er bekymret for et barn, og du kan se din egen sak hvis du har kontakt med barnevernet.',
  'portal.front.urgent': 'Er et barn i fare nå? Ring politiet på 112.',
  'portal.front.reportTitle': 'Er du bekymret for et barn?',
  'portal.front.reportBody':
    'Alle kan si fra til barnevernet. Du trenger ikke å være sikker på at noe er galt.',
  'portal.front.reportAction': 'Send en bekymringsmelding',
  'portal.front.loginTitle': 'Har du en sak hos barnevernet?',
  'portal.front.loginBody':
    'På Min side kan du se saken din og hvem som har sett i den. Du logger inn med ID-porten, for eksempel med BankID eller MinID.',
  'portal.front.loginAction': 'Logg inn på Min side',
  'portal.report.title': 'Send en bekymringsmelding',
  'portal.report.coming':
    'Skjemaet for bekymringsmelding kommer snart. Til da kan du ringe eller skrive til barneverntjenesten i kommunen din.',
  'portal.report.urgentTitle': 'Haster det?',
  'portal.report.police': 'Politiet og barnevernvakten',
  'portal.report.policeNote': 'Ring hvis et barn er i fare nå.',
  'portal.report.alarm': 'Alarmtelefonen for barn og unge',
  'portal.report.alarmNote':
    'For barn og unge som trenger hjelp, og for voksne som er bekymret for et barn. Gratis og åpen hele døgnet.',
  'portal.report.call': 'Ring {phone}',
  'portal.report.back': 'Tilbake til forsiden',
  'portal.mySide.title': 'Min side',
  'portal.mySide.loading': 'Henter innloggingen din …',
  'portal.mySide.signedIn': 'Du er logget inn.',
  'portal.mySide.pid': 'Fødselsnummer: {pid}',
  'portal.mySide.level': 'Du logget inn med ID-porten på høyt sikkerhetsnivå.',
  'portal.mySide.coming': 'Her kommer saken din og oversikten over hvem som har sett i den.',
  'portal.mySide.notSignedIn': 'Du er ikke logget inn.',
  'portal.mySide.logout': 'Logg ut',
  'portal.mySide.loggedOut': 'Du er logget ut.',
  'portal.mySide.logoutFailed': 'Vi klarte ikke å logge deg ut. Prøv igjen.',
  'portal.login.error.cancelled': 'Innloggingen ble avbrutt.',
  'portal.login.error.failed': 'Innloggingen mislyktes. Prøv igjen.',
} as const;
