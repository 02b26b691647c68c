import type { Dictionary } from './dictionary';

export const nn: Dictionary = {
  'common.productName': 'Vern',
  'common.skipLink': 'Hopp til hovudinnhaldet',
  'common.language.label': 'Språk (Language)',
  'common.language.nb': 'Bokmål',
  'common.language.nn': 'Nynorsk',
  'common.language.en': 'English',
  'common.nav.label': 'Hovudmeny',
  'common.nav.toggle': 'Meny',
  'common.nav.home': 'Framside',
  'common.footer.label': 'Om tenesta',
  'common.footer.about': 'Om Vern',
  'common.footer.accessibility': 'Tilgjengelegheitserklæring',
  'common.footer.privacy': 'Personvern',
  'common.footer.licence': 'Vern er fri programvare med MIT-lisens.',
  'common.notFound.title': 'Fann ikkje sida',
  'common.notFound.body': 'Vi fann inga side med adressa {path}. Sjekk at adressa er skriven rett.',
  'common.notFound.home': 'Gå til framsida',
  'common.about.title': 'Om Vern',
  'common.about.body1':
    'Vern er eit saksbehandlingssystem for barnevernstenesta i kommunane. Tilsette bruker det til å ta imot meldingar, gjere undersøkingar, gjere vedtak og følgje opp tiltak.',
  'common.about.body2':
    'Innbyggjarar kan bruke Vern til å sende ei bekymringsmelding og til å sjå si eiga sak.',
  'common.about.body3': 'Vern er open kjeldekode, og kommunane kan bruke og vidareutvikle det fritt.',
  'common.a11y.title': 'Tilgjengelegheitserklæring',
  'common.a11y.body1':
    'Vern skal kunne brukast av alle. Løysinga er laga for å oppfylle krava til universell utforming i WCAG 2.1 på nivå AA, og ho skal fungere med tastatur, skjermlesar og på mobil.',
  'common.a11y.body2':
    'Dette er eit utkast. Kommunen som tek Vern i bruk, publiserer den endelege erklæringa på uustatus.no.',
  'common.a11y.body3':
    'Fann du noko som ikkje fungerer? Gi beskjed til kommunen din, så rettar vi det så fort vi kan.',
  'common.privacy.title': 'Personvern',
  'common.privacy.body1':
    'Vern behandlar opplysningar om barn og familiar etter barnevernslova. Kommunen som bruker Vern, er ansvarleg for opplysningane.',
  'common.privacy.body2':
    'Vern bruker ikkje sporing eller analyseverktøy. Nettlesaren din lagrar berre kva språk du har valt.',
  'common.privacy.body3':
    'Kommunen publiserer ei fullstendig personvernerklæring her før tenesta blir teken i bruk.',

  'staff.appTitle': 'Vern – for tilsette',
  'staff.subtitle': 'for tilsette',
  'staff.front.title': 'Saksbehandling i barnevernstenesta',
  'staff.front.lead':
    'Vern er saksbehandlingssystemet for barnevernstenesta. Her tek du imot meldingar, følgjer opp undersøkingar og tiltak, og held oversikt over fristar.',
  'staff.front.login': 'Logg inn',
  'staff.front.loginNote':
    'Du loggar inn med brukaren din i kommunen, gjennom innloggingsløysinga til kommunen.',
  'staff.front.accessNote': 'Du ser berre sakene du har tilgang til, og all bruk blir logga.',
  'staff.health.checking': 'Sjekkar om tenesta er tilgjengeleg …',
  'staff.health.ok': 'Tenesta er tilgjengeleg',
  'staff.health.down': 'Tenesta svarar ikkje',
  'staff.session.signedInAs': 'Innlogga som {name}',
  'staff.session.service': 'Teneste: {name}',
  'staff.session.logout': 'Logg ut',
  'staff.session.loggedOut': 'Du er logga ut.',
  'staff.session.logoutFailed': 'Vi klarte ikkje å logge deg ut. Prøv igjen.',
  'staff.login.error.unknownUser':
    'Du har ingen aktiv brukar i Vern. Ta kontakt med den som er systemansvarleg i tenesta di.',
  'staff.login.error.ambiguous':
    'Brukarnamnet ditt finst i fleire tenester. Innlogging for brukarar i fleire tenester kjem seinare; ta kontakt med systemansvarleg.',
  'staff.login.error.cancelled': 'Innlogginga vart avbroten.',
  'staff.login.error.failed': 'Innlogginga mislukkast. Prøv igjen.',

  'portal.appTitle': 'Vern – for innbyggjarar',
  'portal.subtitle': 'for innbyggjarar',
  'portal.nav.report': 'Send bekymringsmelding',
  'portal.nav.mySide': 'Mi side',
  'portal.front.title': 'Barnevernet i kommunen din',
  'portal.front.lead':
    'Her kan du seie frå dersom du er bekymra for eit barn, og du kan sjå di eiga sak dersom du har kontakt med barnevernet.',
  'portal.front.urgent': 'Er eit barn i fare no? Ring politiet på 112.',
  'portal.front.reportTitle': 'Er du bekymra for eit barn?',
  'portal.front.reportBody':
    'Alle kan seie frå til barnevernet. Du treng ikkje vere sikker på at noko er gale.',
  'portal.front.reportAction': 'Send ei bekymringsmelding',
  'portal.front.loginTitle': 'Har du ei sak hos barnevernet?',
  'portal.front.loginBody':
    'På Mi side kan du sjå saka di og kven som har sett i ho. Du loggar inn med ID-porten, til dømes med BankID eller MinID.',
  'portal.front.loginAction': 'Logg inn på Mi side',
  'portal.report.title': 'Send ei bekymringsmelding',
  'portal.report.coming':
    'Skjemaet for bekymringsmelding kjem snart. Til då kan du ringje eller skrive til barnevernstenesta i kommunen din.',
  'portal.report.urgentTitle': 'Hastar det?',
  'portal.report.police': 'Politiet og barnevernsvakta',
  'portal.report.policeNote': 'Ring dersom eit barn er i fare no.',
  'portal.report.alarm': 'Alarmtelefonen for barn og unge',
  'portal.report.alarmNote':
    'For barn og unge som treng hjelp, og for vaksne som er bekymra for eit barn. Gratis og open heile døgeret.',
  'portal.report.call': 'Ring {phone}',
  'portal.report.back': 'Tilbake til framsida',
  'portal.mySide.title': 'Mi side',
  'portal.mySide.loading': 'Hentar innlogginga di …',
  'portal.mySide.signedIn': 'Du er logga inn.',
  'portal.mySide.pid': 'Fødselsnummer: {pid}',
  'portal.mySide.level': 'Du logga inn med ID-porten på høgt tryggingsnivå.',
  'portal.mySide.coming': 'Her kjem saka di og oversikta over kven som har sett i ho.',
  'portal.mySide.notSignedIn': 'Du er ikkje logga inn.',
  'portal.mySide.logout': 'Logg ut',
  'portal.mySide.loggedOut': 'Du er logga ut.',
  'portal.mySide.logoutFailed': 'Vi klarte ikkje å logge deg ut. Prøv igjen.',
  'portal.login.error.cancelled': 'Innlogginga vart avbroten.',
  'portal.login.error.failed': 'Innlogginga mislukkast. Prøv igjen.',
};
