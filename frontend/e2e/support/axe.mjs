// Runs axe-core (from npm) in the page against WCAG 2.1 A and AA and returns
// the serious and critical violations, one line each.
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function axeViolations(page) {
  // The page at rest: where the last click left the pointer a row is hovered,
  // and colours caught halfway through a CSS transition are neither the
  // resting nor the hovered ones. Pointer away, then wait for the running
  // transitions to finish (turning them off would strand antd's motions,
  // which wait for transitionend).
  await page.mouse.move(0, 0);
  const { scrollMarksDone } = await import('./browser.mjs');
  await scrollMarksDone(page);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`);
}

/**
 * A screenshot of the page as it stands, then its serious and critical axe
 * violations; on a window wider than a phone the same state is also rendered
 * at 390×844 (<name>-phone.png) and checked there too (its findings are
 * prefixed "phone:"). { phone: false } where the test renders the phone in a
 * context of its own.
 */
export async function screenshotAndAxe(page, name, { phone = true } = {}) {
  const { screenshot, wantsPhone, atViewport, PHONE } = await import('./browser.mjs');
  await screenshot(page, name, { phone: false });
  const found = await axeViolations(page);
  if (!wantsPhone(page, name, phone)) return found;
  const onPhone = await atViewport(page, PHONE, async () => {
    await screenshot(page, `${name}-phone`, { phone: false });
    return axeViolations(page);
  });
  return [...found, ...onPhone.map((v) => `phone: ${v}`)];
}
