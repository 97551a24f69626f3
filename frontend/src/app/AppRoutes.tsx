import { TwoFactorGate } from '../modules/security/TwoFactorGate';
import type { Role } from '@rafiq/shared';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { GuestOnly, RequireAuth, RequireRole } from '../modules/auth';
// The permission rules only (not the feature modules' index), so that the features' code stays
// in their own chunks, loaded when first visited.
import { managesPeople, seesPeople } from '../modules/people/permissions';
import { createsPrograms, readsPrograms } from '../modules/programs/permissions';
import { assignsCohorts, managesSessions } from '../modules/sessions/permissions';
import { seesBoard } from '../modules/ventures/permissions';
import { seesImpact } from '../modules/impact/permissions';
import { managesCooperatives, seesCooperatives } from '../modules/cooperatives/permissions';
import { seesFollowUps } from '../modules/follow-ups/permissions';
import { seesComplaints } from '../modules/complaints/permissions';
import { readsAudit } from '../modules/audit/permissions';
import { seesCoaches } from '../modules/coaches/permissions';
import { seesSettings } from '../modules/settings/permissions';
import { importsPeople } from '../modules/imports/permissions';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { LoadingState } from '../ui';
import { AppLayout } from './AppLayout';
import { RootLayout } from './RootLayout';

