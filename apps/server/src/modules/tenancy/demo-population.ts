import {
  generateIdentityNumber,
  parseIdentityNumber,
  seededRandom,
  type CaseHistory,
  type Personalia,
} from '@vern/domain';
import { TEST_CITIZENS } from '../../platform/auth/dev-idp/test-users.js';
import { addDays, CaseBuilder, daysBetween, Dice, later, type DemoStep } from './demo-case-builder.js';
import { PHASE_WEIGHTS, PHASES, type Phase } from './demo-case-steps.js';
import {
  BOY_NAMES,
  FAMILY_NAMES,
  GIRL_NAMES,
  MAN_NAMES,
  MELDING_THEMES,
  POSTAL,
  STREETS,
  UNBORN_THEME,
  WOMAN_NAMES,
} from './demo-names.js';
import { SCENARIOS } from './demo-scenarios.js';
import { DEMO_COLLEAGUES, DEMO_STAFF, type DemoUnit } from './demo-tenant.js';

export type AddressProtection = 'ingen' | 'fortrolig' | 'strengt_fortrolig';

export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  /** null for an unborn child: the termindato is in the number (DDMMÅÅ + 99999). */
  birthDate: string | null;
  kjonn: '0' | '1' | '2';
  fodselsnummer: string;
  dufNummer: string | null;
  addressProtection: AddressProtection;
  address: { street: string; postalCode: string; postalPlace: string };
}

export interface DemoCase {
  phase: Phase;
  child: DemoPerson;
  parents: { person: DemoPerson; kind: 'mor' | 'far'; livesWith: boolean; responsibility: boolean }[];
  sakId: string;
  startDate: string;
  unit: DemoUnit;
  /** A username from the demo staff, or null: unassigned, with intake. */
  caseworker: string | null;
  steps: DemoStep[];
  /** The history the steps lead to, with placeholders for the sak's id and journalnummer. */
  history: CaseHistory;
  /** The child's Personalia as the registry export would build it from the person. */
  personalia: Personalia;
}

export interface DemoPopulationOptions {
  seed: number;
  count: number;
  /** The seeding day, 'YYYY-MM-DD': every date lies in the three years up to it. */
  today: string;
}

const UNIT_OF: Readonly<Record<Phase, DemoUnit>> = {
  'melding-ny': 'Mottak og undersøkelse',
  'melding-henlagt': 'Mottak og undersøkelse',
  undersokelse: 'Mottak og undersøkelse',
  'undersokelse-henlagt': 'Mottak og undersøkelse',
  gjenapnet: 'Mottak og undersøkelse',
  hjelpetiltak: 'Tiltak og oppfølging',
  'hjelpetiltak-avsluttet': 'Tiltak og oppfølging',
  ettervern: 'Tiltak og oppfølging',
  begjaering: 'Omsorg og fosterhjem',
  omsorg: 'Omsorg og fosterhjem',
};

/** The child's age today, in years [min, max]; an ettervern case is 18 or 19. */
const AGES: Readonly<Record<Phase, [number, number]>> = {
  'melding-ny': [0, 17],
  'melding-henlagt': [1, 17],
  undersokelse: [0, 17],
  'undersokelse-henlagt': [1, 17],
  begjaering: [1, 15],
  hjelpetiltak: [2, 17],
  'hjelpetiltak-avsluttet': [3, 17],
  omsorg: [2, 16],
  ettervern: [18, 18],
  gjenapnet: [2, 17],
};

/** Exactly `count` phases in the weights' proportions (each at least once), in a seeded order. */
function phaseList(count: number, dice: Dice): Phase[] {
  const n = PHASES.map((p) => Math.max(1, Math.round((count * PHASE_WEIGHTS[p]) / 100)));
  const rest = count - n.reduce((a, b) => a + b, 0);
  // The largest phase takes up the rounding.
  const list = PHASES.flatMap((p, i) =>
    Array<Phase>(Math.max(0, (n[i] ?? 0) + (p === 'hjelpetiltak' ? rest : 0))).fill(p),
  );
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = dice.int(0, i);
    [list[i], list[j]] = [list[j] as Phase, list[i] as Phase];
  }
  return list.slice(0, count);
}

