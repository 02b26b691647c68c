import { codesValidOn, osloDate, SAKSINNHOLD } from '@vern/domain';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsCitizen, type SignedIn } from '../../../../test/support/auth.js';
import { buildTestApp, type LogCapture } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-db.js';
import { actor, buildWorld, caseOf, type World } from '../../../../test/support/world.js';
import { withStaffAccess } from '../../../platform/access/gateway.js';
import { recordStep } from '../../case-process/record-step.js';
import { parseStep } from '../../case-process/step-input.js';
import { InboxContent } from '../inbox-content.js';
import { listInbox } from '../read-inbox.js';
import { registerMelding } from '../register-melding.js';
import { offentligReport, privatReport } from './test-reports.js';

// Synthetic fødselsnummer (the dev IdP's test citizens: month + 80, never a real person's).
const TEACHER_PID = '14838512470';
const TEACHER_NAME = 'Petter Forelder';
const OTHER_PID = '21860951387';
const CANARY = 'Kanarifugl-innlogget 5813';

describe('public form signed in with ID-porten, and «Min side»', () => {
  let t: TestDatabase;
  let w: World;
  let app: FastifyInstance;
  let logs: LogCapture;
  let slug = '';
  let teacher: SignedIn;
  let other: SignedIn;
  const url = () => `/api/public/tjenester/${slug}/bekymringsmeldinger`;
  const post = (body: unknown, session?: SignedIn, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: url(),
      headers: {
        'content-type': 'application/json',
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
      payload: JSON.stringify(body),
    });
  const get = (path: string, session?: SignedIn) =>
    app.inject({ method: 'GET', url: path, headers: session ? { cookie: session.cookie } : {} });
  const identified = (name = TEACHER_NAME) =>
    offentligReport(`${CANARY}: eleven sier han ikke får mat hjemme.`, {
      identifiedBy: 'idporten',
      melder: { ...offentligReport('').melder, name },
    });
  const itemOf = (idempotencyKey: string) =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('inbox_item')
        .select(['id', 'parsed'])
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst(),
    );
  const identityRows = () =>
    t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('public_report_melder').selectAll().orderBy('item_id').execute(),
    );
  const count = async (table: 'inbox_item' | 'public_report_melder') =>
    Number(
      (
        await t.database.withTenant(w.tenantId, (trx) =>
          sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(trx),
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    t = await createTestDatabase();
    w = await buildWorld(t.database);
    ({ app, logs } = await buildTestApp(t, { env: { VERN_REPORT_RATE_LIMIT: '0' } }));
    slug = (
      await t.database.db
        .selectFrom('tenant')
        .select('slug')
        .where('id', '=', w.tenantId)
        .executeTakeFirstOrThrow()
    ).slug;
    teacher = await signInAsCitizen(app, t.database, TEACHER_PID, 'idporten-loa-high', TEACHER_NAME);
    other = await signInAsCitizen(app, t.database, OTHER_PID);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('the session view gives the name ID-porten vouched for, and the masked number only', async () => {
    const res = await get('/api/auth/session', teacher);
    expect(res.json()).toMatchObject({ kind: 'citizen', name: TEACHER_NAME, pidMasked: '148385*****' });
    expect(res.body).not.toContain(TEACHER_PID);
    expect((await get('/api/auth/session', other)).json()).toMatchObject({ name: null });
  });

  it('takes the identity from the session: the fødselsnummer, the level of assurance, the verified name', async () => {
    const report = identified();
    const res = await post(report, teacher);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ melderIdentified: true, melderKind: 'offentlig' });

    const item = await itemOf(report.idempotencyKey);
    expect(item).toBeDefined();
    const rows = (await identityRows()).filter((r) => r.item_id === item?.id);
    expect(rows).toEqual([
      expect.objectContaining({
        citizen_pid: TEACHER_PID,
        identified_by: 'idporten',
        acr: 'idporten-loa-high',
        name_verified: true,
        session_id: teacher.sessionId,
      }),
    ]);
    const content = InboxContent.parse(item?.parsed);
    expect(content.melder).toMatchObject({
      name: TEACHER_NAME,
      anonymous: false,
      identified: {
        by: 'idporten',
        acr: 'idporten-loa-high',
        fodselsnummer: TEACHER_PID,
        nameVerified: true,
      },
    });

    // The staff inbox says the melder is identified through ID-porten.
    const inbox = await withStaffAccess(t.database, actor(w, 'berit'), {}, (a) =>
      listInbox(a, { status: 'open', limit: 200, offset: 0 }),
    );
    expect(inbox.find((i) => i.id === item?.id)).toMatchObject({
      melderName: TEACHER_NAME,
      melderIdentifiedBy: 'idporten',
    });
    const audit = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['action', 'fields'])
        .where('object_id', '=', item?.id ?? '')
        .where('action', '=', 'receive')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'receive', fields: ['raw_content', 'melder_identity'] }]);

    // A retry of the same bytes answers with the same receipt, identified, and stores nothing.
    const again = await post(report, teacher);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ reference: res.json().reference, melderIdentified: true });
  });

  it('refuses a claimed identity without a session, at its field, and stores nothing', async () => {
    const before = await count('inbox_item');
    const res = await post(identified());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.identifiedBy', code: 'NOT_SIGNED_IN' }),
    ]);
    expect(await count('inbox_item')).toBe(before);
  });

  it('never takes an identity from the body: a fødselsnummer for the melder, another name, or anonymity are refused', async () => {
    const before = await count('inbox_item');
    const withPid = { ...identified(), melder: { ...identified().melder, fodselsnummer: OTHER_PID } };
    const pid = await post(withPid, teacher);
    expect(pid.statusCode).toBe(400);
    expect(pid.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'body.melder.fodselsnummer' }),
    );

    const otherName = await post(identified('Noen Andre'), teacher);
    expect(otherName.statusCode).toBe(400);
    expect(otherName.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.melder.name', code: 'NOT_VERIFIED' }),
    ]);

    const anonymous = await post(
      privatReport('Anonym, men innlogget.', { identifiedBy: 'idporten' }),
      teacher,
    );
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'body.melder.anonymous', code: 'NOT_ANONYMOUS' }),
    );

    // A session cookie without its CSRF token does not carry a claim either.
    const noCsrf = await post(identified(), undefined, { cookie: teacher.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(await count('inbox_item')).toBe(before);
  });

  it('without a name from ID-porten the typed name is kept, marked as not verified', async () => {
    const report = identified('Ylva Ungdom (skrevet selv)');
    const res = await post(report, other);
    expect(res.statusCode).toBe(201);
    const item = await itemOf(report.idempotencyKey);
    const row = (await identityRows()).find((r) => r.item_id === item?.id);
    expect(row).toMatchObject({ citizen_pid: OTHER_PID, name_verified: false });
    expect(InboxContent.parse(item?.parsed).melder.identified).toMatchObject({ nameVerified: false });
  });

  it('the anonymous path is unchanged: no claim, no identity, even with a session in the browser', async () => {
    const identities = await count('public_report_melder');
    const plain = await post(privatReport('Anonym som før.'));
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).toMatchObject({ melderIdentified: false, report: { melder: { anonymous: true } } });
    const withSession = await post(privatReport('Anonym, nettleseren har en økt.'), teacher);
    expect(withSession.statusCode).toBe(201);
    expect(withSession.json().melderIdentified).toBe(false);
    expect(await count('public_report_melder')).toBe(identities);
  });

  it('«Min side» lists the citizen’s own reports with their status, never another’s (404), audited', async () => {
    expect((await get('/api/citizen/bekymringsmeldinger')).statusCode).toBe(401);

    const mine = await get('/api/citizen/bekymringsmeldinger', teacher);
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as { id: string; reference: string; status: string }[];
    const teacherItems = (await identityRows()).filter((r) => r.citizen_pid === TEACHER_PID);
    expect(items.map((i) => i.id).sort()).toEqual(teacherItems.map((r) => r.item_id).sort());
    expect(items.length).toBe(1);
    expect(Object.keys(mine.json().items[0]).sort()).toEqual([
      'id',
      'melderKind',
      'receivedAt',
      'reference',
      'service',
      'since',
      'status',
    ]);
    expect(items[0]?.status).toBe('received');
    expect(mine.body).not.toContain(CANARY);

    const others = (await get('/api/citizen/bekymringsmeldinger', other)).json().items as { id: string }[];
    expect(others).toHaveLength(1);
    expect(others.map((i) => i.id)).not.toContain(items[0]?.id);

    const own = await get(`/api/citizen/bekymringsmeldinger/${items[0]?.id}`, teacher);
    expect(own.statusCode).toBe(200);
    const foreign = await get(`/api/citizen/bekymringsmeldinger/${items[0]?.id}`, other);
    const missing = await get('/api/citizen/bekymringsmeldinger/00000000-0000-4000-8000-000000000000', other);
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe(missing.json().error.message);
    const denied = await t.database.db
      .selectFrom('security_event')
      .select(['event', 'outcome', 'session_id'])
      .where('event', '=', 'own_report_read')
      .execute();
    expect(denied).toEqual([
      { event: 'own_report_read', outcome: 'denied', session_id: other.sessionId },
      { event: 'own_report_read', outcome: 'denied', session_id: other.sessionId },
    ]);

    const reads = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'session_id', 'fields'])
        .where('object_id', '=', items[0]?.id ?? '')
        .where('action', '=', 'read')
        .execute(),
    );
    expect(reads).toHaveLength(2);
    for (const r of reads)
      expect(r).toEqual({
        actor_kind: 'citizen',
        session_id: teacher.sessionId,
        fields: ['feedback_status'],
      });
  });

  it('a professional learns on «Min side» that an undersøkelse was opened, without asking', async () => {
    const report = identified();
    expect((await post(report, teacher)).statusCode).toBe(201);
    const itemId = (await itemOf(report.idempotencyKey))?.id ?? '';
    const sak = caseOf(w, 'assigned');
    const berit = actor(w, 'berit');
    const today = osloDate(new Date());
    const registered = await withStaffAccess(t.database, berit, {}, (a) =>
      registerMelding(
        a,
        itemId,
        {
          children: [{ personId: sak.childId, sakId: sak.id }],
          melder: [{ kode: '11' }],
          saksinnhold: [{ kode: codesValidOn(SAKSINNHOLD, today)[0]?.code ?? '' }],
        },
        { allowSynthetic: true },
      ),
    );
    const { version } = await t.database.withTenant(w.tenantId, (trx) =>
      trx.selectFrom('sak').select('version').where('id', '=', sak.id).executeTakeFirstOrThrow(),
    );
    await withStaffAccess(t.database, berit, {}, (a) =>
      recordStep(a, sak.id, {
        expectedVersion: version,
        command: parseStep({
          type: 'open-undersokelse',
          meldingId: registered.registrations[0]?.meldingId,
          dato: today,
        }),
      }),
    );
    const res = await get(`/api/citizen/bekymringsmeldinger/${itemId}`, teacher);
    expect(res.json()).toMatchObject({ id: itemId, status: 'undersokelse', melderKind: 'offentlig' });
    const told = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('melder_feedback')
        .select(['status', 'channel'])
        .where('item_id', '=', itemId)
        .orderBy('told_at')
        .execute(),
    );
    expect(told).toEqual([
      { status: 'received', channel: 'receipt' },
      { status: 'undersokelse', channel: 'min_side' },
    ]);
    const caseReads = await t.database.withTenant(w.tenantId, (trx) =>
      trx
        .selectFrom('audit_event')
        .select(['actor_kind', 'fields'])
        .where('sak_id', '=', sak.id)
        .where('object_type', '=', 'sak')
        .where('actor_kind', '=', 'citizen')
        .execute(),
    );
    expect(caseReads).toContainEqual({ actor_kind: 'citizen', fields: ['meldinger.konklusjon.kode'] });
  });

  it('row-level security: a citizen’s transaction sees their own identities only, a tenant’s none of another', async () => {
    const asCitizen = (pid: string) =>
      t.database.db.transaction().execute(async (trx) => {
        await sql`SELECT set_config('vern.citizen_pid', ${pid}, true)`.execute(trx);
        return trx.selectFrom('public_report_melder').select('citizen_pid').execute();
      });
    const teacherSees = await asCitizen(TEACHER_PID);
    expect(teacherSees.length).toBeGreaterThan(0);
    expect(new Set(teacherSees.map((r) => r.citizen_pid))).toEqual(new Set([TEACHER_PID]));
    const nobody = await t.database.db.selectFrom('public_report_melder').select('citizen_pid').execute();
    expect(nobody).toEqual([]);
  });

  it('writes no fødselsnummer, name or words of a report to the log', () => {
    expect(logs.text).not.toContain(TEACHER_PID);
    expect(logs.text).not.toContain(OTHER_PID);
    expect(logs.text).not.toContain(TEACHER_NAME);
    expect(logs.text).not.toContain(CANARY);
  });
});
