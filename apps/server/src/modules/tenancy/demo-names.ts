/**
 * Invented words for the demo population: names, streets, and short summaries of what meldinger
 * say. Nothing here describes a real person or place. «Sofie», «Skjermet vei» and «Skjulested» are
 * left out on purpose: the browser journeys use them as canaries for the hand-made protected child.
 */

const words = (text: string, separator: string): readonly string[] => text.split(separator);

export const GIRL_NAMES: readonly string[] = words(
  'Nora Emma Ella Maja Olivia Ingrid Frida Leah Astrid Sara Thea Selma Hedda Tiril Ida ' +
    'Mathilde Aurora Linnea Vilde Åsne Sigrid Solveig Ronja Live Amalie Mia Hanna Jenny Marte ' +
    'Øydis Eira Kaja Signe Tuva Hermine Aisha Zainab Amina Julia Alma',
  ' ',
);

export const BOY_NAMES: readonly string[] = words(
  'Jakob Emil Noah Oliver Filip William Lucas Henrik Isak Aksel Magnus Elias Theodor Sander ' +
    'Johannes Mathias Ludvig Tobias Håkon Ørjan Sverre Kasper Vetle Brage Even Odin Sondre ' +
    'Torbjørn Pål Bjørn Ask Eirik Kristian Sebastian Mohammed Yusuf Ali Adam Leon Aleksander',
  ' ',
);

export const WOMAN_NAMES: readonly string[] = words(
  'Anne Kari Marianne Hilde Ingunn Silje Camilla Lene Tone Heidi Therese Kristin Åse Bjørg ' +
    'Gro Line Mona Randi Fatima Agnieszka',
  ' ',
);

export const MAN_NAMES: readonly string[] = words(
  'Ole Lars Knut Geir Morten Terje Espen Øyvind Stian Rune Tor Jørgen Håvard Frode Are Trond ' +
    'Kjetil Ahmed Tomasz Jan',
  ' ',
);

export const FAMILY_NAMES: readonly string[] = words(
  'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen ' +
    'Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen ' +
    'Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen ' +
    'Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Rønning Amundsen Nygård ' +
    'Østby Lunde Bråten Sæther Fjærli Holmøy Våge Aasen Grønli Løkken Ødegård Kåsa Ahmadi ' +
    'Hussein Nowak Kowalski Nguyen Ali',
  ' ',
);

export const STREETS: readonly string[] = words(
  'Bjørkeveien,Fjordgata,Storgata,Kirkebakken,Lundveien,Strandgata,Åsveien,Granlia,Skolegata,' +
    'Furuveien,Nedre Bakke,Øvre Torg,Måkeveien,Sjøgata,Blåbærstien,Tyttebærveien,Rådhusgata,' +
    'Havnegata,Solbakken,Elvebakken,Fiskerveien,Lyngveien',
  ',',
);

/** Postal codes and places in the invented municipality (kommunenummer 9999). */
export const POSTAL = [
  ['9990', 'Demoby'],
  ['9992', 'Nordre Demo'],
  ['9993', 'Søndre Demo'],
  ['9994', 'Vesterøy'],
  ['9995', 'Fjellstad'],
] as const;

export const SCHOOLS = ['Demoby skole', 'Nordre Demo skole', 'Vesterøy oppvekstsenter', 'Demo ungdomsskole'];

/**
 * What a melding is about: the saksinnhold codes before 2026 and in Kunnskapsmodellen after, who
 * typically reports it, and a few invented summaries. `urgent` themes may need follow-up at once.
 */
export interface MeldingTheme {
  key: string;
  old: readonly string[];
  km: readonly string[];
  melder: readonly string[];
  texts: readonly string[];
  urgent?: boolean;
  minAge?: number;
  maxAge?: number;
}

