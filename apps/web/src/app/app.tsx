import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { isEmbed, onEmbedUi, startEmbedBridge, type EmbedUiConfig } from '../embed/bridge';
import { BookerPage } from '../pages/booker-page';
import { BookingPage } from '../pages/booking-page';
import { ReschedulePage } from '../pages/reschedule-page';
import { UserPage } from '../pages/user-page';
import { EmbedContext } from './embed-context';
import { matchRoute, useLocationKey } from './router';
import { LoadingView, NotFoundView } from './status-views';

/** The dashboard and account pages: another bundle, loaded only on their paths. */
const DashboardApp = lazy(() =>
  import('../dashboard/index').then((module) => ({ default: module.DashboardApp })),
);

let bridgeStarted = false;

/** The booking pages (and, lazily, the dashboard), picked by path. */
export function App() {
  useLocationKey();
  const { pathname } = location;
  const { route, isEmbedPath } = matchRoute(pathname);
  const [embedUi, setEmbedUi] = useState<EmbedUiConfig>({});
  const isDashboard = route.name === 'dashboard';

  useEffect(() => {
    if (isDashboard || bridgeStarted) return;
    bridgeStarted = true;
    startEmbedBridge();
  }, [isDashboard]);
  useEffect(() => onEmbedUi((ui) => setEmbedUi((previous) => ({ ...previous, ...ui }))), []);

  const embed = useMemo(
    () => ({ isEmbed: isEmbedPath || isEmbed(), ui: embedUi }),
    [isEmbedPath, embedUi],
  );

  if (isDashboard) {
    return (
      <Suspense fallback={<LoadingView />}>
        <DashboardApp />
      </Suspense>
    );
  }
  return (
    <EmbedContext.Provider value={embed}>
      {(() => {
        switch (route.name) {
          case 'user':
            return <UserPage key={pathname} owner={{ kind: 'user', username: route.username }} />;
          case 'team':
            return <UserPage key={pathname} owner={{ kind: 'team', teamSlug: route.teamSlug }} />;
          case 'booker':
            return (
              <BookerPage
                key={pathname}
                owner={{ kind: 'user', username: route.username }}
                slug={route.slug}
              />
            );
          case 'teamBooker':
            return (
              <BookerPage
                key={pathname}
                owner={{ kind: 'team', teamSlug: route.teamSlug }}
                slug={route.slug}
              />
            );
          case 'booking':
            return <BookingPage key={pathname} uid={route.uid} />;
          case 'reschedule':
            return <ReschedulePage key={pathname} uid={route.uid} />;
          case 'notFound':
            return <NotFoundView />;
        }
      })()}
    </EmbedContext.Provider>
  );
}
