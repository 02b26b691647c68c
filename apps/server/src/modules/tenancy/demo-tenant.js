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
};
export const DEMO_UNITS = ['Mottak og undersøkelse', 'Tiltak og oppfølging', 'Omsorg og fosterhjem'];
/** One demo account per role; the README and the start banner list them. */
export const DEMO_STAFF = [
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
];
//# sourceMappingURL=demo-tenant.js.map