import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { AsicError, readAsice, type AsicFile } from './fiks/asic.js';
import { feilet, mottatt, type FiksDelivery, type FiksReply } from './fiks/fiks-io.js';
import { MAX_PAYLOAD_BYTES, MAX_PDF_BYTES, readBekymringsmelding } from './fiks/read-bekymringsmelding.js';
import type { FieldProblem } from './fiks/schemas.js';
import { cleanFilename } from '../journal/filename.js';
import { addAttachment, findByKey, insertItem, sha256 } from './intake.queries.js';

export interface ReceiveResult {
  itemId: string;
  status: 'new' | 'quarantined';
  /** The same melding-id was delivered before: nothing was stored now, and the reply is repeated. */
  duplicate: boolean;
  /** Why it was refused, field by field (what the feilet reply says); empty for a valid message. */
  problems: FieldProblem[];
  reply: FiksReply;
}

const MESSAGE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

export class FiksTransportError extends Error {
  override name = 'FiksTransportError';
}

interface Unpacked {
  payload: Buffer | null;
  attachments: AsicFile[];
  problems: FieldProblem[];
}

/** The one JSON file of the container is the report; every other file is an attachment. */
function unpack(container: Buffer): Unpacked {
  let files: AsicFile[];
  try {
    files = readAsice(container);
  } catch (error) {
    if (!(error instanceof AsicError)) throw error;
    return {
      payload: null,
      attachments: [{ name: 'melding.asice', bytes: container }],
      problems: [{ field: 'container', reason: error.message }],
    };
  }
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  const attachments = files.filter((f) => !f.name.toLowerCase().endsWith('.json'));
  if (json.length !== 1 || !json[0]) {
    return {
      payload: null,
      attachments: files,
      problems: [
        {
          field: 'payload',
          reason:
            json.length === 0 ? 'the message has no JSON file' : 'the message has more than one JSON file',
        },
      ],
    };
  }
  return { payload: json[0].bytes, attachments, problems: [] };
}

/**
 * Takes one Fiks IO concern report into the service's inbox, and says what to answer. The message
 * is validated against KS's schema for its type; a valid one becomes a new inbox item, an invalid
 * one a quarantined item with every field and reason, and the answer is `mottatt` or `feilet`. The
 * answer is returned only after the transaction has committed, so `mottatt` is never sent for a
 * message that could still be lost. The melding-id is the idempotency key: a redelivery stores
 * nothing and gets the first delivery's answer again. One audit row per delivery (system, ids only).
 */
export async function receiveFiksMessage(
  database: Database,
  tenantId: string,
  delivery: FiksDelivery,
): Promise<ReceiveResult> {
  const { headers } = delivery;
  if (!MESSAGE_ID.test(headers.meldingId)) {
    // Without its melding-id a message cannot be stored idempotently or answered: leave it unacknowledged.
    throw new FiksTransportError('the message has no usable melding-id header');
  }
  const requestSha256 = sha256(delivery.container);
  const audit = (trx: Parameters<typeof recordAudit>[0], itemId: string, fields: string[]) =>
    recordAudit(trx, SYSTEM_ACTOR(tenantId), {
      action: 'receive',
      objectType: 'inbox_item',
      objectId: itemId,
      fields,
    });
  const answerFor = (status: string, problems: FieldProblem[] | null) =>
    status === 'quarantined' || problems
      ? feilet(headers.meldingId, problems ?? [])
      : mottatt(headers.meldingId);

  const result = await database.withTenant(tenantId, async (trx) => {
    const seen = await findByKey(trx, 'fiks_io', headers.meldingId);
    if (seen) {
      await audit(trx, seen.id, ['duplicate']);
      return { itemId: seen.id, problems: seen.problems, duplicate: true };
    }
    const unpacked = unpack(delivery.container);
    const read =
      unpacked.payload === null
        ? null
        : readBekymringsmelding(
            headers.meldingType,
            unpacked.payload,
            unpacked.attachments.map((a) => ({ filename: a.name, bytes: a.bytes })),
          );
    const problems = read ? (read.ok ? null : read.problems) : unpacked.problems;
    const payloadKept = unpacked.payload !== null && unpacked.payload.length <= MAX_PAYLOAD_BYTES;
    const itemId = await insertItem(trx, {
      tenantId,
      channel: 'fiks_io',
      source: 'fiks_io',
      idempotencyKey: headers.meldingId,
      requestSha256,
      messageType: /^[a-z0-9.-]{1,100}$/.test(headers.meldingType) ? headers.meldingType : 'ukjent',
      receivedAt: delivery.receivedAt,
      recordedBy: null,
      raw: payloadKept && unpacked.payload ? unpacked.payload : Buffer.alloc(0),
      rawMediaType: payloadKept ? 'application/json' : 'application/octet-stream',
      content: read?.ok ? read.content : null,
      problems,
      transport: Object.fromEntries(
        Object.entries({
          'avsender-id': headers.avsenderKontoId,
          'klientmelding-id': headers.klientMeldingId,
          'svar-til': headers.svarPaMelding,
        }).filter((e): e is [string, string] => e[1] !== null && MESSAGE_ID.test(e[1])),
      ),
    });
    if (!itemId) {
      // A delivery of the same melding-id committed while this one was reading it.
      const other = await findByKey(trx, 'fiks_io', headers.meldingId);
      if (!other) throw new Error('the inbox key was taken but no item has it');
      await audit(trx, other.id, ['duplicate']);
      return { itemId: other.id, problems: other.problems, duplicate: true };
    }
    // The files as they came, each with why it was refused (a PDF that is not one), if it was.
    const attachmentProblem = (i: number): string | null =>
      read ? (read.ok ? null : (read.attachments[i]?.problem ?? null)) : 'the message could not be read';
    const files = [
      ...(payloadKept || unpacked.payload === null
        ? []
        : [{ name: 'melding.json', bytes: unpacked.payload, problem: 'is larger than the payload limit' }]),
      ...unpacked.attachments.map((a, i) => ({
        name: a.name,
        bytes: a.bytes,
        problem: attachmentProblem(i),
      })),
    ];
    for (const f of files) {
      // What cannot be kept whole (beyond the document store's limit) is recorded, not kept in part.
      const tooLarge = f.bytes.length > MAX_PDF_BYTES;
      await addAttachment(trx, {
        tenantId,
        itemId,
        filename: cleanFilename(f.name) ?? 'vedlegg',
        mediaType: f.problem || tooLarge ? 'application/octet-stream' : 'application/pdf',
        bytes: tooLarge ? Buffer.alloc(0) : f.bytes,
        problem: tooLarge ? `is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB and was not kept` : f.problem,
        addedBy: null,
      });
    }
    await audit(trx, itemId, ['raw_content', ...(files.length ? ['attachments'] : [])]);
    return { itemId, problems, duplicate: false };
  });
  const status = result.problems ? 'quarantined' : 'new';
  return {
    itemId: result.itemId,
    status,
    duplicate: result.duplicate,
    problems: result.problems ?? [],
    reply: answerFor(status, result.problems),
  };
}
