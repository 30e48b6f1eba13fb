/** Shared browser plumbing for the e2e suites. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'livebase-demo';
export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 375, height: 812 } as const;
export type Viewport = typeof DESKTOP | typeof MOBILE;

export const baseUrl = (): string => inject('baseUrl');

function chromiumPath(): string {
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    /* fall through */
  }
  return '/usr/bin/chromium';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** One browser for the calling test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

/**
 * A context at the given viewport. The UI language is pinned to Chinese unless a test picks
 * another one, so an account's saved language (another test may switch it) cannot leak in.
 */
export async function newContext(browser: Browser, viewport: Viewport, storageState?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    baseURL: baseUrl(),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    storageState,
    isMobile: viewport.width < 768,
    hasTouch: viewport.width < 768,
  });
  await context.addInitScript(() => {
    try {
      if (!localStorage.getItem('livebase.locale')) localStorage.setItem('livebase.locale', 'zh-CN');
    } catch {
      /* about:blank has no storage */
    }
  });
  context.setDefaultTimeout(15_000);
  // Browser console errors/warnings and uncaught exceptions, for diagnosis after a run.
  const log = path.join(inject('artifactsDir'), 'browser-console.log');
  context.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') fs.appendFileSync(log, `[${msg.type()}] ${msg.location().url} ${msg.text()}\n`);
  });
  context.on('weberror', (err) => fs.appendFileSync(log, `[uncaught] ${err.error().message}\n`));
  return context;
}

/** Fills the login form and waits for the app shell. */
export async function uiLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('app-title').waitFor();
}

/**
 * A signed-in page for a user. The first sign-in of each user goes through the login form; later
 * ones reuse its session (the server allows 20 sign-in attempts per address per 5 minutes).
 */
export async function signedIn(browser: Browser, username: string, viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
  const stateFile = path.join(inject('authStateDir'), `${username}.json`);
  if (fs.existsSync(stateFile)) {
    const context = await newContext(browser, viewport, stateFile);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('app-title').waitFor();
    return { context, page };
  }
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await uiLogin(page, username);
  await context.storageState({ path: stateFile });
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(inject('artifactsDir'), `${name}.png`), fullPage: true });
}

/** Menu keys shown in the side menu (desktop) or the drawer (mobile), in order. */
export async function visibleMenuKeys(page: Page): Promise<string[]> {
  const menu = page.getByTestId('side-menu');
  await menu.waitFor();
  return menu.locator('[data-menu-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-menu-key') ?? ''));
}

export async function openMobileMenu(page: Page): Promise<void> {
  await page.getByTestId('menu-toggle').click();
  await page.locator('.ant-drawer-open [data-testid="side-menu"]').waitFor();
  // Wait for the slide-in to finish, so clicks land and screenshots show the whole menu.
  await page.waitForFunction(() => {
    const panel = document.querySelector('.ant-drawer-open .ant-drawer-content-wrapper');
    return panel !== null && panel.getBoundingClientRect().left >= 0 && getComputedStyle(panel).transform === 'none';
  });
}

/** The page does not scroll sideways (tables scroll inside themselves). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // Compare with the configured viewport: with mobile emulation Chromium widens the layout
  // viewport to fit overflowing content, so innerWidth would hide the problem.
  const width = page.viewportSize()?.width ?? 0;
  const scroll = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  expect(scroll, `page width at a ${width}px viewport`).toBeLessThanOrEqual(width + 1);
}

/** Chooses an option of an antd Select whose dropdown is open. */
export async function pickSelectOption(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Types into an antd TreeSelect and chooses the node with exactly this title. */
export async function pickTreeSelect(page: Page, testId: string, title: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(title);
  const node = page.locator(`.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="${title}"]`).first();
  // Chosen: the value shows the title and the search box is empty again.
  const chosen = async () => {
    const shown = await select
      .locator(`.ant-select-content[title="${title}"]`)
      .first()
      .waitFor({ timeout: 2_000 })
      .then(() => true, () => false);
    return shown && (await select.locator('input').first().inputValue()) === '';
  };
  // A click that lands while the popup is still animating in can be lost: confirm and retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    await node.click({ timeout: 5_000 }).catch(() => undefined);
    if (await chosen()) {
      await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
      return;
    }
  }
  throw new Error(`could not choose "${title}" in ${testId}`);
}

export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice').filter({ hasText: text }).first().waitFor();
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Waits until the locator's text matches (the UI refetches after a write). */
export async function waitForText(locator: Locator, pattern: string | RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.textContent({ timeout: timeoutMs }).catch(() => null);
    if (last !== null && (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(last ?? '<no single element>', `text of ${String(locator)}`).toMatch(pattern);
}
