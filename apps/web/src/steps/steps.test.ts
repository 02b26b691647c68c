import { applyCommand, CaseCommand, createCaseHistory, type CaseHistory } from '@vern/domain';
import { describe, expect, it } from 'vitest';
import { buildRequest } from './build-request';
import { fieldForError, mapErrors } from './field-errors';
import { nextSteps } from './next-steps';
import { STEP_FIELDS } from './step-specs';

const TODAY = '2026-11-24';

function walk(...raw: Record<string, unknown>[]): CaseHistory {
  let h = createCaseHistory({ sakId: 'sak', journalnummer: '2026-1', startDato: '2026-11-01' });
  for (const r of raw) {
    const result = applyCommand(h, CaseCommand.parse(r), TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    h = result.history;
  }
  return h;
}

const RECEIVED = {
  type: 'receive-melding',
  dato: '2026-11-02',
  meldingId: 'm1',
  melder: [{ kode: '11' }],
  saksinnhold: [{ kode: '1.1.01' }],
};
const OPENED = { type: 'open-undersokelse', dato: '2026-11-03', meldingId: 'm1', undersokelseId: 'u1' };
const PLANNED = {
  type: 'add-plan',
  dato: '2026-11-03',
  planId: 'p7',
  plantype: '7',
  fra: { type: 'Undersokelse', id: 'u1' },
};
const CONCLUDED = {
  type: 'conclude-undersokelse',
  dato: '2026-11-10',
  undersokelseId: 'u1',
  kode: '1',
  vedtaksgrunnlag: [{ kode: '1.1.01' }],
  barnetsMedvirkning: { startDato: '2026-11-05', medvirkningType: '1.1' },
};
const DECIDED = {
  type: 'decide-vedtak',
  dato: '2026-11-11',
  vedtakId: 'v1',
  undersokelseId: 'u1',
  status: '1',
  lovhjemmel: { lov: 'BVL2021', kapittel: '3', paragraf: '1' },
};
const STARTED = {
  type: 'start-tiltak',
  dato: '2026-11-12',
  tiltakId: 't1',
  vedtakId: 'v1',
  kategori: { kode: '3.10' },
};

describe('nextSteps', () => {
  it('offers to review an unconcluded melding', () => {
    expect(nextSteps(walk(RECEIVED), TODAY)).toEqual([
      { type: 'open-undersokelse', target: 'm1' },
      { type: 'conclude-melding', target: 'm1' },
      { type: 'receive-melding' },
    ]);
  });

  it('asks for the undersøkelsesplan first, then offers extension and conclusion', () => {
    const types = (h: CaseHistory) => nextSteps(h, TODAY).map((s) => [s.type, s.target]);
    expect(types(walk(RECEIVED, OPENED))).toContainEqual(['add-plan', 'Undersokelse|u1']);
    const planned = types(walk(RECEIVED, OPENED, PLANNED));
    expect(planned).not.toContainEqual(['add-plan', 'Undersokelse|u1']);
    expect(planned).toContainEqual(['extend-undersokelse', 'u1']);
    expect(planned).toContainEqual(['conclude-undersokelse', 'u1']);
  });

  it('offers a vedtak proposal after kode 1, and tiltak once the vedtak is made', () => {
    const concluded = nextSteps(walk(RECEIVED, OPENED, PLANNED, CONCLUDED), TODAY);
    expect(concluded).toContainEqual({ type: 'propose-vedtak', target: 'u1' });
    const proposed = nextSteps(walk(RECEIVED, OPENED, PLANNED, CONCLUDED), TODAY, new Set(['u1']));
    expect(proposed).not.toContainEqual({ type: 'propose-vedtak', target: 'u1' });
    const decided = nextSteps(walk(RECEIVED, OPENED, PLANNED, CONCLUDED, DECIDED), TODAY);
    expect(decided).not.toContainEqual({ type: 'propose-vedtak', target: 'u1' });
    expect(decided).toContainEqual({ type: 'start-tiltak', target: 'v1' });
  });

  it('offers plan and end for a tiltak, and closing only when nothing is open', () => {
    const running = nextSteps(walk(RECEIVED, OPENED, PLANNED, CONCLUDED, DECIDED, STARTED), TODAY);
    expect(running).toContainEqual({ type: 'add-plan', target: 'Tiltak|t1' });
    expect(running).toContainEqual({ type: 'end-tiltak', target: 't1' });
    expect(running.map((s) => s.type)).not.toContain('close-sak');
    const ended = walk(
      RECEIVED,
      OPENED,
      PLANNED,
      CONCLUDED,
      DECIDED,
      STARTED,
      {
        type: 'end-tiltak',
        dato: '2026-11-20',
        tiltakId: 't1',
      },
      { type: 'end-plan', dato: '2026-11-20', planId: 'p7' },
    );
    expect(nextSteps(ended, TODAY).map((s) => s.type)).toContain('close-sak');
    const closed = walk(
      RECEIVED,
      OPENED,
      PLANNED,
      CONCLUDED,
      DECIDED,
      STARTED,
      {
        type: 'end-tiltak',
        dato: '2026-11-20',
        tiltakId: 't1',
      },
      { type: 'end-plan', dato: '2026-11-20', planId: 'p7' },
      { type: 'close-sak', dato: '2026-11-21' },
    );
    expect(nextSteps(closed, TODAY)).toEqual([{ type: 'reopen-sak' }]);
  });
});

describe('buildRequest', () => {
  let n = 0;
  const newId = () => `id${++n}`;

  it('places codes in the shapes the API takes, with presisering where the code needs it', () => {
    const built = buildRequest(
      'conclude-undersokelse',
      STEP_FIELDS['conclude-undersokelse'],
      {
        undersokelseId: 'u1',
        dato: '2026-11-10',
        undersokelseKode: '1',
        vedtaksgrunnlag: ['1.1.01', '2.1.02'],
        medvirkningType: '1.1',
        medvirkningDato: '2026-11-05',
      },
      newId,
    );
    expect(built.missing).toEqual({});
    expect(built.command).toEqual({
      type: 'conclude-undersokelse',
      undersokelseId: 'u1',
      dato: '2026-11-10',
      kode: '1',
      vedtaksgrunnlag: [{ kode: '1.1.01' }, { kode: '2.1.02' }],
      barnetsMedvirkning: { medvirkningType: '1.1', startDato: '2026-11-05' },
    });
  });

  it('reports missing required values and presisering, and leaves out empty optional ones', () => {
    const built = buildRequest(
      'start-tiltak',
      STEP_FIELDS['start-tiltak'],
      { vedtakId: 'v1', dato: '2026-11-12', kategori: '3.99', tiltaksgrunnlag: [] },
      newId,
    );
    expect(built.missing).toEqual({ kategoriPresisering: 'presisering' });
    expect(built.command).toEqual({
      type: 'start-tiltak',
      vedtakId: 'v1',
      dato: '2026-11-12',
      kategori: { kode: '3.99' },
    });
    expect(buildRequest('close-sak', STEP_FIELDS['close-sak'], { dato: '' }, newId).missing).toEqual({
      dato: 'required',
    });
  });

  it('builds the melding body beside the command, and splits element and list values', () => {
    const melding = buildRequest(
      'receive-melding',
      STEP_FIELDS['receive-melding'],
      {
        receivedAt: '2026-11-24T09:30',
        channel: 'telefon',
        melder: '22',
        melderPresisering: 'NAV-kontoret',
        anonymous: false,
        saksinnhold: ['1.1.01'],
        content: ' Bekymring ',
        needsImmediateFollowUp: true,
      },
      newId,
    );
    expect(melding.command).toEqual({
      type: 'receive-melding',
      melder: [{ kode: '22', presisering: 'NAV-kontoret' }],
      saksinnhold: [{ kode: '1.1.01' }],
    });
    expect(melding.body['melding']).toMatchObject({
      channel: 'telefon',
      content: 'Bekymring',
      anonymous: false,
      needsImmediateFollowUp: true,
    });
    const plan = buildRequest(
      'add-plan',
      STEP_FIELDS['add-plan'],
      { fra: 'Tiltak|t1', dato: '2026-11-12', plantype: '1' },
      newId,
    );
    expect(plan.command['fra']).toEqual({ type: 'Tiltak', id: 't1' });
    const vedtak = buildRequest(
      'propose-vedtak',
      STEP_FIELDS['propose-vedtak'],
      {
        dato: '2026-11-11',
        lov: 'BVL2021',
        kapittel: '3',
        paragraf: '1',
        ledd: '1, 2',
        vedtakStatus: '1',
        begrunnelse: 'Fordi',
      },
      newId,
    );
    expect(vedtak.command).toEqual({
      dato: '2026-11-11',
      lovhjemmel: { lov: 'BVL2021', kapittel: '3', paragraf: '1', ledd: ['1', '2'] },
      status: '1',
    });
    expect(vedtak.body).toEqual({ begrunnelse: 'Fordi' });
  });

  it("reads «jf.» references in the vedtak's law, and refuses a malformed one", () => {
    const base = {
      dato: '2026-11-11',
      lov: 'BVL2021',
      kapittel: '3',
      paragraf: '1',
      vedtakStatus: '1',
      begrunnelse: 'x',
    };
    const ok = buildRequest(
      'propose-vedtak',
      STEP_FIELDS['propose-vedtak'],
      { ...base, jmfr: '4-2, 3-1 2' },
      newId,
    );
    expect(ok.command['jmfrLovhjemmel']).toEqual([
      { lov: 'BVL2021', kapittel: '4', paragraf: '2', ledd: [], bokstav: [], punktum: [] },
      { lov: 'BVL2021', kapittel: '3', paragraf: '1', ledd: ['2'], bokstav: [], punktum: [] },
    ]);
    const bad = buildRequest(
      'propose-vedtak',
      STEP_FIELDS['propose-vedtak'],
      { ...base, jmfr: '§ 4' },
      newId,
    );
    expect(bad.missing).toEqual({ jmfr: 'format' });
    expect(fieldForError(STEP_FIELDS['propose-vedtak'], 'command.jmfrLovhjemmel.0.kapittel')).toBe('jmfr');
  });

  it('gives tilsyn and oppfølging the tiltak start date and ids of their own', () => {
    const built = buildRequest(
      'start-tiltak',
      STEP_FIELDS['start-tiltak'],
      {
        vedtakId: 'v1',
        dato: '2026-11-12',
        kategori: '2.2',
        oppfolgingHyppighet: '4',
        tilsynKommune: '9999',
        tilsynHyppighet: '4',
      },
      () => 'x',
    );
    expect(built.command['oppfolging']).toEqual({
      hyppighet: [{ id: 'x', startDato: '2026-11-12', kode: '4' }],
      utfort: [],
    });
    expect(built.command['tilsyn']).toMatchObject({
      ansvarlig: [{ kommunenummer: '9999', startDato: '2026-11-12' }],
    });
  });
});

describe('server errors at their fields', () => {
  const fields = STEP_FIELDS['conclude-undersokelse'];

  it('maps command paths to the input that holds them', () => {
    expect(fieldForError(fields, 'command.dato')).toBe('dato');
    expect(fieldForError(fields, 'command.kode')).toBe('undersokelseKode');
    expect(fieldForError(fields, 'command.presisering')).toBe('undersokelseKodePresisering');
    expect(fieldForError(fields, 'command.vedtaksgrunnlag.0.kode')).toBe('vedtaksgrunnlag');
    expect(fieldForError(fields, 'command.barnetsMedvirkning')).toBe('medvirkningType');
    expect(fieldForError(fields, 'command.barnetsMedvirkning.startDato')).toBe('medvirkningDato');
    expect(fieldForError(fields, 'command')).toBeUndefined();
    expect(fieldForError(STEP_FIELDS['start-tiltak'], 'command.kategori.presisering')).toBe(
      'kategoriPresisering',
    );
    expect(fieldForError(STEP_FIELDS['start-tiltak'], 'command.tilsyn.hyppighet.0.kode')).toBe(
      'tilsynHyppighet',
    );
    expect(fieldForError(STEP_FIELDS['receive-melding'], 'melding.content')).toBe('content');
    expect(fieldForError(STEP_FIELDS['receive-melding'], 'command.melder.0.presisering')).toBe(
      'melderPresisering',
    );
    expect(fieldForError(STEP_FIELDS['receive-melding'], 'command.dato')).toBe('receivedAt');
    expect(fieldForError(STEP_FIELDS['conclude-krav'], 'command.kravId')).toBe('kravId');
  });

  it('keeps errors about the whole step for the summary', () => {
    const mapped = mapErrors(
      fields,
      [
        { field: 'command.dato', reason: 'Datoen kan ikke være etter i dag.', code: 'DATE_IN_FUTURE' },
        { field: 'command', reason: 'Undersøkelsen må ha en undersøkelsesplan (§ 2-2) før den konkluderes.' },
      ],
      (d) => d.reason,
    );
    expect(mapped.byField).toEqual({ dato: ['Datoen kan ikke være etter i dag.'] });
    expect(mapped.general).toEqual(['Undersøkelsen må ha en undersøkelsesplan (§ 2-2) før den konkluderes.']);
  });
});
