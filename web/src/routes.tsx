import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { RequireModule } from './auth/RequireModule';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/login/LoginPage';
import { ForbiddenPage } from './pages/errors/ForbiddenPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { PageSpin } from './components/PageSpin';

function lazyNamed<K extends string, P extends object = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const WorkbenchPage = lazyNamed(() => import('./pages/workbench/WorkbenchPage'), 'WorkbenchPage');
const NotificationsPage = lazyNamed(() => import('./pages/notifications/NotificationsPage'), 'NotificationsPage');
const CalendarPage = lazyNamed(() => import('./pages/calendar/CalendarPage'), 'CalendarPage');
const ProfilePage = lazyNamed(() => import('./pages/profile/ProfilePage'), 'ProfilePage');
const UnitsPage = lazyNamed(() => import('./pages/admin/units/UnitsPage'), 'UnitsPage');
const UsersPage = lazyNamed(() => import('./pages/admin/users/UsersPage'), 'UsersPage');
const AuditPage = lazyNamed(() => import('./pages/admin/audit/AuditPage'), 'AuditPage');
const AdminCalendarPage = lazyNamed(() => import('./pages/admin/calendar/AdminCalendarPage'), 'AdminCalendarPage');
const PoolPage = lazyNamed(() => import('./pages/catalog/pool/PoolPage'), 'PoolPage');
const ProductDetailPage = lazyNamed(() => import('./pages/catalog/product/ProductDetailPage'), 'ProductDetailPage');
const ProductFormPage = lazyNamed(() => import('./pages/catalog/myProducts/ProductFormPage'), 'ProductFormPage');
const MyProductsPage = lazyNamed(() => import('./pages/catalog/myProducts/MyProductsPage'), 'MyProductsPage');
const MyProducersPage = lazyNamed(() => import('./pages/catalog/myProducers/MyProducersPage'), 'MyProducersPage');
const MyProducerPage = lazyNamed(() => import('./pages/catalog/myProducers/MyProducerPage'), 'MyProducerPage');
const ProducerFormPage = lazyNamed(() => import('./pages/catalog/myProducers/ProducerFormPage'), 'ProducerFormPage');
const ProducerReviewPage = lazyNamed(() => import('./pages/catalog/producerReview/ProducerReviewPage'), 'ProducerReviewPage');
const ProducerReviewDetailPage = lazyNamed(() => import('./pages/catalog/producerReview/ProducerReviewDetailPage'), 'ProducerReviewDetailPage');
const ProductReviewPage = lazyNamed(() => import('./pages/catalog/productReview/ProductReviewPage'), 'ProductReviewPage');
const SynonymsPage = lazyNamed(() => import('./pages/catalog/synonyms/SynonymsPage'), 'SynonymsPage');
const ImportPage = lazyNamed(() => import('./pages/catalog/import/ImportPage'), 'ImportPage');
const MatchingRecommendationsPage = lazyNamed(() => import('./pages/matching/recommendations/RecommendationsPage'), 'RecommendationsPage');
const MatchingMySamplesPage = lazyNamed(() => import('./pages/matching/samples/MySamplesPage'), 'MySamplesPage');
const MatchingSampleDetailPage = lazyNamed(() => import('./pages/matching/samples/SampleDetailPage'), 'SampleDetailPage');
const MatchingProfilePage = lazyNamed(() => import('./pages/matching/profile/ProfilePage'), 'ProfilePage');
const MatchingSampleRequestsPage = lazyNamed(() => import('./pages/matching/samples/SampleRequestsPage'), 'SampleRequestsPage');
const MatchingMatchmakingPage = lazyNamed(() => import('./pages/matching/matchmaking/MatchmakingPage'), 'MatchmakingPage');
const MatchingCooperationsPage = lazyNamed(() => import('./pages/matching/cooperations/CooperationsPage'), 'CooperationsPage');
const MatchingCooperationDetailPage = lazyNamed(() => import('./pages/matching/cooperations/CooperationDetailPage'), 'CooperationDetailPage');
const MatchingSessionsPage = lazyNamed(() => import('./pages/matching/sessions/SessionsPage'), 'SessionsPage');
const MatchingSessionDetailPage = lazyNamed(() => import('./pages/matching/sessions/SessionDetailPage'), 'SessionDetailPage');
const MatchingSessionFormPage = lazyNamed(() => import('./pages/matching/sessions/SessionFormPage'), 'SessionFormPage');
const MatchingPriceBoardPage = lazyNamed(() => import('./pages/matching/priceBoard/PriceBoardPage'), 'PriceBoardPage');
const MatchingReliabilityPage = lazyNamed(() => import('./pages/matching/reliability/ReliabilityPage'), 'ReliabilityPage');
const MatchingPartyMembersPage = lazyNamed(() => import('./pages/matching/party/PartyMembersPage'), 'PartyMembersPage');
const CheckPage = lazyNamed(() => import('./pages/compliance/check/CheckPage'), 'CheckPage');
const ConventionPage = lazyNamed(() => import('./pages/compliance/convention/ConventionPage'), 'ConventionPage');
const ConventionAdminPage = lazyNamed(() => import('./pages/compliance/convention/ConventionAdminPage'), 'ConventionAdminPage');
const LexiconPage = lazyNamed(() => import('./pages/compliance/lexicon/LexiconPage'), 'LexiconPage');
const MyViolationsPage = lazyNamed(() => import('./pages/compliance/violations/MyViolationsPage'), 'MyViolationsPage');
const ReportsPage = lazyNamed(() => import('./pages/compliance/violations/ReportsPage'), 'ReportsPage');
const ViolationsPage = lazyNamed(() => import('./pages/compliance/violations/ViolationsPage'), 'ViolationsPage');
const ViolationDetailPage = lazyNamed(() => import('./pages/compliance/violations/ViolationDetailPage'), 'ViolationDetailPage');
const DeskNewPage = lazyNamed(() => import('./pages/desk/NewTicketPage'), 'NewTicketPage');
const DeskMinePage = lazyNamed(() => import('./pages/desk/MyTicketsPage'), 'MyTicketsPage');
const DeskTicketPage = lazyNamed(() => import('./pages/desk/TicketDetailPage'), 'TicketDetailPage');
const DeskQueuePage = lazyNamed(() => import('./pages/desk/QueuePage'), 'QueuePage');
const DeskFollowupsPage = lazyNamed(() => import('./pages/desk/FollowupsPage'), 'FollowupsPage');
const DeskServiceDaysPage = lazyNamed(() => import('./pages/desk/ServiceDaysPage'), 'ServiceDaysPage');
const DeskServiceDayPage = lazyNamed(() => import('./pages/desk/ServiceDayPage'), 'ServiceDayPage');
const DeskDashboardPage = lazyNamed(() => import('./pages/desk/DashboardPage'), 'DashboardPage');
const AdminDeskPage = lazyNamed(() => import('./pages/admin/desk/AdminDeskPage'), 'AdminDeskPage');

