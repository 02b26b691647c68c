/**
 * The steps a caseworker takes in one case, as commands. Each carries the ids of what it creates
 * (made by the caller, so the domain stays free of randomness) and `dato`, the day the step happened.
 * `checkTransition` says whether a command may follow the history; `applyCommand` performs it.
 */
import { z } from 'zod';
import { FLYTTING_ARSAK_FRA, FLYTTING_TIL } from '../codes/flytting.js';
import { Lovhjemmel } from '../codes/lovhjemmel.js';
import { MELDING_KONKLUSJON } from '../codes/melding.js';
import { PLANTYPE } from '../codes/plan.js';
import { TILTAK_KATEGORI, TILTAK_OPPHEVELSE } from '../codes/tiltak.js';
import { UNDERSOKELSE_KONKLUSJON } from '../codes/undersokelse.js';
import { ETTERVERN_KONKLUSJON } from '../codes/ettervern.js';
import { VEDTAK_KRAV_KONKLUSJON } from '../codes/vedtak.js';
import type { Code } from '../codes/code-list.js';
import {
  BarnetsMedvirkning,
  EntityId,
  IsoDate,
  Melder,
  Oppfolging,
  Presisering,
  Saksinnhold,
  Tilsyn,
} from './model.js';
import { codeEnum } from './code-check.js';

const coded = <const K extends string>(list: readonly Code<K>[]) =>
  z.object({ kode: codeEnum(list), presisering: Presisering.optional() });

const MeldingContent = {
  melder: z.array(Melder).default([]),
  saksinnhold: z.array(Saksinnhold).default([]),
};

const step = <const T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), dato: IsoDate, ...shape });

export const CaseCommand = z.discriminatedUnion('type', [
  /** A melding is received in an open case; the first one opens the case's history. */
  step('receive-melding', { meldingId: EntityId, ...MeldingContent }),
  /** The melding is reviewed and concluded without an undersøkelse (henlagt, kode 4 into an ongoing one, …). */
  step('conclude-melding', {
    meldingId: EntityId,
    kode: codeEnum(MELDING_KONKLUSJON),
    ...MeldingContent,
    /** With kode 4: the ongoing undersøkelse the melding joins. */
    undersokelseId: EntityId.optional(),
  }),
  /** The melding is concluded with kode 2 and an undersøkelse starts the same day. */
  step('open-undersokelse', { meldingId: EntityId, undersokelseId: EntityId, ...MeldingContent }),
  /** A request for six months instead of three (§ 2-2); `dato` is the day it was received. */
  step('extend-undersokelse', {
    undersokelseId: EntityId,
    innvilget: z.enum(['1', '2']).optional(),
  }),
  step('conclude-undersokelse', {
    undersokelseId: EntityId,
    kode: codeEnum(UNDERSOKELSE_KONKLUSJON),
    presisering: Presisering.optional(),
    vedtaksgrunnlag: z.array(Saksinnhold).default([]),
    barnetsMedvirkning: BarnetsMedvirkning.optional(),
  }),
  /**
   * A vedtak is made: status 1 (godkjent) by the service, or 2 (begjæring oversendt nemnd), which
   * also records the OversendelseFylkesnemnd.
   */
  step('decide-vedtak', {
    vedtakId: EntityId,
    lovhjemmel: Lovhjemmel,
    jmfrLovhjemmel: z.array(Lovhjemmel).max(3, 'Høyst tre jf.-hjemler.').default([]),
    status: z.enum(['1', '2']),
    /** The concluded undersøkelse the vedtak follows, if any (an akuttvedtak may have none). */
    undersokelseId: EntityId.optional(),
    oversendelseId: EntityId.optional(),
  }),
  /** The board decides (2 → 1 or 4), or the vedtak lapses or ends (→ 3 or 4). */
  step('change-vedtak-status', { vedtakId: EntityId, kode: z.enum(['1', '3', '4']) }),
  step('receive-krav', { vedtakId: EntityId, kravId: EntityId }),
  step('conclude-krav', {
    vedtakId: EntityId,
    kravId: EntityId,
    kode: codeEnum(VEDTAK_KRAV_KONKLUSJON),
    presisering: Presisering.optional(),
  }),
  step('start-tiltak', {
    tiltakId: EntityId,
    vedtakId: EntityId,
    kategori: coded(TILTAK_KATEGORI),
    tiltaksgrunnlag: z.array(Saksinnhold).default([]),
    /** Defaults to the vedtak's lovhjemmel, which it must match (Tiltak kontroll 21). */
    lovhjemmel: Lovhjemmel.optional(),
    jmfrLovhjemmel: z.array(Lovhjemmel).max(3, 'Høyst tre jf.-hjemler.').optional(),
    tilsyn: Tilsyn.optional(),
    oppfolging: Oppfolging.optional(),
  }),
  /** A tilsyn (§ 9-10) or oppfølging visit to a placed child, recorded when it is done. */
  step('record-visit', { tiltakId: EntityId, besok: z.enum(['tilsyn', 'oppfolging']) }),
  step('end-tiltak', { tiltakId: EntityId, opphevelse: coded(TILTAK_OPPHEVELSE).optional() }),
  /** A plan, linked from what it plans: an undersøkelse (7), a vedtak (8, others) or a tiltak. */
  step('add-plan', {
    planId: EntityId,
    plantype: codeEnum(PLANTYPE),
    fra: z.object({ type: z.enum(['Undersokelse', 'Vedtak', 'Tiltak']), id: EntityId }),
  }),
  step('evaluate-plan', { planId: EntityId }),
  step('end-plan', { planId: EntityId }),
  step('offer-ettervern', { ettervernId: EntityId }),
  step('conclude-ettervern', { ettervernId: EntityId, kode: codeEnum(ETTERVERN_KONKLUSJON) }),
  step('register-flytting', {
    flyttingId: EntityId,
    arsakFra: coded(FLYTTING_ARSAK_FRA),
    flyttingTil: coded(FLYTTING_TIL),
  }),
  step('close-sak', {}),
  /** A new melding in a closed case reopens it. */
  step('reopen-sak', { meldingId: EntityId, ...MeldingContent }),
]);
export type CaseCommand = z.infer<typeof CaseCommand>;
export type CaseCommandType = CaseCommand['type'];
export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

export const CASE_COMMAND_TYPES = CaseCommand.options.map((o) => o.shape.type.value);
