import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { RequireModule } from './auth/RequireModule';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/login/LoginPage';
import { ForbiddenPage } from './pages/errors/ForbiddenPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { PageSpin } from './components/PageSpin';

function lazyNamed<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
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

function guarded(module: string, page: ReactNode) {
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
        <Route path="admin/units" element={guarded('admin.units', <UnitsPage />)} />
        <Route path="admin/users" element={guarded('admin.users', <UsersPage />)} />
        <Route path="admin/audit" element={guarded('admin.audit', <AuditPage />)} />
        <Route path="admin/calendar" element={guarded('admin.calendar', <AdminCalendarPage />)} />
        <Route path="403" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
