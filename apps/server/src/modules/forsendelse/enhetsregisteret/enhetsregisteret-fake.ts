import { Enhet, type Enhetsregisteret, type RegisterAnswer } from './enhetsregisteret.js';

interface FakeUnit {
  unit: 'enhet' | 'underenhet';
  body: Record<string, unknown>;
  /** 410 Gone instead of 200 (a deleted unit). */
  gone?: boolean;
}

const link = (path: string, orgnr: string) => ({
  self: { href: `https://data.brreg.no/enhetsregisteret/api/${path}/${orgnr}` },
});

function enhet(
  orgnr: string,
  navn: string,
  form: { kode: string; beskrivelse: string },
  flags: Partial<
    Record<'konkurs' | 'underAvvikling' | 'underTvangsavviklingEllerTvangsopplosning', boolean>
  > &
    Record<string, unknown> = {},
): FakeUnit {
  return {
    unit: 'enhet',
    body: {
      organisasjonsnummer: orgnr,
      navn,
      organisasjonsform: { kode: form.kode, beskrivelse: form.beskrivelse, _links: {} },
      registreringsdatoEnhetsregisteret: '2001-03-01',
      registrertIMvaregisteret: false,
      konkurs: false,
      underAvvikling: false,
      underTvangsavviklingEllerTvangsopplosning: false,
      maalform: 'Bokmål',
      postadresse: {
        land: 'Norge',
        landkode: 'NO',
        postnummer: '9990',
        poststed: 'DEMOBY',
        adresse: [`Postboks ${Number(orgnr.slice(5, 8)) + 1}`],
        kommune: 'DEMO',
        kommunenummer: '9999',
      },
      ...flags,
      _links: link('enheter', orgnr),
    },
  };
}

const KOMM = { kode: 'KOMM', beskrivelse: 'Kommune' };
const ORGL = { kode: 'ORGL', beskrivelse: 'Organisasjonsledd' };
const AS = { kode: 'AS', beskrivelse: 'Aksjeselskap' };
const BEDR = { kode: 'BEDR', beskrivelse: 'Underenhet til næringsdrivende og offentlig forvaltning' };

/**
 * The organisations the fake register knows: the demo service's partners (the neighbouring
 * municipalities' child welfare services, Bufetat, the health clinic, a school, a foster care
 * provider) and one of each kind Vern must refuse. All invented; the numbers have valid check digits.
 */
export const FAKE_ORGANISATIONS = {
  demoKommune: '999999999',
  naboBarnevern: '910000004',
  bufetat: '910000012',
  helsestasjon: '910000020',
  fosterhjem: '910000039',
  skole: '910000098',
  fjordbyBarnevern: '910000101',
  deleted: '910000047',
  bankrupt: '910000055',
  woundUp: '910000063',
  dissolved: '910000071',
  closedSubUnit: '910000128',
} as const;

