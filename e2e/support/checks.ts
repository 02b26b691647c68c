import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE } from './browser.js';

/** WCAG 2.1 A and AA: the bar set by Norwegian law (forskrift om universell utforming av IKT). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeViolation = AxeResults['violations'][number];

/**
 * Runs axe on the page as it is now and fails on any violation of impact serious or critical,
 * listing each rule, the elements it hit and axe's own explanation.
 */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    // Only violations are read; skipping the rest makes a run several times faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    expect.fail(
      `axe found ${blocking.length} serious/critical violation(s) on ${label} (${page.url()}):\n${formatViolations(blocking)}`,
    );
  }
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
          return `      at ${node.target.join(' ')}\n         ${node.html.slice(0, 200)}\n         ${summary}`;
        })
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      ... and ${v.nodes.length - 5} more element(s)` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n      ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Resizes the page to a small phone (360 x 740) and fails if the document is wider than the
 * viewport (WCAG 1.4.10 Reflow), naming the elements that stick out.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  // Let layout settle after the resize.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const viewport = root.clientWidth;
    const offenders: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > viewport + 1) {
        const id = element.id ? `#${element.id}` : '';
        const cls =
          typeof element.className === 'string' && element.className
            ? `.${element.className.trim().split(/\s+/).join('.')}`
            : '';
        offenders.push(
          `${element.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(box.right)} px)`,
        );
        if (offenders.length >= 8) break;
      }
    }
    return { scrollWidth: root.scrollWidth, viewport, offenders };
  });
  if (result.scrollWidth > result.viewport) {
    expect.fail(
      `${page.url()} scrolls sideways at ${PHONE.width} px: the document is ${result.scrollWidth} px wide. ` +
        `Elements past the right edge:\n  ${result.offenders.join('\n  ')}`,
    );
  }
}
