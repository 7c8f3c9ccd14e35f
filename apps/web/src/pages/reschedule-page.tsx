import { fetchBookingPage, preloaded } from '../api/public-api';
import { useEmbed } from '../app/embed-context';
import { Link } from '../app/link';
import { PageFrame } from '../app/page-frame';
import { pageHref } from '../app/router';
import { FailedView, LoadingView, NotFoundView } from '../app/status-views';
import { useAsync } from '../app/use-async';
import { Booker } from '../booker/booker';
import { en } from '../i18n/en';

/**
 * `/reschedule/{uid}`: the same Booker, moving the booking instead of making one; with
 * `?seatUid=`, moving only that seat of a seated booking.
 */
export function ReschedulePage({ uid }: { uid: string }) {
  const seatUid = new URLSearchParams(location.search).get('seatUid');
  const [state, reload] = useAsync(
    `${uid}/${seatUid ?? ''}`,
    () => fetchBookingPage(uid, seatUid),
    () => preloaded.booking(uid, seatUid),
  );
  const { isEmbed } = useEmbed();
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'failed') return <FailedView error={state.error} retry={reload} />;
  const { booking, eventType, profile } = state.data;
  if (!eventType || !profile) return <NotFoundView />;
  const isOver = booking.status === 'cancelled' || booking.status === 'rejected';
  if (isOver) {
    return (
      <PageFrame appearance={profile.appearance}>
        <section className="message-page">
          <h1>{booking.status === 'rejected' ? en.booking.rejected : en.booking.cancelled}</h1>
          <Link
            className="button"
            href={pageHref(`/booking/${booking.rescheduledToUid ?? booking.uid}`, {}, isEmbed)}
          >
            {booking.rescheduledToUid ? en.booking.viewNew : en.booking.viewBooking}
          </Link>
        </section>
      </PageFrame>
    );
  }
  return <Booker eventType={eventType} profile={profile} reschedule={booking} />;
}