/** A birth date `years` and some days before today; never 29 February (birthdays are added). */
function birthDate(today: string, years: number, dice: Dice): string {
  const date = addDays(today, -(years * 365 + dice.int(years >= 18 ? 40 : 30, 340)));
  return date.endsWith('-02-29') ? date.replace(/29$/, '28') : date;
}

class Identities {
  private readonly used = new Set(TEST_CITIZENS.map((c) => c.pid));
  constructor(private readonly dice: Dice) {}

  /** A synthetic (Skatteetaten, month + 80) fødselsnummer or D-nummer: never a real person's. */
  synthetic(birth: string, sex: 'male' | 'female', kind: 'fodselsnummer' | 'd-nummer'): string {
    for (;;) {
      const fnr = generateIdentityNumber(birth, sex, kind, this.dice.rand, { synthetic: 'skatteetaten' });
      if (this.claim(fnr)) return fnr;
    }
  }

  /** The registry's placeholder for a child known by DUF-nummer: fødselsdato + 00100 or 00200. */
  placeholder(birth: string, sex: 'male' | 'female'): string | null {
    const [y, m, d] = birth.split('-');
    const value = `${d}${m}${y?.slice(2)}${sex === 'male' ? '00100' : '00200'}`;
    // Only when the digits are no valid fødselsnummer: then they cannot be anyone's number.
    const parsed = parseIdentityNumber(value);
    return parsed.ok && parsed.incomplete && this.claim(value) ? value : null;
  }

  claim(value: string): boolean {
    if (this.used.has(value)) return false;
    this.used.add(value);
    return true;
  }
}

function address(dice: Dice) {
  const [postalCode, postalPlace] = dice.pick(POSTAL);
  return { street: `${dice.pick(STREETS)} ${dice.int(1, 60)}`, postalCode, postalPlace };
}

function person(dice: Dice, fields: Omit<DemoPerson, 'id' | 'dufNummer'> & { dufNummer?: string }) {
  return { id: dice.uuid(), dufNummer: null, ...fields };
}

const CASEWORKERS = [...DEMO_STAFF, ...DEMO_COLLEAGUES].filter((s) => s.roles.includes('saksbehandler'));

function caseworkerFor(phase: Phase, unit: DemoUnit, dice: Dice): string | null {
  if (phase === 'melding-ny' && dice.chance(0.5)) return null;
  if (dice.chance(unit === 'Mottak og undersøkelse' ? 0.25 : 0.08)) return 'sara';
  return dice.pick(CASEWORKERS.filter((s) => s.unit === unit && s.username !== 'sara')).username;
}

/**
 * The demo population: `count` children with parents and a case each, every case built through
 * the domain's state machine. Deterministic: the same options give the same people, ids and steps.
 */
