import { useQueryClient } from '@tanstack/react-query';
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import { App } from './App.tsx';
import { InvitationPage } from './components/InvitationPage.tsx';
import { OrganisationPage } from './components/OrganisationPage.tsx';
import { readRoute } from './route.ts';
import { enterSession } from './session-cache.ts';
import { useWorkspace } from './workspace.ts';

/** A respondent has no account: the survey page shows without the application around it, and asks no session. */
function Root() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return readRoute(pathname).kind === 'respond' ? <Outlet /> : <App />;
}

/**
 * The page's addresses: `/` the organisation's overview, `/relations/<id>` one relation,
 * `/stakeholders` the stakeholders, `/map` the stakeholder map, `/settings` the organisation's
 * settings, `/scans` the trust scans with `/scans/<id>` one scan, `/scans/<id>/results` a closed
 * scan's results and `/scans/instruments` their instruments, `/decisions` the dilemmas and
 * weighed-trust assessments (with `/decisions/dilemmas/…` and `/decisions/assessments/…` for one,
 * or `new`), `/breaches/<id>` a breach of trust and its repair (all loaded only when first
 * opened), `/invite/<token>` an invitation, `/reset/<token>` a password reset link and
 * `/respond/<token>` a survey link. The server answers
 * index.html for every other path, so a deep link survives a reload.
 */
const rootRoute = createRootRoute({ component: Root });

function OverviewRoute() {
  const { session, membership, picker, onAccessChanged } = useWorkspace();
  return (
    <OrganisationPage key={membership.organisationId} membership={membership} userId={session.user.id} picker={picker} onAccessChanged={onAccessChanged} />
  );
}

const overviewRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: OverviewRoute });

export const relationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/relations/$relationId',
  component: lazyRouteComponent(() => import('./components/RelationPage.tsx'), 'RelationPage'),
});

export const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./components/SettingsPage.tsx'), 'SettingsPage'),
});

export const stakeholdersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/stakeholders',
  component: lazyRouteComponent(() => import('./components/StakeholdersPage.tsx'), 'StakeholdersPage'),
});

function InvitationRoute() {
  const { token } = useParams({ from: '/invite/$token' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <InvitationPage
      token={token}
      onAccepted={(next) => {
        enterSession(queryClient, next);
        void navigate({ to: '/', replace: true });
      }}
      onLeave={() => void navigate({ to: '/', replace: true })}
    />
  );
}

export const invitationRoute = createRoute({ getParentRoute: () => rootRoute, path: '/invite/$token', component: InvitationRoute });

export const passwordResetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset/$token',
  component: lazyRouteComponent(() => import('./components/PasswordResetPage.tsx'), 'PasswordResetPage'),
});

export const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/map',
  component: lazyRouteComponent(() => import('./components/StakeholderMapPage.tsx'), 'StakeholderMapPage'),
});

export const scansRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scans',
  component: lazyRouteComponent(() => import('./components/ScansPage.tsx'), 'ScansPage'),
});

export const instrumentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scans/instruments',
  component: lazyRouteComponent(() => import('./components/InstrumentsPage.tsx'), 'InstrumentsPage'),
});

export const scanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scans/$scanId',
  component: lazyRouteComponent(() => import('./components/ScanPage.tsx'), 'ScanPage'),
});

export const respondRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/respond/$token',
  component: lazyRouteComponent(() => import('./components/RespondPage.tsx'), 'RespondPage'),
});

export const scanResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scans/$scanId/results',
  component: lazyRouteComponent(() => import('./components/ScanResultsPage.tsx'), 'ScanResultsPage'),
});

export const decisionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions',
  component: lazyRouteComponent(() => import('./components/DecisionsPage.tsx'), 'DecisionsPage'),
});

export const newDilemmaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/dilemmas/new',
  component: lazyRouteComponent(() => import('./components/DilemmaFormPage.tsx'), 'DilemmaFormPage'),
});

export const dilemmaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/dilemmas/$dilemmaId',
  component: lazyRouteComponent(() => import('./components/DilemmaPage.tsx'), 'DilemmaPage'),
});

export const newAssessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/assessments/new',
  component: lazyRouteComponent(() => import('./components/AssessmentFormPage.tsx'), 'AssessmentFormPage'),
});

export const assessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/decisions/assessments/$assessmentId',
  component: lazyRouteComponent(() => import('./components/AssessmentPage.tsx'), 'AssessmentPage'),
});

export const breachRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/breaches/$breachId',
  component: lazyRouteComponent(() => import('./components/BreachPage.tsx'), 'BreachPage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  relationRoute,
  settingsRoute,
  stakeholdersRoute,
  mapRoute,
  scansRoute,
  instrumentsRoute,
  scanRoute,
  scanResultsRoute,
  invitationRoute,
  passwordResetRoute,
  respondRoute,
  decisionsRoute,
  newDilemmaRoute,
  dilemmaRoute,
  newAssessmentRoute,
  assessmentRoute,
  breachRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
