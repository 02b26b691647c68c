import { organisasjonsnummerProblem } from '@vern/domain';
import { z } from 'zod';
import { AppError, ErrorCode } from '../../../platform/errors.js';

/**
 * The fields of Enhetsregisteret's open API (data.brreg.no/enhetsregisteret/api) that decide
 * whether Vern may send to an organisation. `GET /enheter/{orgnr}` answers 200 with the entity,
 * 410 Gone with `slettedato` for a deleted one, 404 for a number never registered; a sub-unit
 * (a municipality's child welfare service is often one) is under `/underenheter/{orgnr}`, where a
 * closed one has `nedleggelsesdato`. Unknown fields are kept out, not refused: the register adds
 * fields over time.
 */
const RegisterAddress = z.object({
  adresse: z.array(z.string()).optional(),
  postnummer: z.string().optional(),
  poststed: z.string().optional(),
  land: z.string().optional(),
});

export const Enhet = z.object({
  organisasjonsnummer: z.string(),
  navn: z.string().optional(),
  organisasjonsform: z.object({ kode: z.string(), beskrivelse: z.string().optional() }).optional(),
  konkurs: z.boolean().optional(),
  konkursdato: z.string().optional(),
  underAvvikling: z.boolean().optional(),
  underAvviklingDato: z.string().optional(),
  underTvangsavviklingEllerTvangsopplosning: z.boolean().optional(),
  tvangsavvikletPgaManglendeSlettingDato: z.string().optional(),
  slettedato: z.string().optional(),
  nedleggelsesdato: z.string().optional(),
  overordnetEnhet: z.string().optional(),
  postadresse: RegisterAddress.optional(),
  forretningsadresse: RegisterAddress.optional(),
  beliggenhetsadresse: RegisterAddress.optional(),
});
export type Enhet = z.infer<typeof Enhet>;

/** What the register answered for one number, as the HTTP status says it. */
export type RegisterAnswer =
  | { kind: 'found'; unit: 'enhet' | 'underenhet'; enhet: Enhet }
  | { kind: 'deleted'; unit: 'enhet' | 'underenhet'; enhet: Enhet }
  | { kind: 'unknown' };

/** The port: one lookup by organisation number, enheter first, then underenheter. */
export interface Enhetsregisteret {
  lookup(organisasjonsnummer: string): Promise<RegisterAnswer>;
}

/** The register did not answer (down, slow, or an answer we cannot read): try again later. */
export class RegisterUnavailable extends Error {
  override name = 'RegisterUnavailable';
}

export type RefusalReason =
  'slettet' | 'nedlagt' | 'konkurs' | 'under_avvikling' | 'under_tvangsavvikling' | 'ukjent';

export type OrganisasjonCheck =
  | {
      ok: true;
      organisasjonsnummer: string;
      navn: string;
      underenhet: boolean;
      /** Where print goes when nothing else does: the registered postal (or business) address. */
      postadresse: {
        adresselinjer: string[];
        postnummer: string;
        poststed: string;
        land: string | null;
      } | null;
    }
  | { ok: false; organisasjonsnummer: string; navn: string | null; reason: RefusalReason; message: string };

/**
 * May Vern send to the organisation the register described? Refused, with the reason in words for
 * the sender: deleted (slettet), a closed sub-unit (nedlagt), bankrupt (konkurs), being wound up
 * (under avvikling) or being dissolved by the court (under tvangsavvikling eller tvangsoppløsning),
 * and a number the register does not know.
 */
export function assessEnhet(organisasjonsnummer: string, answer: RegisterAnswer): OrganisasjonCheck {
  const refuse = (navn: string | null, reason: RefusalReason, message: string): OrganisasjonCheck => ({
    ok: false,
    organisasjonsnummer,
    navn,
    reason,
    message,
  });
  switch (answer.kind) {
    case 'unknown':
      return refuse(null, 'ukjent', 'Organisasjonsnummeret finnes ikke i Enhetsregisteret.');
    case 'deleted': {
      const e = answer.enhet;
      const date = e.slettedato ?? e.nedleggelsesdato;
      return answer.unit === 'underenhet'
        ? refuse(
            e.navn ?? null,
            'nedlagt',
            `Virksomheten er nedlagt i Enhetsregisteret${date ? ` (${date})` : ''}.`,
          )
        : refuse(
            e.navn ?? null,
            'slettet',
            `Enheten er slettet fra Enhetsregisteret${date ? ` (${date})` : ''}.`,
          );
    }
    case 'found': {
      const e = answer.enhet;
      const navn = e.navn ?? null;
      if (e.slettedato)
        return refuse(navn, 'slettet', `Enheten er slettet fra Enhetsregisteret (${e.slettedato}).`);
      if (e.nedleggelsesdato)
        return refuse(navn, 'nedlagt', `Virksomheten er nedlagt i Enhetsregisteret (${e.nedleggelsesdato}).`);
      if (e.konkurs) return refuse(navn, 'konkurs', 'Enheten er konkurs.');
      if (e.underTvangsavviklingEllerTvangsopplosning)
        return refuse(
          navn,
          'under_tvangsavvikling',
          'Enheten er under tvangsavvikling eller tvangsoppløsning.',
        );
      if (e.underAvvikling) return refuse(navn, 'under_avvikling', 'Enheten er under avvikling.');
      if (!navn) return refuse(null, 'ukjent', 'Enhetsregisteret oppgir ikke noe navn for enheten.');
      const a = e.postadresse ?? e.forretningsadresse ?? e.beliggenhetsadresse;
      const postadresse =
        a?.postnummer && a.poststed && a.adresse && a.adresse.length > 0
          ? {
              adresselinjer: a.adresse.slice(0, 3),
              postnummer: a.postnummer,
              poststed: a.poststed,
              land: a.land ?? null,
            }
          : null;
      return { ok: true, organisasjonsnummer, navn, underenhet: answer.unit === 'underenhet', postadresse };
    }
    default: {
      const unreachable: never = answer;
      throw new Error(`unknown register answer ${String(unreachable)}`);
    }
  }
}

/**
 * Checks an organisation number (modulus 11 first: a typo is told as a typo) against the register.
 * Throws AppError: 400 naming `field` for a malformed number, 503 when the register does not answer.
 */
export async function checkOrganisasjon(
  register: Enhetsregisteret,
  organisasjonsnummer: string,
  field: string,
): Promise<OrganisasjonCheck> {
  const orgnr = organisasjonsnummer.replace(/\s+/g, '');
  const problem = organisasjonsnummerProblem(orgnr);
  if (problem)
    throw new AppError(ErrorCode.ValidationFailed, 'The organisation number is not valid', [
      { field, reason: problem.reason, code: problem.code },
    ]);
  try {
    return assessEnhet(orgnr, await register.lookup(orgnr));
  } catch (error) {
    if (error instanceof RegisterUnavailable)
      throw new AppError(
        ErrorCode.Unavailable,
        'Enhetsregisteret svarer ikke nå. Prøv igjen om litt; ingenting er sendt.',
      );
    throw error;
  }
}
