import {
  BARNETS_MEDVIRKNING,
  ETTERVERN_KONKLUSJON,
  FLYTTING_ARSAK_FRA,
  FLYTTING_TIL,
  LOVHJEMMEL_LOV,
  MELDER,
  MELDING_KONKLUSJON,
  OPPFOLGING_HYPPIGHET,
  PLANTYPE,
  SAKSINNHOLD,
  TILSYN_HYPPIGHET,
  TILTAK_KATEGORI,
  TILTAK_OPPHEVELSE,
  UNDERSOKELSE_KONKLUSJON,
  UTVIDET_FRIST_INNVILGET,
  VEDTAK_KRAV_KONKLUSJON,
  VEDTAK_STATUS,
  type CaseCommandType,
} from '@vern/domain';
import { MELDING_CHANNELS } from '../api/types';
import type { FieldSpec } from './field-spec';

/** A form the staff app offers: every step but decide-vedtak, which goes by a proposal. */
export type StepFormType = Exclude<CaseCommandType, 'decide-vedtak'> | 'propose-vedtak';

const dato: FieldSpec = { key: 'dato', kind: 'date', path: 'dato' };
const el = (
  key: string,
  of: Extract<FieldSpec, { kind: 'element' }>['of'],
  ...paths: string[]
): FieldSpec => ({
  key,
  kind: 'element',
  of,
  paths: paths.length > 0 ? paths : [key],
});

/** The melding itself: when and how it came, who sent it, what it is about. */
export const MELDING_FIELDS: readonly FieldSpec[] = [
  { key: 'receivedAt', kind: 'datetime', bodyPath: 'melding.receivedAt', errorPaths: ['dato'] },
  { key: 'channel', kind: 'choice', options: MELDING_CHANNELS, bodyPath: 'melding.channel' },
  { key: 'melder', kind: 'code', list: MELDER, shape: 'list', path: 'melder', validOn: 'receivedAt' },
  { key: 'melderName', kind: 'text', bodyPath: 'melding.melderName', optional: true },
  { key: 'anonymous', kind: 'checkbox', bodyPath: 'melding.anonymous' },
  { key: 'saksinnhold', kind: 'codes', list: SAKSINNHOLD, path: 'saksinnhold', validOn: 'receivedAt' },
  { key: 'content', kind: 'text', multiline: true, bodyPath: 'melding.content' },
  { key: 'needsImmediateFollowUp', kind: 'checkbox', bodyPath: 'melding.needsImmediateFollowUp' },
];

/** Melder and saksinnhold, when the review adds to what was registered at receipt. */
const MELDING_CONTENT: readonly FieldSpec[] = [
  { key: 'melder', kind: 'code', list: MELDER, shape: 'list', path: 'melder', optional: true },
  { key: 'saksinnhold', kind: 'codes', list: SAKSINNHOLD, path: 'saksinnhold', optional: true },
];

