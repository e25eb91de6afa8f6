// Debian's Chromium driven by playwright-core (no browser is ever downloaded).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './server.mjs';

export const resultsDir = join(repoRoot, 'frontend/test-results');

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The phone every issue-13 state is also rendered at (name-phone.png). */
export const PHONE = { width: 390, height: 844 };

/**
 * Waits until the page has laid itself out for its current window: fonts
 * loaded, then frames until the layout (document size, the menu's width, the
 * number of elements) reads the same on two frames in a row, no table is
 * re-measuring (antd's responsive observers and ResizeObserver callbacks run
 * before a frame is painted), and every finite animation or transition has
 * finished. A condition, not a sleep.
 */
/** Waits until the tables that scroll sideways are marked focusable (the app does it when idle: useKeyboardScrollableTables). */
export function scrollMarksDone(page) {
  return page.waitForFunction(() => document.documentElement.dataset.scrollMarks !== 'pending');
}

export async function settleLayout(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const signature = () => {
      const el = document.scrollingElement ?? document.documentElement;
      const sider = document.querySelector('.ant-layout-sider');
      return [el.scrollWidth, el.scrollHeight, window.innerWidth, sider ? sider.getBoundingClientRect().width : -1, document.getElementsByTagName('*').length].join(',');
    };
    let last = '';
    for (let stable = 0; stable < 2; ) {
      await frame();
      await frame();
      // the tables that scroll sideways are marked when the page is idle (useKeyboardScrollableTables)
      const marking = document.documentElement.dataset.scrollMarks === 'pending';
      const now = signature();
      stable = now === last && !marking ? stable + 1 : 0;
      last = now;
    }
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
}

/**
 * Runs `fn` with the page's window at `size` (after the layout has settled),
 * then puts the window back as it was and waits for that layout too.
 */
export async function atViewport(page, size, fn) {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  await settleLayout(page);
  try {
    return await fn();
  } finally {
    if (original) {
      await page.setViewportSize(original);
      await settleLayout(page);
    }
  }
}

/** Whether a screenshot named `name` of this page should also be rendered at the phone size. */
export function wantsPhone(page, name, phone = true) {
  const size = page.viewportSize();
  return phone && !name.endsWith('-phone') && !!size && size.width > PHONE.width;
}

function shoot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${name}.png`);
  return page.screenshot({ path, fullPage: true }).then(() => path);
}

/**
 * Saves a full-page screenshot as frontend/test-results/<name>.png; with
 * { phone: true }, on a window wider than a phone, the same state at 390×844
 * as <name>-phone.png too (the window is put back afterwards).
 * screenshotAndAxe (axe.mjs) does that by default, and checks both sizes.
 */
export async function screenshot(page, name, { phone = false } = {}) {
  const path = await shoot(page, name);
  if (wantsPhone(page, name, phone)) await atViewport(page, PHONE, () => shoot(page, `${name}-phone`));
  return path;
}

/** Collects uncaught page errors and console errors, to fail a test on them. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** The desktop window every e2e file uses unless it tests another size. */
export const DESKTOP = { width: 1440, height: 900 };

/**
 * A browser context as a user in Beijing sees the SPA: Chinese, Asia/Shanghai,
 * a desktop window. axe: true lets axe-core be injected as a script (the
 * SPA's CSP allows only its own scripts). Other options go to Playwright.
 */
export function newContext(browser, { axe = false, viewport = DESKTOP, ...options } = {}) {
  return browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...(axe ? { bypassCSP: true } : {}), ...options });
}

/** A new context and page, with page errors collected: { ctx, page, errors }. */
export async function freshPage(browser, options = {}) {
  const ctx = await newContext(browser, options);
  const page = await ctx.newPage();
  // Patience, not timing: the machine these run on is shared and at times very loaded.
  page.setDefaultTimeout(300_000);
  return { ctx, page, errors: watchErrors(page) };
}

/** Fills and sends the login form on the page as it stands. */
export async function fillLogin(page, user, password) {
  await page.getByLabel(/用户名/).fill(user);
  await page.getByLabel(/口令/).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** Logs in through the form at baseUrl and waits until the SPA has left the login page. */
export async function logIn(page, baseUrl, user, password) {
  await page.goto(`${baseUrl}/login`);
  await fillLogin(page, user, password);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Picks an option of an Ant Design select (opened by clicking `select`) by its title. */
export async function choose(page, select, text) {
  await select.click();
  // The select's own dropdown (others may still be fading out): the one holding its listbox.
  const listId = await select.getAttribute('aria-controls');
  const dropdown = listId
    ? page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) })
    : page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):visible').last();
  await dropdown.locator(`.ant-select-item-option[title="${text}"]`).first().click();
}