function seed(): Map<string, FakeUnit> {
  const o = FAKE_ORGANISATIONS;
  return new Map<string, FakeUnit>([
    [o.demoKommune, enhet(o.demoKommune, 'DEMO KOMMUNE', KOMM)],
    [o.naboBarnevern, enhet(o.naboBarnevern, 'NABO KOMMUNE BARNEVERNTJENESTEN', ORGL)],
    [o.bufetat, enhet(o.bufetat, 'BARNE-, UNGDOMS- OG FAMILIEETATEN REGION DEMO', ORGL)],
    [o.helsestasjon, enhet(o.helsestasjon, 'DEMO KOMMUNE HELSESTASJON', ORGL)],
    [o.fosterhjem, enhet(o.fosterhjem, 'FOSTERHJEMSTJENESTEN DEMO AS', AS)],
    [o.skole, enhet(o.skole, 'DEMO BARNESKOLE', ORGL)],
    [
      o.fjordbyBarnevern,
      {
        unit: 'underenhet',
        body: {
          organisasjonsnummer: o.fjordbyBarnevern,
          navn: 'FJORDBY KOMMUNE BARNEVERNTJENESTE',
          organisasjonsform: BEDR,
          overordnetEnhet: o.naboBarnevern,
          beliggenhetsadresse: {
            land: 'Norge',
            postnummer: '9991',
            poststed: 'FJORDBY',
            adresse: ['Rådhusgata 1'],
          },
          _links: link('underenheter', o.fjordbyBarnevern),
        },
      },
    ],
    [
      o.deleted,
      {
        unit: 'enhet',
        gone: true,
        body: {
          organisasjonsnummer: o.deleted,
          slettedato: '2025-06-30',
          _links: link('enheter', o.deleted),
        },
      },
    ],
    [o.bankrupt, enhet(o.bankrupt, 'KONKURSBO OMSORG AS', AS, { konkurs: true, konkursdato: '2026-02-11' })],
    [
      o.woundUp,
      enhet(o.woundUp, 'AVVIKLES INSTITUSJON AS', AS, {
        underAvvikling: true,
        underAvviklingDato: '2026-05-02',
      }),
    ],
    [
      o.dissolved,
      enhet(o.dissolved, 'TVANGSOPPLØST BOLIG AS', AS, {
        underTvangsavviklingEllerTvangsopplosning: true,
        tvangsavvikletPgaManglendeSlettingDato: '2026-08-20',
      }),
    ],
    [
      o.closedSubUnit,
      {
        unit: 'underenhet',
        gone: true,
        body: {
          organisasjonsnummer: o.closedSubUnit,
          navn: 'GAMLE AVLASTNINGSBOLIGEN',
          nedleggelsesdato: '2024-12-31',
          _links: link('underenheter', o.closedSubUnit),
        },
      },
    ],
  ]);
}

/** One HTTP answer of the fake, by path (`/enheter/{orgnr}` or `/underenheter/{orgnr}`). */
export interface FakeRegisterResponse {
  status: number;
  body: unknown;
}

/**
 * A local Enhetsregisteret that answers exactly as the open API does (the same paths, statuses and
 * JSON), for tests and the demo, in-process or behind the fake services' HTTP server.
 */
export class FakeEnhetsregisteret implements Enhetsregisteret {
  readonly units = seed();
  /** Calls answered, by path, so tests can see the register was (or was not) asked. */
  calls = 0;

  add(orgnr: string, unit: FakeUnit): void {
    this.units.set(orgnr, unit);
  }

  answer(path: string): FakeRegisterResponse {
    this.calls++;
    const m = /^\/(enheter|underenheter)\/([^/]+)$/.exec(path);
    if (!m) return { status: 404, body: { status: 404, error: 'Not Found', path } };
    const wanted = m[1] === 'enheter' ? 'enhet' : 'underenhet';
    const orgnr = decodeURIComponent(m[2] ?? '');
    if (!/^\d{9}$/.test(orgnr))
      return {
        status: 400,
        body: {
          timestamp: new Date().toISOString(),
          status: 400,
          error: 'Bad Request',
          message: `Ugyldig organisasjonsnummer: ${orgnr.slice(0, 20)}`,
          path,
        },
      };
    const unit = this.units.get(orgnr);
    if (!unit || unit.unit !== wanted) return { status: 404, body: '' };
    return { status: unit.gone ? 410 : 200, body: unit.body };
  }

  async lookup(orgnr: string): Promise<RegisterAnswer> {
    // The same reading of status and body as the HTTP adapter, without the socket.
    const read = (unit: 'enhet' | 'underenhet'): RegisterAnswer => {
      const res = this.answer(`/${unit === 'enhet' ? 'enheter' : 'underenheter'}/${orgnr}`);
      if (res.status === 404) return { kind: 'unknown' };
      const e = Enhet.parse(res.body);
      return { kind: res.status === 410 ? 'deleted' : 'found', unit, enhet: e };
    };
    const first = read('enhet');
    return first.kind === 'unknown' ? read('underenhet') : first;
  }
}