/** A ticket opens for its requester (我的诉求) and for its department and dispatchers (工单队列). */
const TICKET_MODULES = ['desk.mine', 'desk.queue'] as const;

function guarded(module: string | readonly string[], page: ReactNode) {
  return (
    <RequireModule module={module}>
      <Suspense fallback={<PageSpin />}>{page}</Suspense>
    </RequireModule>
  );
}

/** Module key → route. The menu (layout/menu.tsx) uses the same paths. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={guarded('workbench', <WorkbenchPage />)} />
        <Route path="notifications" element={guarded('notifications', <NotificationsPage />)} />
        <Route path="calendar" element={guarded('calendar', <CalendarPage />)} />
        <Route path="profile" element={guarded('profile', <ProfilePage />)} />
        <Route path="catalog/pool" element={guarded('catalog.pool', <PoolPage />)} />
        <Route path="catalog/pool/:id" element={guarded('catalog.pool', <ProductDetailPage base="/catalog/pool" />)} />
        <Route path="catalog/my-producers" element={guarded('catalog.myProducers', <MyProducersPage />)} />
        <Route path="catalog/my-producers/new" element={guarded('catalog.myProducers', <ProducerFormPage />)} />
        <Route path="catalog/my-producers/:id" element={guarded('catalog.myProducers', <MyProducerPage />)} />
        <Route path="catalog/my-producers/:id/edit" element={guarded('catalog.myProducers', <ProducerFormPage />)} />
        <Route path="catalog/my-products" element={guarded('catalog.myProducts', <MyProductsPage />)} />
        <Route path="catalog/my-products/new" element={guarded('catalog.myProducts', <ProductFormPage base="/catalog/my-products" />)} />
        <Route path="catalog/my-products/:id" element={guarded('catalog.myProducts', <ProductDetailPage base="/catalog/my-products" />)} />
        <Route path="catalog/my-products/:id/edit" element={guarded('catalog.myProducts', <ProductFormPage base="/catalog/my-products" />)} />
        <Route path="catalog/producer-review" element={guarded('catalog.producerReview', <ProducerReviewPage />)} />
        <Route path="catalog/producer-review/:id" element={guarded('catalog.producerReview', <ProducerReviewDetailPage />)} />
        <Route path="catalog/product-review" element={guarded('catalog.productReview', <ProductReviewPage />)} />
        <Route path="catalog/product-review/:id" element={guarded('catalog.productReview', <ProductDetailPage base="/catalog/product-review" />)} />
        <Route path="catalog/product-review/:id/edit" element={guarded('catalog.productReview', <ProductFormPage base="/catalog/product-review" />)} />
        <Route path="catalog/synonyms" element={guarded('catalog.synonyms', <SynonymsPage />)} />
        <Route path="catalog/import" element={guarded('catalog.import', <ImportPage />)} />
        <Route path="matching/recommendations" element={guarded('matching.recommendations', <MatchingRecommendationsPage />)} />
        <Route path="matching/samples" element={guarded('matching.samples', <MatchingMySamplesPage />)} />
        <Route path="matching/samples/:id" element={guarded('matching.samples', <MatchingSampleDetailPage base="/matching/samples" />)} />
        <Route path="matching/profile" element={guarded('matching.profile', <MatchingProfilePage />)} />
        <Route path="matching/sample-requests" element={guarded('matching.sampleRequests', <MatchingSampleRequestsPage />)} />
        <Route path="matching/sample-requests/:id" element={guarded('matching.sampleRequests', <MatchingSampleDetailPage base="/matching/sample-requests" />)} />
        <Route path="matching/matchmaking" element={guarded('matching.matchmaking', <MatchingMatchmakingPage />)} />
        <Route path="matching/cooperations" element={guarded('matching.cooperations', <MatchingCooperationsPage />)} />
        <Route path="matching/cooperations/:id" element={guarded('matching.cooperations', <MatchingCooperationDetailPage />)} />
        <Route path="matching/sessions" element={guarded('matching.sessions', <MatchingSessionsPage />)} />
        <Route path="matching/sessions/new" element={guarded('matching.sessions', <MatchingSessionFormPage />)} />
        <Route path="matching/sessions/:id" element={guarded('matching.sessions', <MatchingSessionDetailPage />)} />
        <Route path="matching/sessions/:id/edit" element={guarded('matching.sessions', <MatchingSessionFormPage />)} />
        <Route path="matching/price-board" element={guarded('matching.priceBoard', <MatchingPriceBoardPage />)} />
        <Route path="matching/price-board/:productId" element={guarded('matching.priceBoard', <MatchingPriceBoardPage />)} />
        <Route path="matching/reliability" element={guarded('matching.reliability', <MatchingReliabilityPage />)} />
        <Route path="matching/party-members" element={guarded('matching.partyMembers', <MatchingPartyMembersPage />)} />
        <Route path="compliance/check" element={guarded('compliance.check', <CheckPage />)} />
        <Route path="compliance/convention" element={guarded('compliance.convention', <ConventionPage />)} />
        <Route path="compliance/convention-admin" element={guarded('compliance.conventionAdmin', <ConventionAdminPage />)} />
        <Route path="compliance/lexicon" element={guarded('compliance.lexicon', <LexiconPage />)} />
        <Route path="compliance/my-violations" element={guarded('compliance.myViolations', <MyViolationsPage />)} />
        <Route path="compliance/my-violations/:id" element={guarded('compliance.myViolations', <ViolationDetailPage base="/compliance/my-violations" />)} />
        <Route path="compliance/reports" element={guarded('compliance.reports', <ReportsPage />)} />
        <Route path="compliance/reports/:id" element={guarded('compliance.reports', <ViolationDetailPage base="/compliance/reports" />)} />
        <Route path="compliance/violations" element={guarded('compliance.violations', <ViolationsPage />)} />
        <Route path="compliance/violations/:id" element={guarded('compliance.violations', <ViolationDetailPage base="/compliance/violations" />)} />
        <Route path="desk/new" element={guarded('desk.new', <DeskNewPage />)} />
        <Route path="desk/mine" element={guarded('desk.mine', <DeskMinePage />)} />
        <Route path="desk/tickets/:id" element={guarded(TICKET_MODULES, <DeskTicketPage />)} />
        <Route path="desk/queue" element={guarded('desk.queue', <DeskQueuePage />)} />
        <Route path="desk/followups" element={guarded('desk.followups', <DeskFollowupsPage />)} />
        <Route path="desk/service-days" element={guarded('desk.serviceDays', <DeskServiceDaysPage />)} />
        <Route path="desk/service-days/:id" element={guarded('desk.serviceDays', <DeskServiceDayPage />)} />
        <Route path="desk/dashboard" element={guarded('desk.dashboard', <DeskDashboardPage />)} />
        <Route path="admin/units" element={guarded('admin.units', <UnitsPage />)} />
        <Route path="admin/users" element={guarded('admin.users', <UsersPage />)} />
        <Route path="admin/audit" element={guarded('admin.audit', <AuditPage />)} />
        <Route path="admin/calendar" element={guarded('admin.calendar', <AdminCalendarPage />)} />
        <Route path="admin/desk" element={guarded('admin.desk', <AdminDeskPage />)} />
        <Route path="403" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
