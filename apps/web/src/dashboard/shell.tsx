import { useEffect, useRef } from 'react';
import { navigate } from '../app/router';
import { api } from './api';
import { ApiKeysPage } from './api-keys/api-keys-page';
import { AvailabilityPage } from './availability/availability-page';
import { ScheduleEditor } from './availability/schedule-editor';
import { BookingsPage } from './bookings/bookings-page';
import { EventTypeEditor } from './event-types/event-type-editor';
import { EventTypesPage } from './event-types/event-types-page';
import { matchDashboard, paths, type DashboardRoute } from './routes';
import { useSession } from './session';
import { SettingsPage } from './settings/settings-page';
import { t } from './strings';
import { TeamEventTypeEditor } from './teams/team-event-type-editor';
import { TeamPage } from './teams/team-page';
import { TeamsPage } from './teams/teams-page';
import { AppLink } from './ui/widgets';
import { WebhookPage } from './webhooks/webhook-page';
import { WebhooksPage } from './webhooks/webhooks-page';

const sections = [
  { href: paths.eventTypes, label: t.nav.eventTypes, pages: ['eventTypes', 'eventType'] },
  { href: paths.availability, label: t.nav.availability, pages: ['availability', 'schedule'] },
  { href: paths.bookings, label: t.nav.bookings, pages: ['bookings'] },
  { href: paths.teams, label: t.nav.teams, pages: ['teams', 'team', 'teamEventType'] },
  { href: paths.webhooks, label: t.nav.webhooks, pages: ['webhooks', 'webhook'] },
  { href: paths.apiKeys, label: t.nav.apiKeys, pages: ['apiKeys'] },
  { href: paths.settings, label: t.nav.settings, pages: ['settings'] },
] as const;

function Page({ route }: { route: DashboardRoute }) {
  switch (route.page) {
    case 'eventTypes':
      return <EventTypesPage />;
    case 'eventType':
      return <EventTypeEditor id={route.id} />;
    case 'availability':
      return <AvailabilityPage />;
    case 'schedule':
      return <ScheduleEditor id={route.id} />;
    case 'bookings':
      return <BookingsPage />;
    case 'apiKeys':
      return <ApiKeysPage />;
    case 'webhooks':
      return <WebhooksPage />;
    case 'webhook':
      return <WebhookPage id={route.id} />;
    case 'teams':
      return <TeamsPage />;
    case 'team':
      return <TeamPage id={route.id} />;
    case 'teamEventType':
      return <TeamEventTypeEditor teamId={route.teamId} id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'login':
    case 'signup':
    case 'resetPassword':
    case 'notFound':
      return (
        <section>
          <h1 id="page-title" tabIndex={-1}>
            {t.common.notFound}
          </h1>
        </section>
      );
  }
}

/** The signed-in frame: skip link, navigation, the account, and the page. */
export function Shell() {
  const { session } = useSession();
  const route = matchDashboard(location.pathname);
  const isFirstPage = useRef(true);
  const pathname = location.pathname;

  useEffect(() => {
    if (pathname === '/dashboard' || pathname === '/dashboard/') {
      navigate(paths.home, { replace: true });
    }
  }, [pathname]);
  // After moving to another page, its heading takes focus, so a screen reader starts there.
  useEffect(() => {
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [pathname]);

  const signOut = async () => {
    await api.post('/v2/auth/logout').catch(() => undefined);
    navigate(paths.login, { replace: true });
  };

  return (
    <div className="d-app">
      <a className="d-skip" href="#main">
        {t.nav.skip}
      </a>
      <header className="d-topbar">
        <span className="d-brand">{t.productName}</span>
        <span className="d-account">
          <span>{session.user.name}</span>
          <button type="button" className="button button-secondary" onClick={() => void signOut()}>
            {t.nav.signOut}
          </button>
        </span>
      </header>
      <div className="d-body">
        <nav className="d-nav" aria-label={t.nav.label}>
          <ul>
            {sections.map((section) => {
              const isCurrent = (section.pages as readonly string[]).includes(route.page);
              return (
                <li key={section.href}>
                  <AppLink href={section.href} aria-current={isCurrent ? 'page' : undefined}>
                    {section.label}
                  </AppLink>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" className="d-main" tabIndex={-1}>
          <Page key={pathname} route={route} />
        </main>
      </div>
    </div>
  );
}
