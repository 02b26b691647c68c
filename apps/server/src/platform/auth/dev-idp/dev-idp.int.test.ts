import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../../../test/support/test-app.js';
import { testEngine } from '../../../../test/support/test-db.js';
import { DEMO_STAFF } from '../../../modules/tenancy/demo-tenant.js';
import { banner, startServer } from '../../../server.js';
import { startDevIdp } from './dev-idp.js';

describe('the development IdP', () => {
  it('serves discovery with our own RS256 key, PKCE S256 and the ID-porten levels, and prints no warnings', async () => {
    const warn = vi.spyOn(console, 'warn');
    const info = vi.spyOn(console, 'info');
    const log = vi.spyOn(console, 'log');
    const idp = await startDevIdp({
      host: '127.0.0.1',
      port: 0,
      portIsDefault: true,
      rpBaseUrls: ['http://127.0.0.1:9'],
      staff: DEMO_STAFF,
      logger: pino({ level: 'silent' }),
    });
    try {
      const discovery = (await (
        await fetch(`${idp.issuer}/.well-known/openid-configuration`)
      ).json()) as Record<string, string | string[]>;
      expect(discovery.issuer).toBe(idp.issuer);
      expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
      expect(discovery.acr_values_supported).toEqual(['idporten-loa-substantial', 'idporten-loa-high']);
      expect(discovery.response_types_supported).toEqual(['code']);
      expect(discovery.id_token_signing_alg_values_supported).toContain('RS256');
      const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as {
        keys: Record<string, string>[];
      };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(Object.keys(jwks.keys[0] ?? {})).not.toContain('d'); // the private part stays private
      const css = await fetch(`${idp.issuer}/dev-idp.css`);
      expect(css.headers.get('content-type')).toMatch(/text\/css/);
      expect(idp.clients.staff.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(idp.clients.citizen.clientSecret).not.toBe(idp.clients.staff.clientSecret);
      const printed = [...warn.mock.calls, ...info.mock.calls, ...log.mock.calls].map((c) => String(c[0]));
      expect(printed.filter((line) => line.includes('oidc-provider'))).toEqual([]);
    } finally {
      await idp.close();
      warn.mockRestore();
      info.mockRestore();
      log.mockRestore();
    }
  });

  it('a taken default port falls back to a free one; a chosen one fails loudly', async () => {
    const logger = pino({ level: 'silent' });
    const first = await startDevIdp({
      host: '127.0.0.1',
      port: 0,
      portIsDefault: true,
      rpBaseUrls: ['http://127.0.0.1:9'],
      staff: [],
      logger,
    });
    const taken = Number(new URL(first.issuer).port);
    try {
      const second = await startDevIdp({
        host: '127.0.0.1',
        port: taken,
        portIsDefault: true,
        rpBaseUrls: ['http://127.0.0.1:9'],
        staff: [],
        logger,
      });
      expect(new URL(second.issuer).port).not.toBe(String(taken));
      await second.close();
      await expect(
        startDevIdp({
          host: '127.0.0.1',
          port: taken,
          portIsDefault: false,
          rpBaseUrls: ['http://127.0.0.1:9'],
          staff: [],
          logger,
        }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

// startServer on an embedded data folder: runs in the PGlite pass of `npm test`.
describe.skipIf(testEngine() === 'postgres')(
  'the server starts the development IdP outside production',
  () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'vern-idp-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('names it in the start banner, and stops it with the server', async () => {
      const config = testConfig({ VERN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      const server = await startServer(config, { staticApps: false });
      const idpUrl = server.devIdpUrl;
      try {
        expect(idpUrl).toMatch(/^http:\/\/localhost:\d+$/);
        expect(banner(config, server)).toContain(`Dev IdP:         ${idpUrl}/`);
        const res = await fetch(
          `${String(idpUrl).replace('localhost', '127.0.0.1')}/.well-known/openid-configuration`,
        );
        expect(res.status).toBe(200);
      } finally {
        await server.close();
      }
      await expect(
        fetch(`${String(idpUrl).replace('localhost', '127.0.0.1')}/.well-known/openid-configuration`),
      ).rejects.toThrow();
    });
  },
);
