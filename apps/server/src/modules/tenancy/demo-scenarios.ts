import {
  addDays,
  type CaseBuilder,
  earlier,
  henleggMelding,
  later,
  saksinnhold,
  daysBetween,
} from './demo-case-builder.js';
import {
  conclude,
  decide,
  ETTERVERN,
  FOSTERHJEM,
  HJELPETILTAK,
  investigate,
  placement,
  startBetween,
  tiltak,
  UNGDOM,
  visits,
  type Phase,
  type ScenarioInput,
} from './demo-case-steps.js';

export const SCENARIOS: Readonly<Record<Phase, (i: ScenarioInput) => CaseBuilder>> = {
  'melding-ny': (i) => {
    const s = startBetween(i, 0, 6);
    const b = i.begin(s);
    b.melding(s, i.theme);
    return b;
  },
  'melding-henlagt': (i) => {
    const s = startBetween(i, 12, 3 * 365);
    const b = i.begin(s);
    const m = b.melding(s, i.theme);
    const c = earlier(addDays(s, b.dice.chance(0.06) ? b.dice.int(8, 12) : b.dice.int(1, 7)), i.today);
    b.step({
      type: 'conclude-melding',
      meldingId: m,
      dato: c,
      kode: henleggMelding(c, b.dice),
      saksinnhold: saksinnhold(i.theme, c, b.dice),
    });
    b.step({ type: 'close-sak', dato: earlier(addDays(c, b.dice.int(0, 10)), i.today) });
    return b;
  },
  undersokelse: (i) => {
    const extended = i.dice.chance(0.25);
    const s = extended ? startBetween(i, 100, 170) : startBetween(i, 8, 90);
    const b = i.begin(s);
    const x = investigate(b, i, s);
    // Another melding about the child joins the ongoing undersøkelse (kode 4).
    const m2 = later(addDays(x.uStart, b.dice.int(5, 30)), x.planDato);
    if (b.dice.chance(0.3) && addDays(m2, 5) <= i.today) {
      const id = b.melding(m2, i.laterTheme);
      const c = addDays(m2, b.dice.int(1, 5));
      b.step({
        type: 'conclude-melding',
        meldingId: id,
        dato: c,
        kode: '4',
        undersokelseId: x.u,
        saksinnhold: saksinnhold(i.laterTheme, c, b.dice),
      });
    }
    const dato = addDays(x.uStart, b.dice.int(60, 85));
    if (extended && dato <= i.today) {
      // Granted before the three months ran out (§ 2-2: six months in special cases).
      b.step({ type: 'extend-undersokelse', undersokelseId: x.u, dato, innvilget: '1' });
    }
    return b;
  },
  'undersokelse-henlagt': (i) => {
    const s = startBetween(i, 120, 3 * 365);
    const b = i.begin(s);
    const x = investigate(b, i, s);
    const c = earlier(addDays(x.uStart, b.dice.int(30, 92)), i.today);
    conclude(b, i, x, c, b.dice.pick(['3', '3', '3', '4', '6']));
    b.step({ type: 'close-sak', dato: earlier(addDays(c, b.dice.int(0, 10)), i.today) });
    return b;
  },
  begjaering: (i) => {
    const s = startBetween(i, 110, 200);
    const b = i.begin(s);
    const x = investigate(b, i, s);
    const c = addDays(x.uStart, b.dice.int(40, 85));
    conclude(b, i, x, c, '2');
    decide(b, earlier(addDays(c, b.dice.int(3, 20)), i.today), '5', '1', x.u);
    return b;
  },
  hjelpetiltak: (i) => hjelpetiltak(i, false),
  'hjelpetiltak-avsluttet': (i) => hjelpetiltak(i, true),
  omsorg: (i) => {
    const s = startBetween(i, 230, 3 * 365);
    const b = i.begin(s);
    const x = investigate(b, i, s);
    const c = addDays(x.uStart, b.dice.int(40, 88));
    conclude(b, i, x, c, '2');
    const v = decide(b, addDays(c, b.dice.int(3, 20)), '5', '1', x.u);
    const decided = addDays(b.history.vedtak.at(-1)?.startDato ?? c, b.dice.int(35, 80));
    b.step({ type: 'change-vedtak-status', vedtakId: v, kode: '1', dato: decided });
    const placed = addDays(decided, b.dice.int(0, 14));
    const t1 = placement(b, v, placed, b.dice.pick(FOSTERHJEM));
    const plan = b.id();
    const planDato = addDays(placed, b.dice.int(10, 40));
    const items: { dato: string; run: () => void }[] = [
      {
        dato: planDato,
        run: () =>
          void b.step({
            type: 'add-plan',
            planId: plan,
            plantype: '4',
            fra: { type: 'Vedtak', id: v },
            dato: planDato,
          }),
      },
    ];
    for (
      let d = addDays(planDato, b.dice.int(150, 190));
      d <= i.today;
      d = addDays(d, b.dice.int(160, 200))
    ) {
      const dato = d;
      items.push({ dato, run: () => void b.step({ type: 'evaluate-plan', planId: plan, dato }) });
    }
    const move = addDays(placed, b.dice.int(200, 500));
    if (b.dice.chance(0.3) && addDays(move, 30) <= i.today) {
      // A move to a new foster home under the same care order: the first placement ends.
      items.push(...visits(b, t1, placed, addDays(move, -1)));
      items.push({
        dato: move,
        run: () => {
          b.step({
            type: 'register-flytting',
            flyttingId: b.id(),
            dato: move,
            arsakFra: { kode: b.dice.pick(['1.1.3', '1.2.1', '1.2.2']) },
            flyttingTil: { kode: '2' },
          });
          b.step({
            type: 'end-tiltak',
            tiltakId: t1,
            dato: move,
            opphevelse: { kode: '4', presisering: 'Flyttet til nytt fosterhjem under samme omsorgsvedtak.' },
          });
          const t2 = placement(b, v, move, '2.2');
          b.schedule(visits(b, t2, move, i.today).filter((x) => x.dato > move));
        },
      });
      b.schedule(items.filter((x) => x.dato <= move));
      b.schedule(items.filter((x) => x.dato > move));
    } else {
      b.schedule([...items, ...visits(b, t1, placed, i.today)]);
    }
    return b;
  },
  ettervern: (i) => {
    const eighteen = i.birthDate.replace(/^\d{4}/, (y) => String(Number(y) + 18));
    const s = later(addDays(eighteen, -i.dice.int(420, 900)), i.earliest);
    const b = i.begin(s);
    const x = investigate(b, i, s);
    const c = addDays(x.uStart, b.dice.int(30, 80));
    conclude(b, i, x, c, '1');
    const vDato = addDays(c, b.dice.int(2, 12));
    const v1 = decide(b, vDato, '3', '1', x.u);
    const start = addDays(vDato, b.dice.int(3, 20));
    const first = tiltak(b, i, v1, start, b.dice.pick(UNGDOM), '1', addDays(eighteen, -61));
    const ettervern = b.id();
    b.step({ type: 'offer-ettervern', ettervernId: ettervern, dato: addDays(eighteen, -b.dice.int(30, 60)) });
    b.step({
      type: 'conclude-ettervern',
      ettervernId: ettervern,
      dato: addDays(eighteen, -b.dice.int(1, 20)),
      kode: '1',
    });
    b.step({ type: 'end-tiltak', tiltakId: first.t, dato: eighteen });
    b.step({ type: 'end-plan', planId: first.plan, dato: eighteen });
    b.step({ type: 'change-vedtak-status', vedtakId: v1, kode: '4', dato: eighteen });
    const v2 = decide(b, eighteen, '3', '6');
    tiltak(b, i, v2, addDays(eighteen, b.dice.int(0, 10)), b.dice.pick(ETTERVERN), '5', i.today);
    return b;
  },
  gjenapnet: (i) => {
    const s = startBetween(i, 300, 3 * 365);
    const b = i.begin(s);
    const m = b.melding(s, i.theme);
    const c = addDays(s, b.dice.int(1, 7));
    b.step({
      type: 'conclude-melding',
      meldingId: m,
      dato: c,
      kode: henleggMelding(c, b.dice),
      saksinnhold: saksinnhold(i.theme, c, b.dice),
    });
    b.step({ type: 'close-sak', dato: addDays(c, b.dice.int(0, 10)) });
    const again = addDays(i.today, -b.dice.int(3, 80));
    b.melding(again, i.laterTheme, { reopen: true });
    if (again <= addDays(i.today, -8)) {
      const x = { uStart: addDays(again, b.dice.int(1, 7)), u: b.id() };
      b.step({
        type: 'open-undersokelse',
        meldingId: b.history.meldinger.at(-1)?.id ?? '',
        undersokelseId: x.u,
        dato: x.uStart,
        saksinnhold: saksinnhold(i.laterTheme, x.uStart, b.dice),
      });
      b.step({
        type: 'add-plan',
        planId: b.id(),
        plantype: '7',
        fra: { type: 'Undersokelse', id: x.u },
        dato: x.uStart,
      });
    }
    return b;
  },
};

