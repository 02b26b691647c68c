import type { StaffRole } from '@vern/domain';

/**
 * The demo service seeded on first start in development. Everything here is invented:
 * the municipality number 9999 and organisation number are not real ones.
 */
export const DEMO_TENANT = {
  id: '00000000-0000-4000-8000-00000000d3e0',
  slug: 'demo',
  name: 'Barneverntjenesten i Demo kommune',
  kind: 'kommune',
  kommunenummer: '9999',
  organisasjonsnummer: '999999999',
} as const;

export const DEMO_UNITS = ['Mottak og undersøkelse', 'Tiltak og oppfølging', 'Omsorg og fosterhjem'] as const;

export interface DemoStaff {
  username: string;
  displayName: string;
  roles: StaffRole[];
  unit: (typeof DEMO_UNITS)[number];
}

/** One demo account per role; the README and the start banner list them. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    username: 'sara',
    displayName: 'Sara Saksbehandler',
    roles: ['saksbehandler'],
    unit: 'Mottak og undersøkelse',
  },
  { username: 'frode', displayName: 'Frode Fagleder', roles: ['fagleder'], unit: 'Mottak og undersøkelse' },
  {
    username: 'berit',
    displayName: 'Berit Barnevernleder',
    roles: ['barnevernleder'],
    unit: 'Mottak og undersøkelse',
  },
  { username: 'mona', displayName: 'Mona Mottak', roles: ['mottak'], unit: 'Mottak og undersøkelse' },
  {
    username: 'sindre',
    displayName: 'Sindre Systemansvarlig',
    roles: ['systemansvarlig'],
    unit: 'Mottak og undersøkelse',
  },
  { username: 'vilde', displayName: 'Vilde Vakt', roles: ['barnevernvakt'], unit: 'Tiltak og oppfølging' },
  // In many smaller services the systemansvarlig is also a leader or caseworker. Tor holds both
  // roles: systemansvarlig gives him the registry, fagleder the need-to-know for his unit's cases,
  // so he can fix on the case what the registry controls find there, and nothing beyond his unit.
  {
    username: 'tor',
    displayName: 'Tor Teamleder',
    roles: ['fagleder', 'systemansvarlig'],
    unit: 'Mottak og undersøkelse',
  },
];

/**
 * The rest of the demo service's staff: caseworkers in each unit and a fagleder for the two units
 * Frode does not lead. They hold cases in the demo population but are not offered by the
 * development IdP's sign-in page, which keeps one account per role (the list above).
 */
export const DEMO_COLLEAGUES: readonly DemoStaff[] = [
  {
    username: 'anders',
    displayName: 'Anders Aasen',
    roles: ['saksbehandler'],
    unit: 'Mottak og undersøkelse',
  },
  {
    username: 'ingrid',
    displayName: 'Ingrid Øvrebø',
    roles: ['saksbehandler'],
    unit: 'Mottak og undersøkelse',
  },
  { username: 'kari', displayName: 'Kari Nygård', roles: ['saksbehandler'], unit: 'Tiltak og oppfølging' },
  { username: 'jonas', displayName: 'Jonas Bakke', roles: ['saksbehandler'], unit: 'Tiltak og oppfølging' },
  { username: 'siri', displayName: 'Siri Håland', roles: ['saksbehandler'], unit: 'Tiltak og oppfølging' },
  { username: 'tone', displayName: 'Tone Fjeld', roles: ['fagleder'], unit: 'Tiltak og oppfølging' },
  { username: 'marte', displayName: 'Marte Solberg', roles: ['saksbehandler'], unit: 'Omsorg og fosterhjem' },
  { username: 'hakon', displayName: 'Håkon Lie', roles: ['saksbehandler'], unit: 'Omsorg og fosterhjem' },
  { username: 'geir', displayName: 'Geir Ødegård', roles: ['fagleder'], unit: 'Omsorg og fosterhjem' },
];

export type DemoUnit = (typeof DEMO_UNITS)[number];

/** Who leads each unit: the fagleder who decides its vedtak under delegated authority. */
export const DEMO_UNIT_LEADERS: Readonly<Record<DemoUnit, string>> = {
  'Mottak og undersøkelse': 'frode',
  'Tiltak og oppfølging': 'tone',
  'Omsorg og fosterhjem': 'geir',
};

/** The head of service, who signs every begjæring to the board. */
export const DEMO_HEAD = 'berit';
