import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { FiksDelivery, FiksHandler, FiksIoTransport } from './fiks-io.js';

const Headers = z.object({
  'melding-id': z.string().min(1).max(200),
  type: z.string().min(1).max(200),
  'avsender-id': z.string().max(200).optional(),
  'klientmelding-id': z.string().max(200).optional(),
  'svar-til': z.string().max(200).optional(),
});

/**
 * The local Fiks IO fake, for tests and the demo: a folder instead of the AMQP queue. A message is
 * `inn/<name>.asice` (the container, unencrypted) with `inn/<name>.headers.json` (the AMQP headers:
 * melding-id, type, avsender-id, ...). Each is handed to the handler exactly as the real adapter
 * would hand it; the reply is written to `ut/<melding-id>.<reply type>.json` (headers and the
 * payload in base64), and only then is the message moved to `behandlet/`, which is this fake's
 * acknowledgement. A crash before the move leaves the message in `inn/`, delivered again next time.
 */
export class FileDropTransport implements FiksIoTransport {
  #stopped = false;

  constructor(readonly dir: string) {}

  async start(handler: FiksHandler): Promise<void> {
    await this.deliver(handler, { watch: true });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
  }

  /** Delivers every message waiting; with `watch`, keeps looking every second until stopped. */
  async deliver(handler: FiksHandler, options: { watch: boolean }): Promise<number> {
    const inn = path.join(this.dir, 'inn');
    await Promise.all(
      ['inn', 'ut', 'behandlet'].map((d) => mkdir(path.join(this.dir, d), { recursive: true })),
    );
    let handled = 0;
    do {
      const names = (await readdir(inn)).filter((f) => f.endsWith('.asice')).sort();
      for (const file of names) {
        if (this.#stopped) break;
        const base = file.slice(0, -'.asice'.length);
        const headers = Headers.parse(
          JSON.parse(await readFile(path.join(inn, `${base}.headers.json`), 'utf8')),
        );
        const delivery: FiksDelivery = {
          headers: {
            meldingId: headers['melding-id'],
            meldingType: headers.type,
            avsenderKontoId: headers['avsender-id'] ?? null,
            klientMeldingId: headers['klientmelding-id'] ?? null,
            svarPaMelding: headers['svar-til'] ?? null,
          },
          container: await readFile(path.join(inn, file)),
          receivedAt: new Date(),
        };
        const reply = await handler(delivery);
        await writeFile(
          path.join(this.dir, 'ut', `${reply.svarPaMelding}.${reply.meldingType}.json`),
          JSON.stringify({
            headers: { type: reply.meldingType, 'svar-til': reply.svarPaMelding },
            payload: reply.payload && {
              filename: reply.payload.filename,
              base64: reply.payload.bytes.toString('base64'),
            },
          }),
        );
        for (const f of [file, `${base}.headers.json`]) {
          await rename(path.join(inn, f), path.join(this.dir, 'behandlet', f));
        }
        handled += 1;
      }
      if (options.watch && !this.#stopped) await sleep(1000);
    } while (options.watch && !this.#stopped);
    return handled;
  }
}

/** Puts a message into a drop folder as a sender would (tests, the demo). */
export async function dropMessage(
  dir: string,
  name: string,
  headers: z.input<typeof Headers>,
  container: Buffer,
): Promise<void> {
  await mkdir(path.join(dir, 'inn'), { recursive: true });
  await writeFile(path.join(dir, 'inn', `${name}.headers.json`), JSON.stringify(headers));
  await writeFile(path.join(dir, 'inn', `${name}.asice`), container);
}
