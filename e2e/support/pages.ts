import { expect, it } from 'vitest';
import { expectAxeClean, expectNoHorizontalScroll } from './checks.js';
import type { Journey } from './journey.js';

/** A page every visitor can reach without signing in, with its bokmål h1. */
export interface PublicPage {
  path: string;
  h1: string;
  /** The not-found page: the HTTP status may be 200 (client-side route) or 404. */
  notFound?: boolean;
}

export const STAFF_PAGES: readonly PublicPage[] = [
  { path: '/', h1: 'Saksbehandling i barneverntjenesten' },
  { path: '/tilgjengelighet', h1: 'Tilgjengelighetserklæring' },
  { path: '/personvern', h1: 'Personvern' },
  { path: '/om', h1: 'Om Vern' },
  { path: '/finnes-ikke-e2e', h1: 'Fant ikke siden', notFound: true },
];

export const PORTAL_PAGES: readonly PublicPage[] = [
  { path: '/portal/', h1: 'Barnevernet i kommunen din' },
  { path: '/portal/bekymring', h1: 'Send en bekymringsmelding' },
  { path: '/portal/tilgjengelighet', h1: 'Tilgjengelighetserklæring' },
  { path: '/portal/personvern', h1: 'Personvern' },
  { path: '/portal/om', h1: 'Om Vern' },
  { path: '/portal/finnes-ikke-e2e', h1: 'Fant ikke siden', notFound: true },
];

/**
 * Registers one test per page: it loads, has exactly one h1 with the expected text and a document
 * title naming Vern, passes axe (WCAG 2.1 AA, serious and critical), and does not scroll sideways
 * on a 360 px wide phone (WCAG 1.4.10).
 */
export function checkEveryPage(journey: Journey, pages: readonly PublicPage[]): void {
  for (const { path, h1, notFound } of pages) {
    it(`${path} has one h1 "${h1}", passes axe and fits a 360 px screen`, async () => {
      await journey.page(`page ${path}`, async (page) => {
        const response = await page.goto(path);
        const status = response?.status();
        expect(notFound ? [200, 404] : [200], `GET ${path} answered ${status}`).toContain(status);
        const headings = page.getByRole('heading', { level: 1 });
        await headings.first().waitFor();
        expect(await headings.allInnerTexts()).toEqual([h1]);
        expect(await page.title()).toContain('Vern');
        await expectAxeClean(page, path);
        await expectNoHorizontalScroll(page);
        // The narrow layout is a different layout (folded menu): check it too.
        await expectAxeClean(page, `${path} at 360 px`);
      });
    });
  }
}
