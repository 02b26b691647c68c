import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipE2e } from './support/env.js';
import { useJourney } from './support/journey.js';

// The demo's strengt fortrolig child (apps/server/src/modules/tenancy/demo-cases.ts).
const PROTECTED_STREET = 'Skjermet vei 6';
const PROTECTED_PLACE = 'Skjulested';
const PROTECTED_CHILD = 'Sofie';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TEMPLATES = [
  '/api/cases/{id}',
  '/api/cases/{id}/access-log',
  '/api/cases/{id}/access-log?format=csv',
  '/api/persons/{id}',
  '/api/persons/{id}/innsynslogg',
];

/**
 * Follows every id in every API answer through every read route, as the signed-in user, and
 * returns all the bytes it received. Bounded: at most 400 requests.
 */
async function crawlApi(request: APIRequestContext, start: string[]): Promise<string> {
  const queue = [...start];
  const seen = new Set<string>(queue);
  const bodies: string[] = [];
  while (queue.length > 0 && seen.size < 400) {
    const url = queue.shift() as string;
    const res = await request.get(url);
    const text = await res.text();
    bodies.push(`${url} ${res.status()} ${JSON.stringify(res.headers())}\n${text}`);
    for (const id of new Set(text.match(UUID) ?? [])) {
      for (const t of TEMPLATES) {
        const next = t.replace('{id}', id);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return bodies.join('\n');
}

/** Visits every same-origin page reachable by links from the start pages and returns their text. */
async function crawlPages(page: Page, start: string[]): Promise<string> {
  const queue = [...start];
  const seen = new Set<string>(queue);
  const texts: string[] = [];
  while (queue.length > 0 && seen.size < 60) {
    const path = queue.shift() as string;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    texts.push(await page.content());
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const u = new URL(href);
      if (u.origin !== new URL(page.url()).origin || u.pathname.startsWith('/api/')) continue;
      if (!seen.has(u.pathname)) {
        seen.add(u.pathname);
        queue.push(u.pathname);
      }
    }
  }
  return texts.join('\n');
}

async function signInStaff(page: Page, name: RegExp): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('link', { name: /Logg inn/ })
    .first()
    .click();
  await page.getByRole('button', { name }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/interaction'));
  expect((await page.request.get('/api/auth/session')).status()).toBe(200);
}

describe.skipIf(skipE2e)('a strengt fortrolig address reaches nobody without the capability', () => {
  const journey = useJourney();

  it("a caseworker on the child's own case sees the child but never the address, in any page or API answer", async () => {
    await journey.page('crawl as caseworker', async (page) => {
      await signInStaff(page, /Sara Saksbehandler/);
      const api = await crawlApi(page.request, ['/api/auth/session', '/api/cases']);
      const pages = await crawlPages(page, ['/']);
      expect(api).toContain(PROTECTED_CHILD); // the crawl did reach the protected child's case
      for (const canary of [PROTECTED_STREET, PROTECTED_PLACE]) {
        expect(api).not.toContain(canary);
        expect(pages).not.toContain(canary);
      }
    });
  });

  it('a parent signed in to the portal never sees it either', async () => {
    await journey.page('crawl as parent', async (page) => {
      await page.goto('/portal/');
      await page
        .getByRole('link', { name: /Logg inn på Min side/ })
        .first()
        .click();
      await page.getByRole('button', { name: /Petter Forelder/ }).click();
      await page.waitForURL((u) => u.pathname.startsWith('/portal'));
      const api = await crawlApi(page.request, ['/api/auth/session', '/api/me/innsynslogg', '/api/cases']);
      const pages = await crawlPages(page, ['/portal/', '/portal/min-side']);
      for (const canary of [PROTECTED_STREET, PROTECTED_PLACE]) {
        expect(api).not.toContain(canary);
        expect(pages).not.toContain(canary);
      }
    });
  });

  it('the head of service, who holds the capability, does see it (the canary is detectable)', async () => {
    await journey.page('crawl as head of service', async (page) => {
      await signInStaff(page, /Berit Barnevernleder/);
      const api = await crawlApi(page.request, ['/api/cases']);
      expect(api).toContain(PROTECTED_STREET);
    });
  });

  it('the server log of the whole run holds no protected address and no child name', () => {
    const log = journey.vern.output();
    expect(log.length).toBeGreaterThan(0);
    for (const canary of [PROTECTED_STREET, PROTECTED_PLACE, PROTECTED_CHILD])
      expect(log).not.toContain(canary);
  });
});