const ProfilePage = lazy(() => import('../pages/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const PeoplePage = lazy(() => import('../pages/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('../pages/PersonPage').then((m) => ({ default: m.PersonPage })));
const NewPersonPage = lazy(() => import('../pages/NewPersonPage').then((m) => ({ default: m.NewPersonPage })));
const EditPersonPage = lazy(() => import('../pages/EditPersonPage').then((m) => ({ default: m.EditPersonPage })));
const ProgramsPage = lazy(() => import('../pages/ProgramsPage').then((m) => ({ default: m.ProgramsPage })));
const ProgramPage = lazy(() => import('../pages/ProgramPage').then((m) => ({ default: m.ProgramPage })));
const NewProgramPage = lazy(() => import('../pages/NewProgramPage').then((m) => ({ default: m.NewProgramPage })));
const AgendaPage = lazy(() => import('../pages/AgendaPage').then((m) => ({ default: m.AgendaPage })));
const SessionsNewPage = lazy(() => import('../pages/SessionsNewPage').then((m) => ({ default: m.SessionsNewPage })));
const SessionsAttendancePage = lazy(() => import('../pages/SessionsAttendancePage').then((m) => ({ default: m.SessionsAttendancePage })));
const CalendarPage = lazy(() => import('../pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CohortAssignmentPage = lazy(() => import('../pages/CohortAssignmentPage').then((m) => ({ default: m.CohortAssignmentPage })));
const SessionsDetailPage = lazy(() => import('../pages/SessionsDetailPage').then((m) => ({ default: m.SessionsDetailPage })));
const ImpactPage = lazy(() => import('../pages/ImpactPage').then((m) => ({ default: m.ImpactPage })));
const VenturesPage = lazy(() => import('../pages/VenturesPage').then((m) => ({ default: m.VenturesPage })));
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const CoachesPage = lazy(() => import('../pages/CoachesPage').then((m) => ({ default: m.CoachesPage })));
const NewVenturePage = lazy(() => import('../pages/NewVenturePage').then((m) => ({ default: m.NewVenturePage })));
const VenturePage = lazy(() => import('../pages/VenturePage').then((m) => ({ default: m.VenturePage })));
const CooperativesPage = lazy(() => import('../pages/CooperativesPage').then((m) => ({ default: m.CooperativesPage })));
const CooperativePage = lazy(() => import('../pages/CooperativePage').then((m) => ({ default: m.CooperativePage })));
const AuditPage = lazy(() => import('../pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const FollowUpsPage = lazy(() => import('../pages/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage })));
const ImportsPage = lazy(() => import('../pages/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const DataQualityPage = lazy(() => import('../pages/DataQualityPage').then((m) => ({ default: m.DataQualityPage })));
const ImportHistoryPage = lazy(() => import('../pages/ImportHistoryPage').then((m) => ({ default: m.ImportHistoryPage })));
const ComplaintsPage = lazy(() => import('../pages/ComplaintsPage').then((m) => ({ default: m.ComplaintsPage })));
const NewCooperativePage = lazy(() => import('../pages/NewCooperativePage').then((m) => ({ default: m.NewCooperativePage })));
const DiagnosticPage = lazy(() => import('../pages/DiagnosticPage').then((m) => ({ default: m.DiagnosticPage })));
const ComplaintPage = lazy(() => import('../pages/ComplaintPage').then((m) => ({ default: m.ComplaintPage })));

function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loading')} />;
}

/** A page for some roles only, loaded on first visit. */
function only(allow: (role: Role) => boolean, Page: ComponentType) {
  return (
    <RequireRole allow={allow}>
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    </RequireRole>
  );
}

/** All routes; used with the browser router in the app and a memory router in tests. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route
          path="login"
          element={
            <GuestOnly>
              <LoginPage />
            </GuestOnly>
          }
        />
        <Route
          element={
            <RequireAuth>
              <TwoFactorGate>
                <AppLayout />
              </TwoFactorGate>
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route
            path="profile"
            element={
              <Suspense fallback={<PageLoading />}>
                <ProfilePage />
              </Suspense>
            }
          />
          <Route path="people" element={only(seesPeople, PeoplePage)} />
          <Route path="people/new" element={only(managesPeople, NewPersonPage)} />
          <Route path="people/:id" element={only(seesPeople, PersonPage)} />
          <Route path="people/:id/edit" element={only(seesPeople, EditPersonPage)} />
          <Route path="programs" element={only(readsPrograms, ProgramsPage)} />
          <Route path="programs/new" element={only(createsPrograms, NewProgramPage)} />
          <Route path="programs/:id" element={only(readsPrograms, ProgramPage)} />
          <Route path="agenda" element={only(managesSessions, AgendaPage)} />
          <Route path="follow-ups" element={only(seesFollowUps, FollowUpsPage)} />
          <Route path="audit" element={only(readsAudit, AuditPage)} />
          <Route path="calendar" element={only(managesSessions, CalendarPage)} />
          <Route path="cohorts/:id/assign-coaches" element={only(assignsCohorts, CohortAssignmentPage)} />
          <Route path="sessions/new" element={only(managesSessions, SessionsNewPage)} />
          <Route path="sessions/:id" element={only(managesSessions, SessionsDetailPage)} />
          <Route path="sessions/:id/attendance" element={only(managesSessions, SessionsAttendancePage)} />
          <Route path="ventures" element={only(seesBoard, VenturesPage)} />
          <Route path="ventures/new" element={only(seesBoard, NewVenturePage)} />
          <Route path="ventures/:id" element={only(seesBoard, VenturePage)} />
          <Route path="cooperatives" element={only(seesCooperatives, CooperativesPage)} />
          <Route path="cooperatives/new" element={only(managesCooperatives, NewCooperativePage)} />
          <Route path="cooperatives/:id" element={only(seesCooperatives, CooperativePage)} />
          <Route path="coaches" element={only(seesCoaches, CoachesPage)} />
          <Route path="settings" element={only(seesSettings, SettingsPage)} />
          <Route path="imports" element={only(importsPeople, ImportsPage)} />
          <Route path="imports/history" element={only(importsPeople, ImportHistoryPage)} />
          <Route path="data-quality" element={only(importsPeople, DataQualityPage)} />
          <Route path="impact" element={only(seesImpact, ImpactPage)} />
          <Route path="diagnostics/:id" element={only(() => true, DiagnosticPage)} />
          <Route path="complaints" element={only(seesComplaints, ComplaintsPage)} />
          <Route path="complaints/:id" element={only(seesComplaints, ComplaintPage)} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
