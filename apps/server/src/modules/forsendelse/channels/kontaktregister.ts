/**
 * The contact and reservation register (Kontakt- og reservasjonsregisteret, KRR): whether a person
 * has a digital mailbox (Digipost, e-Boks) and whether they have reserved themselves against
 * digital mail from the public sector. The port, its HTTP adapter (the oppslagstjeneste's
 * `POST /rest/v1/personer` with `personidentifikatorer`) and a fake of the same format.
 */
export interface KrrPerson {
  personidentifikator: string;
  reservasjon: 'JA' | 'NEI';
  status: 'AKTIV' | 'SLETTET' | 'IKKE_REGISTRERT';
  digital_post?: { postkasseadresse: string; postkasseleverandoeradresse: string } | null;
}

export interface DigitalReachability {
  /** May receive digital mail: registered, not reserved, and has a mailbox. */
  digital: boolean;
  /** In words for the sender when not. */
  reason: string | null;
}

export interface Kontaktregister {
  lookup(fodselsnummer: string): Promise<DigitalReachability>;
}

export function reachabilityOf(p: KrrPerson | undefined): DigitalReachability {
  if (!p || p.status !== 'AKTIV')
    return { digital: false, reason: 'Mottakeren er ikke registrert i Kontakt- og reservasjonsregisteret.' };
  if (p.reservasjon === 'JA')
    return { digital: false, reason: 'Mottakeren har reservert seg mot digital post (KRR).' };
  if (!p.digital_post) return { digital: false, reason: 'Mottakeren har ingen digital postkasse.' };
  return { digital: true, reason: null };
}

/**
 * The fake register. Everyone has a Digipost mailbox unless told otherwise: `reserve` and
 * `withoutMailbox` make the exceptions the demo and tests need.
 */
export class FakeKontaktregister implements Kontaktregister {
  private readonly people = new Map<string, KrrPerson>();

  reserve(fnr: string): void {
    this.people.set(fnr, {
      personidentifikator: fnr,
      reservasjon: 'JA',
      status: 'AKTIV',
      digital_post: null,
    });
  }

  withoutMailbox(fnr: string): void {
    this.people.set(fnr, {
      personidentifikator: fnr,
      reservasjon: 'NEI',
      status: 'AKTIV',
      digital_post: null,
    });
  }

  /** The oppslagstjeneste's answer body for a list of numbers. */
  answer(personidentifikatorer: string[]): { personer: KrrPerson[] } {
    return {
      personer: personidentifikatorer.map(
        (fnr) =>
          this.people.get(fnr) ?? {
            personidentifikator: fnr,
            reservasjon: 'NEI',
            status: 'AKTIV',
            digital_post: {
              postkasseadresse: `digipost#${fnr.slice(0, 6)}`,
              postkasseleverandoeradresse: '984661185',
            },
          },
      ),
    };
  }

  async lookup(fnr: string): Promise<DigitalReachability> {
    return reachabilityOf(this.answer([fnr]).personer[0]);
  }
}

/** The HTTP adapter: one POST per lookup; a failure throws (the relay retries). */
export function httpKontaktregister(baseUrl: string, options: { timeoutMs: number }): Kontaktregister {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async lookup(fnr) {
      const res = await fetch(`${base}/rest/v1/personer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ personidentifikatorer: [fnr] }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (res.status !== 200) {
        await res.body?.cancel();
        throw new Error(`KRR answered HTTP ${res.status}`);
      }
      const body = (await res.json()) as { personer?: KrrPerson[] };
      return reachabilityOf(body.personer?.find((p) => p.personidentifikator === fnr));
    },
  };
}