function hjelpetiltak(i: ScenarioInput, ended: boolean): CaseBuilder {
  const s = ended ? startBetween(i, 420, 3 * 365) : startBetween(i, 150, 3 * 365);
  const b = i.begin(s);
  const x = investigate(b, i, s);
  const c = addDays(x.uStart, b.dice.int(30, 88));
  conclude(b, i, x, c, '1');
  const vDato = addDays(c, b.dice.int(2, 14));
  const v = decide(b, vDato, '3', '1', x.u);
  const start = addDays(vDato, b.dice.int(3, 20));
  const age = daysBetween(i.birthDate, start) / 365;
  const kategori = age < 6 && b.dice.chance(0.5) ? '4.1' : b.dice.pick(age >= 13 ? UNGDOM : HJELPETILTAK);
  const end = ended ? earlier(addDays(start, b.dice.int(120, 360)), addDays(i.today, -20)) : i.today;
  const t = tiltak(b, i, v, start, kategori, '1', end, () => {
    if (ended || !b.dice.chance(0.25)) return;
    // A new melding while the tiltak runs: henlagt because of the active measures (kode 3).
    const m = addDays(start, b.dice.int(20, 120));
    if (addDays(m, 5) > i.today) return;
    const id = b.melding(m, i.laterTheme);
    const dato = addDays(m, b.dice.int(1, 5));
    b.step({
      type: 'conclude-melding',
      meldingId: id,
      dato,
      kode: '3',
      saksinnhold: saksinnhold(i.laterTheme, dato, b.dice),
    });
  });
  if (!ended) return b;
  const endDato = later(end, t.lastEvaluation);
  b.step({ type: 'end-tiltak', tiltakId: t.t, dato: endDato });
  b.step({ type: 'end-plan', planId: t.plan, dato: endDato });
  b.step({ type: 'change-vedtak-status', vedtakId: v, kode: '4', dato: endDato });
  b.step({ type: 'close-sak', dato: earlier(addDays(endDato, b.dice.int(0, 14)), i.today) });
  return b;
}
