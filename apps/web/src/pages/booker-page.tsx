import { fetchBookingPage, fetchEventTypePage, preloaded, type Owner } from '../api/public-api';
import { FailedView, LoadingView } from '../app/status-views';
import { useAsync } from '../app/use-async';
import { Booker } from '../booker/booker';

/**
 * `/{username}/{eventSlug}` and `/team/{teamSlug}/{eventSlug}`: the Booker. Cal.com's
 * `?rescheduleUid=` reschedules that booking here, as `/reschedule/{uid}` does.
 */
export function BookerPage({ owner, slug }: { owner: Owner; slug: string }) {
  const rescheduleUid = new URLSearchParams(location.search).get('rescheduleUid');
  const load = async () => {
    const [page, booking] = await Promise.all([
      fetchEventTypePage(owner, slug),
      rescheduleUid ? fetchBookingPage(rescheduleUid) : null,
    ]);
    const reschedule =
      booking &&
      booking.eventType?.id === page.eventType.id &&
      booking.booking.status !== 'cancelled'
        ? booking.booking
        : null;
    return { ...page, reschedule };
  };
  const [state, reload] = useAsync(`${JSON.stringify(owner)}/${slug}`, load, () => {
    const page = rescheduleUid ? undefined : preloaded.eventType(owner, slug);
    return page && { ...page, reschedule: null };
  });
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'failed') return <FailedView error={state.error} retry={reload} />;
  return <Booker {...state.data} />;
}
