import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  MOBILE,
  expectNoHorizontalOverflow,
  useBrowser, newContext,
  openMobileMenu,
  screenshot,
  signedIn,
  visibleMenuKeys,
} from './helpers';

const browser = useBrowser();

describe('route guards', () => {
  it('sends an anonymous visitor to /login and back to the page afterwards', async () => {
    const context = await newContext(browser(), DESKTOP);
    const page = await context.newPage();
    try {
      await page.goto('/calendar');
      await page.getByTestId('login-card').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/calendar');
      // A wrong password shows the server's message and stays on the login page.
      await page.getByTestId('login-username').fill('streamer');
      await page.getByTestId('login-password').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
      await page.getByTestId('login-password').fill('livebase-demo');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('page-calendar').waitFor();
      expect(new URL(page.url()).pathname).toBe('/calendar');
    } finally {
      await context.close();
    }
  });

  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('a non-admin visiting /admin/users sees the 403 page (%s)', async (name, viewport) => {
    const { context, page } = await signedIn(browser(), 'streamer', viewport);
    try {
      await page.goto('/admin/users');
      await page.getByTestId('page-403').waitFor();
      expect(await page.getByTestId('page-users').count()).toBe(0);
      await expect(page.getByTestId('page-403').textContent()).resolves.toContain('没有权限');
      await screenshot(page, `403-${name}`);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('an unknown route shows the 404 page (%s)', async (name, viewport) => {
    const { context, page } = await signedIn(browser(), 'admin', viewport);
    try {
      await page.goto('/no/such/page');
      await page.getByTestId('page-404').waitFor();
      await expect(page.getByTestId('page-404').textContent()).resolves.toContain('404');
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `404-${name}`);
    } finally {
      await context.close();
    }
  });
});

describe('notification bell', () => {
  it('shows the unread count, lists the notification and marks all read', async () => {
    // A user whose only notification is the welcome: the desk's demo data gives `dept_officer` more
    // than the bell's latest six (new tickets, assignments, service-day bookings).
    const { context, page } = await signedIn(browser(), 'instructor', DESKTOP);
    try {
      const bell = page.getByTestId('notification-bell');
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) > 0);
      const count = Number(await bell.getAttribute('data-count'));
      expect(count).toBeGreaterThanOrEqual(1);
      await expect(page.locator('[data-testid="notification-bell"] .ant-badge-count').textContent()).resolves.toBe(String(count));
      await screenshot(page, 'bell-count');
      await bell.click();
      const popover = page.getByTestId('notification-popover');
      await popover.waitFor();
      await expect(popover.textContent()).resolves.toContain('欢迎使用直播基地服务平台');
      await screenshot(page, 'bell-popover');
      await page.getByTestId('notification-read-all').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count') === '0');
      await page.locator('[data-testid="notification-bell"] .ant-badge-count').waitFor({ state: 'detached' });
      // The full list agrees.
      await page.getByTestId('notification-view-all').click();
      await page.getByTestId('page-notifications').waitFor();
      await page.getByTestId('notification-item').first().waitFor();
      expect(await page.locator('[data-testid="notification-item"][data-read="false"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('language switch', () => {
  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('switches menu labels and antd to English, and back (%s)', async (name, viewport) => {
    const { context, page } = await signedIn(browser(), 'producer', viewport);
    try {
      await page.getByTestId('page-workbench').waitFor();
      await page.getByTestId('lang-en').click();
      await expect(page.getByTestId('app-title').textContent()).resolves.toBe('LiveBase Service Platform');
      if (viewport === MOBILE) await openMobileMenu(page);
      expect(await visibleMenuKeys(page)).toEqual([
        'workbench',
        'notifications',
        'calendar',
        'profile',
        'catalog.pool',
        'catalog.myProducers',
        'catalog.myProducts',
        'catalog.import',
        'matching.sampleRequests',
        'matching.matchmaking',
        'matching.cooperations',
        'matching.priceBoard',
        'matching.reliability',
        'compliance.check',
        'compliance.reports',
        'desk.new',
        'desk.mine',
        'desk.serviceDays',
      ]);
      await expect(page.getByTestId('menu-workbench').textContent()).resolves.toBe('Workbench');
      await expect(page.getByTestId('menu-catalog.myProducts').textContent()).resolves.toBe('My products');
      await expect(page.getByTestId('menu-calendar').textContent()).resolves.toBe('Working calendar');
      await expect(page.getByTestId('menu-profile').textContent()).resolves.toBe('Profile');
      await screenshot(page, `english-menu-${name}`);
      await page.getByTestId('menu-calendar').click();
      await page.getByTestId('page-calendar').waitFor();
      // antd's own texts come from its en_US locale: the date picker's "Today" button.
      await page.getByTestId('calc-date').click();
      await expect(page.locator('.ant-picker-dropdown:visible .ant-picker-now-btn, .ant-picker-dropdown:visible .ant-picker-today-btn').first().textContent()).resolves.toBe('Today');
      await page.keyboard.press('Escape');
      await screenshot(page, `english-calendar-${name}`);
      // The choice survives a reload and is the server's too.
      await page.reload();
      await expect(page.getByTestId('app-title').textContent()).resolves.toBe('LiveBase Service Platform');
      const me = await page.evaluate(async () => (await fetch('/api/me')).json());
      expect(me.locale).toBe('en');
      await page.getByTestId('lang-zh').click();
      await expect(page.getByTestId('app-title').textContent()).resolves.toBe('直播基地服务平台');
      await page.getByTestId('calc-date').click();
      await expect(page.locator('.ant-picker-dropdown:visible .ant-picker-now-btn, .ant-picker-dropdown:visible .ant-picker-today-btn').first().textContent()).resolves.toBe('今天');
    } finally {
      await context.close();
    }
  });

  it('is available on the login page', async () => {
    const context = await newContext(browser(), MOBILE);
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.getByTestId('lang-en').click();
      await expect(page.getByTestId('login-submit').textContent()).resolves.toMatch(/Sign in/);
      await page.getByTestId('lang-zh').click();
      await expect(page.getByTestId('login-submit').textContent()).resolves.toMatch(/登\s*录/);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'login-mobile');
    } finally {
      await context.close();
    }
  });
});
