import { afterAll, beforeAll } from 'vitest';
import { launchChromium, withPage, type Browser, type Page, type WithPageOptions } from './browser.js';
import { startVern, type StartVernOptions, type VernServer } from './vern.js';

export interface Journey {
  /** The running server (URL, captured output, stop). */
  readonly vern: VernServer;
  readonly browser: Browser;
  /** Absolute URL for a path on the server, e.g. `url('/portal/')`. */
  url(path: string): string;
  /** A page in a fresh browser context on this server; see withPage in browser.ts. */
  page<T>(label: string, fn: (page: Page) => Promise<T>, options?: Partial<WithPageOptions>): Promise<T>;
}

/**
 * Call inside a `describe` block: starts one server and one browser for the block (beforeAll) and
 * stops both afterwards (afterAll). Inside a skipped block nothing is started.
 */
export function useJourney(options: StartVernOptions = {}): Journey {
  let vern: VernServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    vern = await startVern(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await vern?.stop();
  });

  const journey: Journey = {
    get vern() {
      if (!vern) throw new Error('useJourney: the server is not started (use it inside a test or hook)');
      return vern;
    },
    get browser() {
      if (!browser) throw new Error('useJourney: the browser is not started (use it inside a test or hook)');
      return browser;
    },
    url: (path) => new URL(path, journey.vern.url).href,
    page: (label, fn, pageOptions) =>
      withPage(journey.browser, { baseURL: journey.vern.url, label, ...pageOptions }, fn),
  };
  return journey;
}
