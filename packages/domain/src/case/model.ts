/**
 * The case history of one child as the national registry describes it (SSB `Barnevern_v4.xsd`,
 * `SakType` and its children). Field names are the XSD's, in camelCase. Dates are 'YYYY-MM-DD'.
 *
 * A code must be valid on the date of the step it belongs to: melder on the melding's receipt,
 * saksinnhold and vedtaksgrunnlag on the conclusion (the receipt or start while still open), a
 * konklusjon on its own date, tiltak codes on the tiltak's start, opphevelse on its end.
 */
import { z } from 'zod';
import type { Code, CodeList } from '../codes/code-list.js';
import { ETTERVERN_KONKLUSJON } from '../codes/ettervern.js';
import { FLYTTING_ARSAK_FRA, FLYTTING_TIL } from '../codes/flytting.js';
import { Lovhjemmel } from '../codes/lovhjemmel.js';
import { MELDER, MELDING_KONKLUSJON } from '../codes/melding.js';
import { KJONN, OPPFOLGING_HYPPIGHET, TILSYN_HYPPIGHET } from '../codes/personalia.js';
import { PLANTYPE } from '../codes/plan.js';
import { SAKSINNHOLD } from '../codes/saksinnhold.js';
import { TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from '../codes/tiltak.js';
import {
  BARNETS_MEDVIRKNING,
  UNDERSOKELSE_KONKLUSJON,
  UTVIDET_FRIST_INNVILGET,
} from '../codes/undersokelse.js';
import { VEDTAK_KRAV_KONKLUSJON, VEDTAK_STATUS } from '../codes/vedtak.js';
import { isIsoDate } from '../iso-date.js';
import { codeEnum, codeProblem } from './code-check.js';

export const IsoDate = z.string().refine(isIsoDate, 'Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD).');
export type IsoDate = z.infer<typeof IsoDate>;

/** An element's id (XSD `Id`, a UUID in the export; any stable string up to 50 characters here). */
export const EntityId = z.string().min(1).max(50);
export type EntityId = z.infer<typeof EntityId>;

const MigrertId = z.string().min(1).max(36);
export const Presisering = z.string().trim().min(1).max(10000);

type Ctx = z.core.$RefinementCtx;

/** Adds an issue when `code` is not valid on `date` (an invalid date is the date field's issue). */
function checkCode(ctx: Ctx, list: CodeList, code: string, date: string, path: PropertyKey[]): void {
  const problem = codeProblem(list, code, date);
  if (problem) ctx.addIssue({ code: 'custom', path, message: problem, params: { code: 'CODE_NOT_VALID' } });
}

export const Melder = z.object({ kode: codeEnum(MELDER), presisering: Presisering.optional() });
export type Melder = z.infer<typeof Melder>;

/** Saksinnhold, and with the same list Vedtaksgrunnlag and Tiltaksgrunnlag (XSD `SaksinnholdType`). */
export const Saksinnhold = z.object({ kode: codeEnum(SAKSINNHOLD), presisering: Presisering.optional() });
export type Saksinnhold = z.infer<typeof Saksinnhold>;

function checkSaksinnhold(ctx: Ctx, list: readonly Saksinnhold[], date: string, field: string): void {
  list.forEach((s, i) => checkCode(ctx, SAKSINNHOLD, s.kode, date, [field, i, 'kode']));
}

export const Sak = z.object({
  id: EntityId,
  migrertId: MigrertId.optional(),
  journalnummer: z.string().min(1).max(36),
  startDato: IsoDate,
  sluttDato: IsoDate.optional(),
});
export type Sak = z.infer<typeof Sak>;

export const Personalia = z
  .object({
    id: EntityId,
    startDato: IsoDate,
    /** 11 digits; whether it is a valid number is Personalia kontroll 12, not the shape. */
    fodselsnummer: z.string().regex(/^\d{11}$/, 'Fødselsnummeret må ha 11 sifre.'),
    /** XSD `Fodseldato`: the birth date, or the termindato of an unborn child. */
    fodseldato: IsoDate,
    kjonn: codeEnum(KJONN),
    dufNummer: z
      .string()
      .regex(/^\d{12}$/, 'DUF-nummeret må ha 12 sifre.')
      .optional(),
  })
  .superRefine((p, ctx) => checkCode(ctx, KJONN, p.kjonn, p.startDato, ['kjonn']));
export type Personalia = z.infer<typeof Personalia>;

export const Melding = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** Dato melding mottatt. */
    startDato: IsoDate,
    melder: z.array(Melder).default([]),
    saksinnhold: z.array(Saksinnhold).default([]),
    konklusjon: z.object({ sluttDato: IsoDate, kode: codeEnum(MELDING_KONKLUSJON) }).optional(),
  })
  .superRefine((m, ctx) => {
    m.melder.forEach((x, i) => checkCode(ctx, MELDER, x.kode, m.startDato, ['melder', i, 'kode']));
    checkSaksinnhold(ctx, m.saksinnhold, m.konklusjon?.sluttDato ?? m.startDato, 'saksinnhold');
    if (m.konklusjon) {
      const k = m.konklusjon;
      checkCode(ctx, MELDING_KONKLUSJON, k.kode, k.sluttDato, ['konklusjon', 'kode']);
    }
  });