export function generateDemoPopulation(options: DemoPopulationOptions): DemoCase[] {
  const { today, count, seed } = options;
  const earliest = later(addDays(today, -3 * 365), '2023-01-01');
  const master = new Dice(seededRandom(seed));
  const identities = new Identities(new Dice(seededRandom(seed ^ 0x5eed)));
  return phaseList(count, master).map((phase, index) => {
    const dice = new Dice(seededRandom(seed * 7919 + index));
    const [minAge, maxAge] = AGES[phase];
    const unborn = ['melding-ny', 'melding-henlagt', 'undersokelse'].includes(phase) && dice.chance(0.1);
    let born = unborn ? addDays(today, dice.int(20, 150)) : birthDate(today, dice.int(minAge, maxAge), dice);
    const girl = dice.chance(0.49);
    const sex = girl ? 'female' : 'male';
    const family = dice.pick(FAMILY_NAMES);
    const roll = dice.rand();
    let fodselsnummer = '';
    let dufNummer: string | undefined;
    if (unborn) {
      // Two unborn children with the same termindato would share a number: move the termin a day.
      for (let shift = 0; fodselsnummer === ''; shift += 1) {
        const [y, m, d] = addDays(born, shift).split('-');
        const candidate = `${d}${m}${y?.slice(2)}99999`;
        if (identities.claim(candidate)) {
          fodselsnummer = candidate;
          born = addDays(born, shift);
        }
      }
    } else if (roll < 0.03) {
      const placeholder = identities.placeholder(born, sex);
      if (placeholder) {
        fodselsnummer = placeholder;
        dufNummer = `9999${String(dice.int(0, 99_999_999)).padStart(8, '0')}`;
      }
    }
    if (fodselsnummer === '')
      fodselsnummer = identities.synthetic(born, sex, roll < 0.07 ? 'd-nummer' : 'fodselsnummer');
    const protectionRoll = dice.rand();
    const protection: AddressProtection =
      protectionRoll < 0.02 ? 'strengt_fortrolig' : protectionRoll < 0.05 ? 'fortrolig' : 'ingen';
    const home = address(dice);
    const child = person(dice, {
      givenName: dice.pick(girl ? GIRL_NAMES : BOY_NAMES),
      familyName: family,
      birthDate: unborn ? null : born,
      kjonn: unborn ? '0' : girl ? '2' : '1',
      fodselsnummer,
      ...(dufNummer ? { dufNummer } : {}),
      addressProtection: protection,
      address: home,
    });
    const placed = phase === 'omsorg' || phase === 'ettervern';
    const parentBorn = (years: number) => birthDate(unborn ? today : born, years, dice);
    const motherBirth = parentBorn(dice.int(19, 40));
    const parents: DemoCase['parents'] = [
      {
        kind: 'mor',
        livesWith: !placed,
        responsibility: true,
        person: person(dice, {
          givenName: dice.pick(WOMAN_NAMES),
          familyName: dice.chance(0.6) ? family : dice.pick(FAMILY_NAMES),
          birthDate: motherBirth,
          kjonn: '2',
          fodselsnummer: identities.synthetic(motherBirth, 'female', 'fodselsnummer'),
          addressProtection: protection,
          address: home,
        }),
      },
    ];
    if (dice.chance(0.85)) {
      const fatherBirth = parentBorn(dice.int(20, 45));
      const together = protection !== 'strengt_fortrolig' && !placed && dice.chance(0.5);
      parents.push({
        kind: 'far',
        livesWith: together,
        responsibility: dice.chance(0.9),
        person: person(dice, {
          givenName: dice.pick(MAN_NAMES),
          familyName: family,
          birthDate: fatherBirth,
          kjonn: '1',
          fodselsnummer: identities.synthetic(fatherBirth, 'male', 'fodselsnummer'),
          addressProtection: together ? protection : 'ingen',
          address: together ? home : address(dice),
        }),
      });
    }
    const ageToday = unborn ? 0 : daysBetween(born, today) / 365;
    const fits = (t: (typeof MELDING_THEMES)[number], age: number) =>
      age >= (t.minAge ?? 0) && age <= (t.maxAge ?? 99);
    const notBefore = unborn ? later(earliest, addDays(born, -260)) : later(earliest, addDays(born, 10));
    const sakId = dice.uuid();
    let startDate = '';
    const builder = SCENARIOS[phase]({
      today,
      earliest,
      birthDate: born,
      notBefore,
      dice,
      theme: unborn
        ? UNBORN_THEME
        : dice.pick(MELDING_THEMES.filter((t) => fits(t, Math.max(0, ageToday - 1.5)))),
      laterTheme: dice.pick(MELDING_THEMES.filter((t) => fits(t, ageToday))),
      begin: (start) => {
        startDate = start;
        return new CaseBuilder(today, start, dice, [...WOMAN_NAMES, ...MAN_NAMES], FAMILY_NAMES);
      },
    });
    const unit = UNIT_OF[phase];
    return {
      phase,
      child,
      parents,
      sakId,
      startDate,
      unit,
      caseworker: caseworkerFor(phase, unit, dice),
      steps: builder.steps,
      history: builder.history,
      personalia: {
        id: child.id,
        startDato: startDate,
        fodselsnummer,
        fodseldato: born,
        kjonn: child.kjonn,
        ...(dufNummer ? { dufNummer } : {}),
      },
    };
  });
}