export const STEP_FIELDS: Readonly<Record<StepFormType, readonly FieldSpec[]>> = {
  'receive-melding': MELDING_FIELDS,
  'reopen-sak': MELDING_FIELDS,
  'conclude-melding': [
    el('meldingId', 'open-melding'),
    dato,
    {
      key: 'meldingKode',
      kind: 'code',
      list: MELDING_KONKLUSJON,
      shape: 'value',
      path: 'kode',
      exclude: ['2'],
    },
    { ...el('ongoingUndersokelseId', 'open-undersokelse', 'undersokelseId'), optional: true },
    ...MELDING_CONTENT,
  ],
  'open-undersokelse': [el('meldingId', 'open-melding'), dato, ...MELDING_CONTENT],
  'extend-undersokelse': [
    el('undersokelseId', 'open-undersokelse'),
    dato,
    {
      key: 'innvilget',
      kind: 'choice',
      options: ['1', '2'],
      labels: UTVIDET_FRIST_INNVILGET,
      path: 'innvilget',
      optional: true,
    },
  ],
  'conclude-undersokelse': [
    el('undersokelseId', 'open-undersokelse'),
    dato,
    {
      key: 'undersokelseKode',
      kind: 'code',
      list: UNDERSOKELSE_KONKLUSJON,
      shape: 'value',
      path: 'kode',
      presiseringPath: 'presisering',
    },
    { key: 'vedtaksgrunnlag', kind: 'codes', list: SAKSINNHOLD, path: 'vedtaksgrunnlag', optional: true },
    {
      key: 'medvirkningType',
      kind: 'code',
      list: BARNETS_MEDVIRKNING,
      shape: 'value',
      path: 'barnetsMedvirkning.medvirkningType',
      optional: true,
    },
    {
      key: 'medvirkningDato',
      kind: 'date',
      path: 'barnetsMedvirkning.startDato',
      onlyWith: 'medvirkningType',
    },
  ],
  'propose-vedtak': [
    { ...el('undersokelseId', 'undersokelse-for-vedtak'), optional: true },
    dato,
    {
      key: 'lov',
      kind: 'choice',
      options: ['BVL2021', 'BVL', 'BL1981'],
      labels: LOVHJEMMEL_LOV,
      path: 'lovhjemmel.lov',
    },
    { key: 'kapittel', kind: 'text', inputMode: 'text', path: 'lovhjemmel.kapittel' },
    { key: 'paragraf', kind: 'text', inputMode: 'text', path: 'lovhjemmel.paragraf' },
    { key: 'ledd', kind: 'text', list: true, path: 'lovhjemmel.ledd', optional: true },
    { key: 'bokstav', kind: 'text', list: true, path: 'lovhjemmel.bokstav', optional: true },
    { key: 'punktum', kind: 'text', list: true, path: 'lovhjemmel.punktum', optional: true },
    { key: 'jmfr', kind: 'text', optional: true, errorPaths: ['jmfrLovhjemmel'] },
    { key: 'vedtakStatus', kind: 'choice', options: ['1', '2'], labels: VEDTAK_STATUS, path: 'status' },
    { key: 'begrunnelse', kind: 'text', multiline: true, bodyPath: 'begrunnelse' },
  ],
  'change-vedtak-status': [
    el('vedtakId', 'live-vedtak'),
    dato,
    { key: 'nyStatus', kind: 'choice', options: ['1', '3', '4'], labels: VEDTAK_STATUS, path: 'kode' },
  ],
  'receive-krav': [el('vedtakId', 'live-vedtak'), dato],
  'conclude-krav': [
    el('kravId', 'open-krav', 'vedtakId', 'kravId'),
    dato,
    {
      key: 'kravKode',
      kind: 'code',
      list: VEDTAK_KRAV_KONKLUSJON,
      shape: 'value',
      path: 'kode',
      presiseringPath: 'presisering',
    },
  ],
  'start-tiltak': [
    el('vedtakId', 'approved-vedtak'),
    dato,
    { key: 'kategori', kind: 'code', list: TILTAK_KATEGORI, shape: 'object', path: 'kategori' },
    { key: 'tiltaksgrunnlag', kind: 'codes', list: SAKSINNHOLD, path: 'tiltaksgrunnlag', optional: true },
    {
      key: 'oppfolgingHyppighet',
      kind: 'code',
      list: OPPFOLGING_HYPPIGHET,
      shape: 'value',
      optional: true,
      errorPaths: ['oppfolging'],
    },
    {
      key: 'tilsynKommune',
      kind: 'text',
      inputMode: 'numeric',
      optional: true,
      errorPaths: ['tilsyn.ansvarlig', 'tilsyn'],
    },
    {
      key: 'tilsynHyppighet',
      kind: 'code',
      list: TILSYN_HYPPIGHET,
      shape: 'value',
      optional: true,
      errorPaths: ['tilsyn.hyppighet'],
    },
  ],
  'record-visit': [
    el('tiltakId', 'open-tiltak'),
    dato,
    { key: 'besok', kind: 'choice', options: ['oppfolging', 'tilsyn'], path: 'besok' },
  ],
  'end-tiltak': [
    el('tiltakId', 'open-tiltak'),
    dato,
    {
      key: 'opphevelse',
      kind: 'code',
      list: TILTAK_OPPHEVELSE,
      shape: 'object',
      path: 'opphevelse',
      optional: true,
    },
  ],
  'add-plan': [
    el('fra', 'plan-source', 'fra.type', 'fra.id'),
    dato,
    { key: 'plantype', kind: 'code', list: PLANTYPE, shape: 'value', path: 'plantype' },
  ],
  'evaluate-plan': [el('planId', 'open-plan'), dato],
  'end-plan': [el('planId', 'open-plan'), dato],
  'offer-ettervern': [dato],
  'conclude-ettervern': [
    el('ettervernId', 'open-ettervern'),
    dato,
    { key: 'ettervernKode', kind: 'code', list: ETTERVERN_KONKLUSJON, shape: 'value', path: 'kode' },
  ],
  'register-flytting': [
    dato,
    { key: 'arsakFra', kind: 'code', list: FLYTTING_ARSAK_FRA, shape: 'object', path: 'arsakFra' },
    { key: 'flyttingTil', kind: 'code', list: FLYTTING_TIL, shape: 'object', path: 'flyttingTil' },
  ],
  'close-sak': [dato],
};

export const STEP_FORM_TYPES = Object.keys(STEP_FIELDS) as StepFormType[];

export function isStepFormType(value: string): value is StepFormType {
  return Object.hasOwn(STEP_FIELDS, value);
}