export type Melding = z.infer<typeof Melding>;

export const BarnetsMedvirkning = z.object({
  startDato: IsoDate,
  medvirkningType: codeEnum(BARNETS_MEDVIRKNING),
});
export type BarnetsMedvirkning = z.infer<typeof BarnetsMedvirkning>;

export const Undersokelse = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** The conclusion date of the melding that opened it (melding konklusjon 2). */
    startDato: IsoDate,
    vedtaksgrunnlag: z.array(Saksinnhold).default([]),
    barnetsMedvirkning: BarnetsMedvirkning.optional(),
    /** Søknad om utvidet frist: `startDato` is the day the request was received. */
    utvidetFrist: z
      .object({ startDato: IsoDate, innvilget: codeEnum(UTVIDET_FRIST_INNVILGET).optional() })
      .optional(),
    konklusjon: z
      .object({
        sluttDato: IsoDate,
        kode: codeEnum(UNDERSOKELSE_KONKLUSJON),
        presisering: Presisering.optional(),
      })
      .optional(),
  })
  .superRefine((u, ctx) => {
    checkSaksinnhold(ctx, u.vedtaksgrunnlag, u.konklusjon?.sluttDato ?? u.startDato, 'vedtaksgrunnlag');
    const m = u.barnetsMedvirkning;
    if (m) checkCode(ctx, BARNETS_MEDVIRKNING, m.medvirkningType, m.startDato, ['barnetsMedvirkning']);
    const f = u.utvidetFrist;
    if (f?.innvilget) checkCode(ctx, UTVIDET_FRIST_INNVILGET, f.innvilget, f.startDato, ['utvidetFrist']);
    const k = u.konklusjon;
    if (k) checkCode(ctx, UNDERSOKELSE_KONKLUSJON, k.kode, k.sluttDato, ['konklusjon', 'kode']);
  });
export type Undersokelse = z.infer<typeof Undersokelse>;

export const Plan = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** Dato planen regnes som aktiv. */
    startDato: IsoDate,
    plantype: codeEnum(PLANTYPE),
    evaluering: z.array(z.object({ utfortDato: IsoDate })).default([]),
    konklusjon: z.object({ sluttDato: IsoDate }).optional(),
  })
  .superRefine((p, ctx) => checkCode(ctx, PLANTYPE, p.plantype, p.startDato, ['plantype']));
export type Plan = z.infer<typeof Plan>;

const Hyppighet = <const K extends string>(list: readonly Code<K>[]) =>
  z.object({ id: EntityId, startDato: IsoDate, kode: codeEnum(list) });
const Utfort = z.object({ id: EntityId, utfortDato: IsoDate });

/** Tilsyn in a foster home by the municipality where it lies (§ 9-10). */
export const Tilsyn = z.object({
  ansvarlig: z
    .array(z.object({ id: EntityId, startDato: IsoDate, kommunenummer: z.string().regex(/^\d{4}$/) }))
    .min(1),
  hyppighet: z.array(Hyppighet(TILSYN_HYPPIGHET)).min(1),
  utfort: z.array(Utfort).default([]),
});
export type Tilsyn = z.infer<typeof Tilsyn>;

/** Oppfølgingsbesøk by the responsible service. */
export const Oppfolging = z.object({
  hyppighet: z.array(Hyppighet(OPPFOLGING_HYPPIGHET)).min(1),
  utfort: z.array(Utfort).default([]),
});
export type Oppfolging = z.infer<typeof Oppfolging>;

const JmfrLovhjemmel = z.array(Lovhjemmel).max(3, 'Høyst tre jf.-hjemler.').default([]);

export const Tiltak = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** Dato iverksettelse tiltak. */
    startDato: IsoDate,
    lovhjemmel: Lovhjemmel,
    jmfrLovhjemmel: JmfrLovhjemmel,
    kategori: z.object({ kode: codeEnum(TILTAK_KATEGORI), presisering: Presisering.optional() }),
    tiltaksgrunnlag: z.array(Saksinnhold).default([]),
    tilsyn: Tilsyn.optional(),
    oppfolging: Oppfolging.optional(),
    opphevelse: z
      .object({ kode: codeEnum(TILTAK_OPPHEVELSE), presisering: Presisering.optional() })
      .optional(),
    konklusjon: z.object({ sluttDato: IsoDate }).optional(),
  })
  .superRefine((t, ctx) => {
    checkCode(ctx, TILTAK_KATEGORI, t.kategori.kode, t.startDato, ['kategori', 'kode']);
    checkSaksinnhold(ctx, t.tiltaksgrunnlag, t.startDato, 'tiltaksgrunnlag');
    t.tilsyn?.hyppighet.forEach((h, i) =>
      checkCode(ctx, TILSYN_HYPPIGHET, h.kode, h.startDato, ['tilsyn', 'hyppighet', i, 'kode']),
    );
    t.oppfolging?.hyppighet.forEach((h, i) =>
      checkCode(ctx, OPPFOLGING_HYPPIGHET, h.kode, h.startDato, ['oppfolging', 'hyppighet', i, 'kode']),
    );
    const end = t.konklusjon?.sluttDato ?? t.startDato;
    if (t.opphevelse) checkCode(ctx, TILTAK_OPPHEVELSE, t.opphevelse.kode, end, ['opphevelse', 'kode']);
  });
