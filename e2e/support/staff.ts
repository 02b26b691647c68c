import { generateIdentityNumber, seededRandom } from '@vern/domain';
import type { Page } from 'playwright-core';

/**
 * A valid synthetic fødselsnummer for a person born on `birthDate`, in NAV's form (month + 40): the
 * demo population uses Skatteetaten's (month + 80), so a journey's person never collides with it.
 */
export function syntheticFodselsnummer(birthDate: string): string {
  return generateIdentityNumber(birthDate, 'female', 'fodselsnummer', seededRandom(Date.now() % 1_000_000), {
    synthetic: 'nav',
  });
}

/** Signs a demo staff member in through the development IdP and waits for the start page. */
export async function signIn(page: Page, name: RegExp): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Logg inn', exact: true }).first().click();
  await page.getByRole('button', { name }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/interaction'));
  await page.getByRole('heading', { level: 2, name: 'Mine saker' }).waitFor({ timeout: 15_000 });
}
