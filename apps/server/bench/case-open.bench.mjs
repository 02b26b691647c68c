// Opening a case with 200 steps and 50 documents, as the staff app does it (GET /api/cases/{id}: the
// case with its history, timeline, melding texts, registry controls, journal notes and document
// list) through the access gateway with its audit row, against the same rows fetched with raw SQL
// in one transaction (the floor).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { codesValidOn, MELDING_KONKLUSJON, SAKSINNHOLD } from '@vern/domain';
import { withStaffAccess } from '../dist/platform/access/gateway.js';
import { openPGlite, openPostgres, migratePostgres } from '../dist/platform/db/database.js';
import { getCase } from '../dist/modules/cases/get-case.js';
import { takeStep } from '../dist/modules/case-process/record-step.js';
import { parseStep } from '../dist/modules/case-process/step-input.js';
import { uploadDocument } from '../dist/modules/journal/upload-document.js';
import { databaseDocumentStore } from '../dist/modules/journal/document-store.js';
import { median, seedBenchService, withAuditSealer } from './lib.mjs';

const EVENTS = 200;
const DOCUMENTS = 50;

const day = (base, n) => new Date(Date.parse(base) + n * 86_400_000).toISOString().slice(0, 10);

async function seedTenant(database) {
  const tenantId = randomUUID();
  return database.withTenant(tenantId, async (trx) => {
    const { unitId, userId, actor } = await seedBenchService(trx, tenantId, { role: 'barnevernleder' });
    await trx
      .insertInto('vedtak_delegation')
      .values({
        tenant_id: tenantId,
        lov: 'BVL2021',
        kapittel: null,
        paragraf: null,
        role: 'barnevernleder',
        staff_user_id: null,
        granted_by: null,
      })
      .execute();
    const child = await trx
      .insertInto('person')
      .values({
        tenant_id: tenantId,
        given_name: 'Bench',
        family_name: 'Barn',
        birth_date: '2015-01-01',
        fodselsnummer: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('person_address')
      .values({
        tenant_id: tenantId,
        person_id: child.id,
        street: 'Gate 1',
        postal_code: '9999',
        postal_place: 'Sted',
        municipality: null,
      })
      .execute();
    const start = day(new Date().toISOString(), -1000);
    const sak = await trx
      .insertInto('sak')
      .values({
        tenant_id: tenantId,
        child_person_id: child.id,
        unit_id: unitId,
        caseworker_id: userId,
        start_date: start,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { tenantId, sakId: sak.id, childId: child.id, actor, start };
  });
}

/** 200 legal steps: meldinger received and concluded, an undersøkelse, a vedtak, a placement with visits. */
async function seedCase(database, s) {
  let version = 0;
  let d = 0;
  const take = (raw, melding) =>
    withStaffAccess(database, s.actor, {}, async (access) => {
      const command = parseStep(raw);
      const r = await takeStep(
        access,
        s.sakId,
        {
          expectedVersion: version,
          command,
          ...(melding ? { melding: { ...melding, meldingId: command.meldingId } } : {}),
        },
        s.childId,
      );
      version = r.version;
      return r.command;
    });
  const content = (dato) => {
    const kode = codesValidOn(SAKSINNHOLD, dato)[0].code;
    return { melder: [{ kode: '11' }], saksinnhold: [{ kode }] };
  };
  const detail = (dato) => ({
    receivedAt: new Date(`${dato}T10:00:00Z`),
    channel: 'telefon',
    content: 'Skolen melder om høyt fravær og at eleven virker sliten. '.repeat(4),
    melderName: 'Rektor',
    anonymous: false,
    needsImmediateFollowUp: false,
  });
  for (let i = 0; i < 60; i++) {
    const dato = day(s.start, d);
    const m = await take({ type: 'receive-melding', dato, ...content(dato) }, detail(dato));
    const concluded = day(s.start, d + 3);
    // Henlagt: a code valid on the day (the list changed in 2026); 2-4 lead on or join an undersøkelse.
    const kode = codesValidOn(MELDING_KONKLUSJON, concluded).find(
      (c) => !['2', '3', '4'].includes(c.code),
    ).code;
    await take({ type: 'conclude-melding', dato: concluded, meldingId: m.meldingId, kode });
    d += 7;
  }
  let dato = day(s.start, d);
  const m = await take({ type: 'receive-melding', dato, ...content(dato) }, detail(dato));
  const u = await take({ type: 'open-undersokelse', dato: day(s.start, d + 2), meldingId: m.meldingId });
  await take({
    type: 'add-plan',
    dato: day(s.start, d + 2),
    plantype: '7',
    fra: { type: 'Undersokelse', id: u.undersokelseId },
  });
  dato = day(s.start, d + 40);
  await take({
    type: 'conclude-undersokelse',
    dato,
    undersokelseId: u.undersokelseId,
    kode: '2',
    vedtaksgrunnlag: content(dato).saksinnhold,
    barnetsMedvirkning: { startDato: dato, medvirkningType: '1.1' },
  });
  const hjemmel = { lov: 'BVL2021', kapittel: '5', paragraf: '1', ledd: [], bokstav: [], punktum: [] };
  const v = await take({
    type: 'decide-vedtak',
    dato: day(s.start, d + 41),
    lovhjemmel: hjemmel,
    jmfrLovhjemmel: [],
    status: '2',
    undersokelseId: u.undersokelseId,
  });
  await take({ type: 'change-vedtak-status', dato: day(s.start, d + 70), vedtakId: v.vedtakId, kode: '1' });
  dato = day(s.start, d + 75);
  const t = await take({
    type: 'start-tiltak',
    dato,
    vedtakId: v.vedtakId,
    kategori: { kode: '2.2' },
    tiltaksgrunnlag: content(dato).saksinnhold,
    tilsyn: {
      ansvarlig: [{ id: 'a1', startDato: dato, kommunenummer: '9995' }],
      hyppighet: [{ id: 'th1', startDato: dato, kode: '4' }],
      utfort: [],
    },
    oppfolging: { hyppighet: [{ id: 'oh1', startDato: dato, kode: '4' }], utfort: [] },
  });
  await take({ type: 'add-plan', dato, plantype: '4', fra: { type: 'Vedtak', id: v.vedtakId } });
  d += 76;
  while (version < EVENTS) {
    await take({
      type: 'record-visit',
      dato: day(s.start, d),
      tiltakId: t.tiltakId,
      besok: version % 2 ? 'tilsyn' : 'oppfolging',
    });
    d += 2;
  }
  const pdf = Buffer.from(`%PDF-1.4\n${'x'.repeat(40_000)}\n%%EOF\n`);
  const clean = { scan: async () => ({ verdict: 'clean' }) };
  for (let i = 0; i < DOCUMENTS; i++) {
    await withStaffAccess(database, s.actor, {}, (access) =>
      uploadDocument(
        access,
        s.sakId,
        {
          bytes: pdf,
          contentType: 'application/pdf',
          title: `Dokument ${i + 1}`,
          filename: `dok-${i + 1}.pdf`,
          documentDate: day(s.start, i * 10),
          step: null,
        },
        { store: databaseDocumentStore, scanner: clean },
      ),
    );
  }
  return version;
}

async function timeEach(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function measure(database, label, { rounds = 5, perRound = 40 } = {}) {
  const s = await seedTenant(database);
  const steps = await seedCase(database, s);
  if (steps !== EVENTS) throw new Error(`seeded ${steps} steps, wanted ${EVENTS}`);
  // The floor: the same rows with hand-written SQL, one transaction, no access check, audit or controls.
  const raw = () =>
    database.withTenant(s.tenantId, async (trx) => [
      await sql`SELECT s.*, p.given_name, p.family_name, p.birth_date, p.fodselsnummer, u.name AS unit_name, cw.display_name
                  FROM sak s JOIN person p ON p.id = s.child_person_id JOIN unit u ON u.id = s.unit_id
                  LEFT JOIN staff_user cw ON cw.id = s.caseworker_id WHERE s.id = ${s.sakId}`.execute(trx),
      await sql`SELECT * FROM person_address WHERE person_id = ${s.childId}`.execute(trx),
      await sql`SELECT e.seq, e.type, e.dato, e.command, e.recorded_at, st.display_name
                  FROM case_event e LEFT JOIN staff_user st ON st.id = e.actor_id WHERE e.sak_id = ${s.sakId} ORDER BY e.seq`.execute(
        trx,
      ),
      await sql`SELECT * FROM melding_detail WHERE sak_id = ${s.sakId} ORDER BY received_at`.execute(trx),
      await sql`SELECT d.id, d.title, d.filename, d.media_type, d.size_bytes, d.sha256, d.document_date, d.step_type,
                       d.step_id, d.uploaded_at, d.scan_status, u.display_name
                  FROM document d JOIN staff_user u ON u.id = d.uploaded_by WHERE d.sak_id = ${s.sakId}
                 ORDER BY d.document_date DESC, d.uploaded_at DESC, d.id LIMIT 100`.execute(trx),
      await sql`SELECT n.id, n.note_date, n.title, n.step_type, n.step_id, n.corrects_note_id, a.display_name, n.created_at
                  FROM journal_note n JOIN staff_user a ON a.id = n.author_id WHERE n.sak_id = ${s.sakId}
                 ORDER BY n.note_date DESC, n.created_at DESC, n.id LIMIT 100`.execute(trx),
    ]);
  const gated = () => withStaffAccess(database, s.actor, { requestId: 'bench' }, (a) => getCase(a, s.sakId));
  const check = await gated();
  if (check.process.events.length !== EVENTS || check.journal.documents.length !== DOCUMENTS)
    throw new Error('the case did not open whole');
  await timeEach(20, raw);
  await timeEach(20, gated);
  const rawAll = [];
  const gatedAll = [];
  await withAuditSealer(database, async () => {
    for (let r = 0; r < rounds; r++) {
      rawAll.push(...(await timeEach(perRound, raw)));
      gatedAll.push(...(await timeEach(perRound, gated)));
    }
  });
  const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
  const row = (subject, xs) => ({
    subject: `${label}: ${subject}`,
    rps: 1000 / median(xs),
    p50: median(xs),
    p99: p(xs, 0.99),
  });
  return [row('raw SQL (floor)', rawAll), row('open case (gateway, audit)', gatedAll)];
}

export async function run() {
  const rows = [];
  const { database } = await openPGlite({});
  try {
    rows.push(...(await measure(database, 'PGlite')));
  } finally {
    await database.close();
  }
  if (process.env.BENCH_DATABASE_URL) {
    await migratePostgres(process.env.BENCH_DATABASE_URL);
    const pg = await openPostgres({ url: process.env.BENCH_DATABASE_URL, migrate: false });
    try {
      rows.push(...(await measure(pg, 'PostgreSQL')));
    } finally {
      await pg.close();
    }
  }
  const ratios = {};
  for (let i = 0; i < rows.length; i += 2) {
    ratios[`${rows[i].subject.split(':')[0]} p50 open/floor (goal ≤ 2)`] = +(
      rows[i + 1].p50 / rows[i].p50
    ).toFixed(2);
  }
  return {
    name: `Opening a case with ${EVENTS} steps and ${DOCUMENTS} documents (in-process, sequential)`,
    unit: 'ms per open, 5 rounds x 40 opens; rps = 1000/p50',
    rows,
    ratios,
  };
}
