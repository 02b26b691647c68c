import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { ForsendelseChannel } from '@vern/domain';
import type { ChannelSet } from './channels/channel.js';
import { inProcessChannel } from './channels/channels.js';
import { NO_FAULTS, type FakeFaults } from './channels/fake-faults.js';
import { FakeForsendelseService, type SvarUtForsendelse } from './channels/fake-forsendelse-service.js';
import { FakeKontaktregister } from './channels/kontaktregister.js';
import { FakeEnhetsregisteret, FAKE_ORGANISATIONS } from './enhetsregisteret/enhetsregisteret-fake.js';

/**
 * Every outside service of dispatch as a local fake: Enhetsregisteret, KRR, SvarUt, a digital
 * mailbox and a print provider. In-process for tests and the demo; `listen` serves the same over
 * HTTP (paths /enhetsregisteret/api, /krr, /svarut, /digital, /print) for the fault test, so the
 * relay talks HTTP to them as it would in production.
 */
export class FakeDispatchServices {
  readonly register = new FakeEnhetsregisteret();
  readonly krr = new FakeKontaktregister();
  readonly services: Readonly<Record<ForsendelseChannel, FakeForsendelseService>>;

  constructor(options: { faults?: FakeFaults; clock?: () => Date; random?: () => number } = {}) {
    const make = (kind: ForsendelseChannel) =>
      new FakeForsendelseService(kind, {
        ...options,
        faults: { ...(options.faults ?? NO_FAULTS) },
        krr: this.krr,
      });
    this.services = { svarut: make('svarut'), digital: make('digital'), print: make('print') };
    // The demo's foster care provider never opens its mail: its confidential letters are escalated.
    this.services.svarut.neverOpeningOrgs.add(FAKE_ORGANISATIONS.fosterhjem);
  }

  setFaults(faults: FakeFaults): void {
    for (const s of Object.values(this.services)) s.faults = { ...faults };
  }

  channels(): ChannelSet {
    return {
      svarut: inProcessChannel(this.services.svarut),
      digital: inProcessChannel(this.services.digital, { krr: this.krr }),
      print: inProcessChannel(this.services.print),
    };
  }

  /** Deliveries per channel and our reference: what the fault test checks for exactly once. */
  deliveryCounts(): Record<ForsendelseChannel, Record<string, number>> {
    return {
      svarut: this.services.svarut.deliveryCounts(),
      digital: this.services.digital.deliveryCounts(),
      print: this.services.print.deliveryCounts(),
    };
  }

  /** Serves the fakes over HTTP on `port` (0: any free port) at 127.0.0.1. */
  async listen(port = 0): Promise<{ url: string; server: Server; close(): Promise<void> }> {
    const server = createServer((req, res) => {
      // A client that gave up (its timeout) has closed the socket: nothing to answer, no crash.
      res.on('error', () => {});
      req.on('error', () => {});
      this.route(req)
        .then(async ({ status, body, waitMs }) => {
          if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
          if (res.destroyed || res.socket?.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(body === '' ? '' : JSON.stringify(body));
        })
        .catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"errorMessage":"fake failed"}');
        });
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    return {
      url,
      server,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }

  private async route(req: IncomingMessage): Promise<{ status: number; body: unknown; waitMs: number }> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    if (path.startsWith('/enhetsregisteret/api/')) {
      const a = this.register.answer(path.slice('/enhetsregisteret/api'.length));
      return { ...a, waitMs: 0 };
    }
    if (path === '/krr/rest/v1/personer' && req.method === 'POST') {
      const body = JSON.parse(raw.toString('utf8') || '{}') as { personidentifikatorer?: string[] };
      return { status: 200, body: this.krr.answer(body.personidentifikatorer ?? []), waitMs: 0 };
    }
    if (path === '/_fake/deliveries') return { status: 200, body: this.deliveryCounts(), waitMs: 0 };
    const m = /^\/(svarut|digital|print)(\/.*)$/.exec(path);
    if (!m) return { status: 404, body: { errorMessage: 'not found' }, waitMs: 0 };
    const service = this.services[m[1] as ForsendelseChannel];
    let forsendelse: SvarUtForsendelse | undefined;
    let files = 0;
    if (req.method === 'POST') {
      const form = await new Response(raw, {
        headers: { 'content-type': req.headers['content-type'] ?? '' },
      }).formData();
      const meta = form.get('forsendelse');
      forsendelse = meta
        ? (JSON.parse(typeof meta === 'string' ? meta : await meta.text()) as SvarUtForsendelse)
        : undefined;
      files = form.getAll('filer').length;
    }
    const a = service.handle(req.method ?? 'GET', m[2] ?? '/', forsendelse, files);
    const f = service.faults;
    const waitMs =
      a.fault === 'timeout_before' || a.fault === 'timeout_after'
        ? f.hangMs
        : a.fault === 'slow'
          ? f.slowMs
          : 0;
    return { status: a.status, body: a.body, waitMs };
  }
}