export const MELDING_THEMES: readonly MeldingTheme[] = [
  {
    key: 'skole',
    old: ['23'],
    km: ['1.2.03', '2.1.03'],
    melder: ['11', '10'],
    minAge: 6,
    texts: [
      'Skolen melder om høyt fravær og at eleven virker sliten.',
      'Kontaktlæreren forteller at eleven ofte kommer uten matpakke og sovner i timene.',
      'Skolen er bekymret for at eleven har vært borte over tre uker uten at foreldrene svarer.',
    ],
  },
  {
    key: 'vold',
    old: ['7'],
    km: ['2.4.02', '2.4.03'],
    melder: ['8', '7'],
    urgent: true,
    texts: [
      'Politiet rykket ut til boligen etter melding om høylytt krangel. Barnet var hjemme.',
      'Barnevernvakten ble kontaktet av politiet etter vold mellom foreldrene i natt.',
      'Naboer har flere ganger hørt skrik og slag fra leiligheten. Politiet var på stedet.',
    ],
  },
  {
    key: 'rus',
    old: ['3'],
    km: ['3.1.08'],
    melder: ['4', '23', '6'],
    texts: [
      'Melder har sett at mor har vært synlig beruset da hun hentet barnet i barnehagen.',
      'Anonym melder forteller om fester i hjemmet flere kvelder i uken mens barna er hjemme.',
      'NAV-veileder er bekymret for fars rusbruk og hvordan barna har det.',
    ],
  },
  {
    key: 'psykisk-foreldre',
    old: ['2'],
    km: ['3.1.03', '2.2.02'],
    melder: ['14', '10'],
    texts: [
      'Behandler i DPS melder at mor er innlagt og at det er uklart hvem som passer barna.',
      'Helsestasjonen er bekymret for mors psykiske helse etter fødselen og samspillet med barnet.',
    ],
  },
  {
    key: 'atferd',
    old: ['25'],
    km: ['1.3.08', '1.3.11'],
    melder: ['8', '11', '20'],
    minAge: 11,
    texts: [
      'Politiet melder om gjentatte butikktyverier og at ungdommen er mye ute om natten.',
      'Utekontakten er bekymret for at ungdommen har fått ny omgangskrets og ruser seg.',
      'Skolen melder om utagering, trusler mot medelever og flere bortvisninger.',
    ],
  },
  {
    key: 'konflikt',
    old: ['24'],
    km: ['2.4.04'],
    melder: ['2', '16'],
    texts: [
      'Far melder at barnet er urolig etter samvær og at foreldrene ikke klarer å snakke sammen.',
      'Familievernkontoret melder om en fastlåst konflikt om bosted som går ut over barnet.',
    ],
  },
  {
    key: 'omsorg',
    old: ['8'],
    km: ['2.1.02', '2.3.01'],
    melder: ['9', '10'],
    maxAge: 7,
    texts: [
      'Barnehagen melder at barnet ofte kommer skittent, sultent og uten klær etter været.',
      'Barnehagen er bekymret for språkutviklingen og at barnet sjelden blir hentet til avtalt tid.',
    ],
  },
  {
    key: 'psykisk-barn',
    old: ['14'],
    km: ['1.1.02', '1.3.06'],
    melder: ['13', '10', '1'],
    minAge: 10,
    texts: [
      'BUP melder at ungdommen har selvskadet og at foreldrene trenger hjelp til å følge opp.',
      'Helsesykepleier forteller at eleven har vært mye lei seg og ikke vil hjem etter skolen.',
      'Ungdommen tok selv kontakt og fortalte at det er vanskelig hjemme.',
    ],
  },
  {
    key: 'fysisk-vold',
    old: ['9'],
    km: ['2.4.05'],
    melder: ['11', '1', '9'],
    urgent: true,
    minAge: 4,
    texts: [
      'Skolen har sett blåmerker på armene, og eleven sier at far blir sint.',
      'Barnet fortalte en voksen i barnehagen at mamma slår. Barnehagen melder samme dag.',
    ],
  },
  {
    key: 'okonomi',
    old: ['31'],
    km: ['3.2.01', '3.2.02'],
    melder: ['6'],
    texts: [
      'NAV melder at familien står i fare for å miste boligen og at barna ikke deltar i fritidsaktiviteter.',
    ],
  },
];

/** A melding about an unborn child (termindato + 99999). */
export const UNBORN_THEME: MeldingTheme = {
  key: 'ufodt',
  old: ['3'],
  km: ['3.1.08', '3.1.03'],
  melder: ['10'],
  texts: [
    'Jordmor på helsestasjonen er bekymret for rusbruk i svangerskapet og manglende oppfølging.',
    'Helsestasjonen melder om en gravid kvinne uten bolig og nettverk, termin om få måneder.',
  ],
};

/** How a melder from each code is named on the melding (null: a private person, named at random). */
export const MELDER_TITLES: Readonly<Record<string, string | null>> = {
  '1': null,
  '2': null,
  '4': null,
  '6': 'Veileder, NAV Demo',
  '7': 'Barnevernvakten i Demo',
  '8': 'Politibetjent, Demo politistasjon',
  '9': 'Styrer, Solsikken barnehage',
  '10': 'Helsesykepleier, Demo helsestasjon',
  '11': 'Kontaktlærer',
  '13': 'Psykolog, BUP Demo',
  '14': 'Behandler, Demo DPS',
  '16': 'Familieterapeut, Familievernkontoret',
  '20': 'Utekontakten i Demo',
};

export const BEGRUNNELSER = {
  hjelpetiltak: [
    'Undersøkelsen viser at foreldrene trenger veiledning for å gi barnet stabil hverdag og grenser. Foreldrene samtykker til tiltaket.',
    'Barnet har behov for støtte utenfor hjemmet og foreldrene ønsker hjelp. Tiltaket er egnet og til barnets beste.',
    'Familien trenger praktisk og økonomisk hjelp for at barnet skal kunne delta på skole og fritid som jevnaldrende.',
  ],
  omsorg: [
    'Barnet har over tid vært utsatt for alvorlig omsorgssvikt, og hjelpetiltak har ikke gitt varig bedring. Begjæring om omsorgsovertakelse sendes nemnda.',
    'Foreldrene klarer ikke å gi forsvarlig omsorg, og forholdene kan ikke avhjelpes med hjelpetiltak. Barneverntjenesten ber nemnda treffe vedtak om omsorgsovertakelse.',
  ],
  ettervern: [
    'Ungdommen har samtykket til tiltak etter fylte 18 år og trenger støtte til bolig og utdanning.',
  ],
} as const;
