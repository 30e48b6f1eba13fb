import { describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, useBrowser, openMobileMenu, screenshot, signedIn, visibleMenuKeys } from './helpers';

const COMMON = ['workbench', 'notifications', 'calendar', 'profile', 'catalog.pool', 'compliance.check'];
const REQUESTER_DESK = ['desk.new', 'desk.mine', 'desk.serviceDays'];
const PRODUCT_SIDE_MATCHING = ['matching.sampleRequests', 'matching.matchmaking', 'matching.cooperations', 'matching.priceBoard'];
const PRODUCER = [...COMMON.slice(0, 5), 'catalog.myProducers', 'catalog.myProducts', 'catalog.import', ...PRODUCT_SIDE_MATCHING, 'matching.reliability', 'compliance.check', 'compliance.reports', ...REQUESTER_DESK];
const STREAMER = [...COMMON.slice(0, 5), 'matching.recommendations', 'matching.samples', 'matching.profile', 'matching.cooperations', 'matching.sessions', 'matching.priceBoard', 'compliance.check', 'compliance.convention', 'compliance.myViolations', 'compliance.reports', ...REQUESTER_DESK];
const STAFF_COMPLIANCE = ['compliance.check', 'compliance.violations', 'compliance.conventionAdmin', 'compliance.lexicon'];
const STAFF = [...COMMON.slice(0, 5), 'catalog.producerReview', 'catalog.productReview', 'catalog.synonyms', 'catalog.import', 'matching.sampleRequests', 'matching.matchmaking', 'matching.cooperations', 'matching.sessions', 'matching.priceBoard', ...STAFF_COMPLIANCE, 'desk.queue', 'desk.serviceDays', 'desk.dashboard'];
const ADMIN = [...STAFF, 'admin.units', 'admin.users', 'admin.audit', 'admin.calendar', 'admin.desk'];
const LABELS: Record<string, string> = {
  workbench: '工作台',
  notifications: '消息通知',
  calendar: '工作日历',
  profile: '个人设置',
  'catalog.pool': '选品池',
  'catalog.myProducers': '我的生产主体',
  'catalog.myProducts': '我的商品',
  'catalog.producerReview': '主体审核',
  'catalog.productReview': '商品核验',
  'catalog.synonyms': '搜索同义词',
  'catalog.import': '批量导入',
  'matching.recommendations': '为你选品',
  'matching.samples': '我的样品',
  'matching.profile': '主播资料与信用',
  'matching.sampleRequests': '样品申请',
  'matching.matchmaking': '主播匹配',
  'matching.cooperations': '合作',
  'matching.sessions': '直播场次',
  'matching.priceBoard': '价格看板',
  'matching.reliability': '我的履约分',
  'matching.partyMembers': '党员主播确认',
  'compliance.check': '合规检查',
  'compliance.convention': '主播公约',
  'compliance.myViolations': '我的违规记录',
  'compliance.reports': '违规举报',
  'compliance.violations': '违规处理',
  'compliance.conventionAdmin': '公约与签署',
  'compliance.lexicon': '合规词库',
  'desk.new': '提交诉求',
  'desk.mine': '我的诉求',
  'desk.queue': '工单队列',
  'desk.followups': '回访任务',
  'desk.serviceDays': '上门服务日',
  'desk.dashboard': '办理统计',
  'admin.units': '组织机构',
  'admin.users': '用户管理',
  'admin.audit': '审计日志',
  'admin.calendar': '节假日维护',
  'admin.desk': '部门与分派',
};

const ROLE_MENUS: [string, string[]][] = [
  ['admin', ADMIN],
  ['base_staff', STAFF],
  ['org_secretary', [...COMMON.slice(0, 5), 'matching.partyMembers', 'compliance.check']],
  ['instructor', COMMON],
  ['dept_officer', [...COMMON, 'desk.queue', 'desk.followups', 'desk.serviceDays', 'desk.dashboard']],
  ['reviewer', COMMON],
  ['streamer', STREAMER],
  ['producer', PRODUCER],
];

const browser = useBrowser();

describe('each demo role sees exactly its menu', () => {
  describe.each(ROLE_MENUS)('%s', (username, expected) => {
    it('at 1280×800', async () => {
      const { context, page } = await signedIn(browser(), username, DESKTOP);
      try {
        await page.getByTestId('page-workbench').waitFor();
        expect(await visibleMenuKeys(page)).toEqual(expected);
        for (const key of expected) await expect(page.getByTestId(`menu-${key}`).textContent()).resolves.toBe(LABELS[key]);
        await expect(page.getByTestId('welcome').textContent()).resolves.toMatch(/^您好，/);
        await screenshot(page, `menu-${username}-desktop`);
      } finally {
        await context.close();
      }
    });

    it('at 375×812 (menu in a drawer)', async () => {
      const { context, page } = await signedIn(browser(), username, MOBILE);
      try {
        await page.getByTestId('page-workbench').waitFor();
        expect(await page.getByTestId('app-sider').count()).toBe(0);
        await openMobileMenu(page);
        expect(await visibleMenuKeys(page)).toEqual(expected);
        await screenshot(page, `menu-${username}-mobile`);
        // Following an entry closes the drawer and opens the page.
        await page.getByTestId('menu-calendar').click();
        await page.getByTestId('page-calendar').waitFor();
        await page.locator('.ant-drawer-open').waitFor({ state: 'detached', timeout: 5_000 });
        await expectNoHorizontalOverflow(page);
      } finally {
        await context.close();
      }
    });
  });
});