export type Tiltak = z.infer<typeof Tiltak>;

/** A private party's demand to change an earlier decision of the board (XSD `OversendelsePrivatKravType`). */
export const Krav = z.object({
  id: EntityId,
  /** Dato mottak av krav. */
  startDato: IsoDate,
  konklusjon: z
    .object({
      sluttDato: IsoDate,
      kode: codeEnum(VEDTAK_KRAV_KONKLUSJON),
      presisering: Presisering.optional(),
    })
    .optional(),
});
export type Krav = z.infer<typeof Krav>;

export const VedtakStatus = z.object({ id: EntityId, endretDato: IsoDate, kode: codeEnum(VEDTAK_STATUS) });
export type VedtakStatus = z.infer<typeof VedtakStatus>;

export const Vedtak = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** Dato vedtak fattet. */
    startDato: IsoDate,
    lovhjemmel: Lovhjemmel,
    jmfrLovhjemmel: JmfrLovhjemmel,
    krav: z.array(Krav).default([]),
    /** The status history, oldest first. */
    status: z.array(VedtakStatus).min(1, 'Vedtaket må ha minst én status.'),
    /** Bortfallsdato vedtak. */
    konklusjon: z.object({ sluttDato: IsoDate }).optional(),
  })
  .superRefine((v, ctx) => {
    v.status.forEach((s, i) => checkCode(ctx, VEDTAK_STATUS, s.kode, s.endretDato, ['status', i, 'kode']));
    v.krav.forEach((k, i) => {
      const c = k.konklusjon;
      if (c) checkCode(ctx, VEDTAK_KRAV_KONKLUSJON, c.kode, c.sluttDato, ['krav', i, 'konklusjon', 'kode']);
    });
  });
export type Vedtak = z.infer<typeof Vedtak>;

export const Ettervern = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    tilbudSendtDato: IsoDate,
    konklusjon: z.object({ sluttDato: IsoDate, kode: codeEnum(ETTERVERN_KONKLUSJON) }).optional(),
  })
  .superRefine((e, ctx) => {
    const k = e.konklusjon;
    if (k) checkCode(ctx, ETTERVERN_KONKLUSJON, k.kode, k.sluttDato, ['konklusjon', 'kode']);
  });
export type Ettervern = z.infer<typeof Ettervern>;

/** Begjæring om tvangsvedtak from the service to the board; `startDato` is the day it was sent. */
export const OversendelseFylkesnemnd = z.object({
  id: EntityId,
  migrertId: MigrertId.optional(),
  startDato: IsoDate,
  lovhjemmel: Lovhjemmel,
  jmfrLovhjemmel: JmfrLovhjemmel,
});
export type OversendelseFylkesnemnd = z.infer<typeof OversendelseFylkesnemnd>;

export const Flytting = z
  .object({
    id: EntityId,
    migrertId: MigrertId.optional(),
    /** The day the child moved. */
    sluttDato: IsoDate,
    arsakFra: z.object({ kode: codeEnum(FLYTTING_ARSAK_FRA), presisering: Presisering.optional() }),
    flyttingTil: z.object({ kode: codeEnum(FLYTTING_TIL), presisering: Presisering.optional() }),
  })
  .superRefine((f, ctx) => {
    checkCode(ctx, FLYTTING_ARSAK_FRA, f.arsakFra.kode, f.sluttDato, ['arsakFra', 'kode']);
    checkCode(ctx, FLYTTING_TIL, f.flyttingTil.kode, f.sluttDato, ['flyttingTil', 'kode']);
  });
export type Flytting = z.infer<typeof Flytting>;

/** XSD `BegrepsType`: what a Relasjon may point from and to. */
export const BegrepsType = z.enum([
  'Personalia',
  'Melding',
  'Undersokelse',
  'Plan',
  'Tiltak',
  'Vedtak',
  'Ettervern',
  'OversendelseFylkesnemnd',
  'Flytting',
  'Relasjon',
]);
export type BegrepsType = z.infer<typeof BegrepsType>;

/** A link: melding → undersøkelse → vedtak → tiltak → plan, vedtak → oversendelse. */
export const Relasjon = z.object({
  id: EntityId,
  fraId: EntityId,
  fraType: BegrepsType,
  tilId: EntityId,
  tilType: BegrepsType,
});
export type Relasjon = z.infer<typeof Relasjon>;
