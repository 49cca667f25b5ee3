import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useI18n } from '../i18n';
import { useAuth } from './auth';

// Each screen is its own chunk, and so is the signed-in frame, so the first screen loads little.
const SignInPage = lazy(() => import('./SignInPage'));
const Shell = lazy(() => import('./Shell'));
const ChildrenPage = lazy(() => import('../features/children/ChildrenPage'));
const ChildPage = lazy(() => import('../features/children/ChildPage'));
const ChildEditPage = lazy(() => import('../features/children/ChildEditPage'));
const ChildNewPage = lazy(() => import('../features/children/ChildNewPage'));
const ChildImportPage = lazy(() => import('../features/children/ChildImportPage'));
const DuplicatesPage = lazy(() => import('../features/children/DuplicatesPage'));
const DuplicatePairPage = lazy(() => import('../features/children/DuplicatePairPage'));
const DataQualityPage = lazy(() => import('../features/children/DataQualityPage'));
const VerificationPage = lazy(() => import('../features/children/VerificationPage'));
const PopulationChangesPage = lazy(() => import('../features/children/PopulationChangesPage'));
const CorrectionRequestsPage = lazy(() => import('../features/children/CorrectionRequestsPage'));
const CasesPage = lazy(() => import('../features/cases/CasesPage'));
const CaseNewPage = lazy(() => import('../features/cases/CaseNewPage'));
const CasePage = lazy(() => import('../features/cases/CasePage'));
const ApprovalsPage = lazy(() => import('../features/approvals/ApprovalsPage'));
const ApprovalPage = lazy(() => import('../features/approvals/ApprovalPage'));
const InboxPage = lazy(() => import('../features/referrals/InboxPage'));
const ReferralPage = lazy(() => import('../features/referrals/ReferralPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const OrganizationsPage = lazy(() => import('../features/admin/OrganizationsPage'));
const WebhooksPage = lazy(() => import('../features/admin/WebhooksPage'));
const ApiKeysPage = lazy(() => import('../features/admin/ApiKeysPage'));
const CalendarPage = lazy(() => import('../features/admin/CalendarPage'));
const RetentionPage = lazy(() => import('../features/admin/RetentionPage'));
const RegisterPage = lazy(() => import('../features/admin/RegisterPage'));
const AuditPage = lazy(() => import('../features/admin/AuditPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      <Spin />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}

/** A screen that needs a session: without one, sign-in, then back here. */
function SignedIn({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'starting') return <Loading />;
  if (state.status === 'signed-out') {
    return (
      <Navigate
        to="/sign-in"
        replace
        state={{ from: location, sessionEnded: state.sessionEnded }}
      />
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Shell>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </Shell>
    </Suspense>
  );
}

/**
 * Where a user starts: the first screen their permissions open (the registry, an agency's referral
 * inbox, the figures, administration).
 */
export function homePath(can: (permission: string) => boolean): string {
  if (can('children:read')) return '/children';
  if (can('referrals:receive')) return '/inbox';
  if (can('reports:aggregate')) return '/dashboard';
  if (can('users:manage')) return '/admin/users';
  if (can('audit:read')) return '/admin/audit';
  return '/children';
}

function Home() {
  const { state, can } = useAuth();
  if (state.status === 'starting') return <Loading />;
  if (state.status === 'signed-out') return <Navigate to="/sign-in" replace />;
  return <Navigate to={homePath(can)} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <Suspense fallback={<Loading />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route path="/" element={<Home />} />
      <Route
        path="/children"
        element={
          <SignedIn>
            <ChildrenPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/new"
        element={
          <SignedIn>
            <ChildNewPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/import"
        element={
          <SignedIn>
            <ChildImportPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/duplicates"
        element={
          <SignedIn>
            <DuplicatesPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/duplicates/:id/:otherId"
        element={
          <SignedIn>
            <DuplicatePairPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/data-quality"
        element={
          <SignedIn>
            <DataQualityPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/verification"
        element={
          <SignedIn>
            <VerificationPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/population-changes"
        element={
          <SignedIn>
            <PopulationChangesPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/correction-requests"
        element={
          <SignedIn>
            <CorrectionRequestsPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/:id/edit"
        element={
          <SignedIn>
            <ChildEditPage />
          </SignedIn>
        }
      />
      <Route
        path="/children/:id"
        element={
          <SignedIn>
            <ChildPage />
          </SignedIn>
        }
      />
      <Route
        path="/cases"
        element={
          <SignedIn>
            <CasesPage />
          </SignedIn>
        }
      />
      <Route
        path="/cases/new"
        element={
          <SignedIn>
            <CaseNewPage />
          </SignedIn>
        }
      />
      <Route
        path="/cases/:id"
        element={
          <SignedIn>
            <CasePage />
          </SignedIn>
        }
      />
      <Route
        path="/approvals"
        element={
          <SignedIn>
            <ApprovalsPage />
          </SignedIn>
        }
      />
      <Route
        path="/approvals/:kind/:id"
        element={
          <SignedIn>
            <ApprovalPage />
          </SignedIn>
        }
      />
      <Route
        path="/inbox"
        element={
          <SignedIn>
            <InboxPage />
          </SignedIn>
        }
      />
      <Route
        path="/inbox/:id"
        element={
          <SignedIn>
            <ReferralPage />
          </SignedIn>
        }
      />
      <Route
        path="/dashboard"
        element={
          <SignedIn>
            <DashboardPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/users"
        element={
          <SignedIn>
            <UsersPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/organizations"
        element={
          <SignedIn>
            <OrganizationsPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/organizations/:id/webhooks"
        element={
          <SignedIn>
            <WebhooksPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/api-keys"
        element={
          <SignedIn>
            <ApiKeysPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/calendar"
        element={
          <SignedIn>
            <CalendarPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/retention"
        element={
          <SignedIn>
            <RetentionPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/register"
        element={
          <SignedIn>
            <RegisterPage />
          </SignedIn>
        }
      />
      <Route
        path="/admin/audit"
        element={
          <SignedIn>
            <AuditPage />
          </SignedIn>
        }
      />
      <Route
        path="*"
        element={
          <SignedIn>
            <NotFoundPage />
          </SignedIn>
        }
      />
    </Routes>
  );
}
