import { describe, expect, it } from 'vitest';
import type { CaseHistory } from './history.js';
import {
  begjaering,
  build,
  CONTROL_PREFIXES,
  expectControlRow,
  expectControlsCovered,
  findingsOf,
  HAPPY_PATH,
  mutate,
  type ControlRow,
} from './test-fixtures.js';

type Vedtak = CaseHistory['vedtak'][number];
type Krav = Vedtak['krav'][number];

const CLEAN = () => build(HAPPY_PATH); // v1: status 1 on 2025-03-05, status 4 and sluttdato 2026-02-01
const vedtak =
  (change: (v: Vedtak, h: CaseHistory) => void, base = CLEAN) =>
  () =>
    mutate(base(), (h) => h.vedtak[0] && change(h.vedtak[0], h));
const krav = (change: (k: Krav) => void = () => undefined) =>
  vedtak((v) => {
    const k: Krav = { id: 'k1', startDato: '2025-04-01', konklusjon: { sluttDato: '2025-04-10', kode: '1' } };
    change(k);
    v.krav.push(k);
  });
const oversendelse =
  (change: (o: CaseHistory['oversendelserFylkesnemnd'][number], h: CaseHistory) => void) => () =>
    mutate(begjaering(), (h) => h.oversendelserFylkesnemnd[0] && change(h.oversendelserFylkesnemnd[0], h));
const withoutOversendelseRelation = () =>
  mutate(
    begjaering(),
    (h) => (h.relasjoner = h.relasjoner.filter((r) => r.tilType !== 'OversendelseFylkesnemnd')),
  );

const ROWS: readonly ControlRow[] = [
  ['vedtak-2a', vedtak((v) => (v.konklusjon = { sluttDato: '2025-03-04' })), CLEAN],
  ['vedtak-2c', vedtak((v) => (v.konklusjon = { sluttDato: '2026-02-02' })), CLEAN],
  ['vedtak-2e', vedtak((v) => (v.startDato = '2025-01-05')), CLEAN],
  ['vedtak-2f', krav((k) => (k.startDato = '2025-04-11')), krav()],
  ['vedtak-2g', krav((k) => (k.konklusjon = { sluttDato: '2026-02-02', kode: '1' })), krav()],
  ['vedtak-2h', krav((k) => (k.startDato = '2025-03-04')), krav()],
  ['vedtak-2i', vedtak((v) => v.status[1] && (v.status[1].endretDato = '2026-02-02')), CLEAN],
  ['vedtak-2j', vedtak((v) => v.status[0] && (v.status[0].endretDato = '2025-03-04')), CLEAN],
  ['vedtak-3', vedtak((v) => delete v.konklusjon), CLEAN],
  [
    'vedtak-4',
    vedtak((v) => (v.lovhjemmel = { ...v.lovhjemmel, lov: 'BVL1953' as 'BVL' })),
    vedtak((v) => (v.lovhjemmel = { ...v.lovhjemmel, lov: 'BL1981' })),
  ],
  ['vedtak-5', vedtak((v) => (v.lovhjemmel = { ...v.lovhjemmel, lov: 'BVL' })), CLEAN],
  ['vedtak-19', vedtak((v, h) => h.vedtak.push({ ...structuredClone(v), id: 'v2' })), CLEAN],
  ['vedtak-20', withoutOversendelseRelation, begjaering],
  ['oversendelse-2e', oversendelse((o) => (o.startDato = '2025-01-05')), begjaering],
  ['oversendelse-2f', oversendelse((_o, h) => (h.sak.sluttDato = '2025-03-04')), begjaering],
  ['oversendelse-5', oversendelse((o) => (o.lovhjemmel = { ...o.lovhjemmel, lov: 'BVL' })), begjaering],
];

describe('vedtak and oversendelse controls', () => {
  it('has a row for each of them', () => expectControlsCovered(ROWS, CONTROL_PREFIXES.vedtak));
  it.each(ROWS)('%s: triggers, and stays quiet on a near miss', (...row) => expectControlRow(row));

  it('Vedtak kontroll 3 names the status', () => {
    expect(findingsOf('vedtak-3', vedtak((v) => delete v.konklusjon)())[0]?.message).toBe(
      "Vedtak med status 4 = 'Avslått / Avsluttet' mangler sluttdato",
    );
  });

  it('Vedtak kontroll 20 tells a missing relation from a missing oversendelse', () => {
    expect(findingsOf('vedtak-20', withoutOversendelseRelation())[0]?.message).toBe(
      "Vedtak med status 2 = 'Begjæring oversendt nemnd' skal ha relasjon til OversendelseFylkesnemnd",
    );
    const relationOnly = mutate(begjaering(), (h) => (h.oversendelserFylkesnemnd = []));
    expect(findingsOf('vedtak-20', relationOnly)[0]?.message).toBe(
      "OversendelseFylkesnemndVedtak skal finnes for Vedtak med status 2 = 'Begjæring oversendt nemnd'",
    );
  });

  it('Vedtak kontroll 5 words both directions', () => {
    expect(
      findingsOf('vedtak-5', vedtak((v) => (v.lovhjemmel = { ...v.lovhjemmel, lov: 'BVL' }))())[0]?.message,
    ).toBe("Lovhjemmel opprettet på 01. januar 2023 eller senere krever lov = 'BVL2021'");
  });
});
