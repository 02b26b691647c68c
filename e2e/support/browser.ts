import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './env.js';

export type { Browser, Page };

/** The system Chromium, headless, with everything that phones home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 360, height: 740 } as const;

export interface WithPageOptions {
  /** Relative paths in `page.goto()` resolve against it. */
  baseURL: string;
  /** Names the failure screenshot. */
  label?: string;
  viewport?: { width: number; height: number };
  /** Browser language; bokmål unless a test says otherwise. */
  locale?: string;
  /** Extra Playwright context options. */
  context?: BrowserContextOptions;
}

/**
 * Runs `fn` with a page in a fresh browser context (no cookies or storage shared with other tests),
 * then closes the context. Fails the test if the page threw an uncaught error or reported a
 * Content-Security-Policy violation, since both mean a broken page even when it looks fine.
 * On failure a screenshot is saved under e2e/artifacts/.
 */
export async function withPage<T>(
  browser: Browser,
  options: WithPageOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'nb-NO',
    ...options.context,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught error in page: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (
      message.type() === 'error' &&
      /content security policy|refused to (execute|load|apply|connect)/i.test(text)
    ) {
      problems.push(`CSP violation: ${text}`);
    }
  });
  try {
    const result = await fn(page);
    if (problems.length > 0) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
    return result;
  } catch (error) {
    await saveScreenshot(page, options.label ?? 'page');
    if (problems.length > 0 && error instanceof Error && !error.message.startsWith('The page reported')) {
      error.message += `\nThe page also reported:\n  ${problems.join('\n  ')}`;
    }
    throw error;
  } finally {
    await context.close();
  }
}

async function saveScreenshot(page: Page, label: string): Promise<void> {
  try {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = join(ARTIFACTS_DIR, `${label.replace(/[^a-z0-9æøå-]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    process.stderr.write(`e2e: screenshot of the failing page saved to ${file}\n`);
  } catch {
    // the page may already be gone; the assertion error matters more
  }
}
