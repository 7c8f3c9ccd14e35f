import type { BookingOutput, PublicBookingPage } from '@kairos/contracts';
import { useState } from 'react';
import { fetchBookingPage, fetchSeries, preloaded } from '../api/public-api';
import { useEmbed } from '../app/embed-context';
import { Link } from '../app/link';
import { PageFrame } from '../app/page-frame';
import { pageHref } from '../app/router';
import { FailedView, LoadingView } from '../app/status-views';
import { useAsync } from '../app/use-async';
import { AddToCalendar } from '../booking/add-to-calendar';
import { CancelBooking } from '../booking/cancel-booking';
import { bookingLocationLabel } from '../booker/location-label';
import { en } from '../i18n/en';
import { formatLongDate, formatTime, zoneOffsetLabel } from '../time/format';
import { preferredHour12, preferredTimeZone } from '../time/preferences';

function headingOf(booking: BookingOutput, seatGivenUp: boolean): { title: string; body?: string } {
  if (seatGivenUp || booking.status === 'cancelled') {
    return booking.rescheduledToUid && !seatGivenUp
      ? { title: en.booking.rescheduled }
      : { title: en.booking.cancelled };
  }
  if (booking.status === 'rejected') return { title: en.booking.rejected };
  if (booking.status === 'pending')
    return { title: en.booking.pending, body: en.booking.pendingBody };
  if (Date.parse(booking.end) < Date.now()) return { title: en.booking.past };
  return { title: en.booking.accepted, body: en.booking.acceptedBody };
}

function Series({ seriesUid, zone, hour12 }: { seriesUid: string; zone: string; hour12: boolean }) {
  const [state] = useAsync(seriesUid, () => fetchSeries(seriesUid));
  if (state.status !== 'done' || !Array.isArray(state.data)) return null;
  return (
    <>
      <dt>{en.booking.series}</dt>
      <dd>
        <ol className="plain-list">
          {state.data.map((one) => (
            <li key={one.uid} className={one.status === 'cancelled' ? 'struck' : undefined}>
              {formatLongDate(one.start, zone)}, {formatTime(one.start, zone, hour12)}
              {one.status === 'cancelled' ? ` (${en.booking.seriesCancelled})` : ''}
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}

function Where({ text }: { text: string | null }) {
  const label = bookingLocationLabel(text);
  if (!label) return null;
  return (
    <>
      <dt>{en.booking.where}</dt>
      <dd>
        {/^https?:\/\//.test(label) ? (
          <a href={label} target="_blank" rel="noreferrer">
            {label}
          </a>
        ) : (
          label
        )}
      </dd>
    </>
  );
}

function BookingDetails(props: {
  page: PublicBookingPage;
  seatGivenUp: boolean;
  onChanged: () => void;
  seatUid: string | null;
}) {
  const { booking, eventType, profile } = props.page;
  const { isEmbed } = useEmbed();
  const zone = preferredTimeZone();
  const hour12 = preferredHour12();
  const heading = headingOf(booking, props.seatGivenUp);
  const isActive =
    !props.seatGivenUp && (booking.status === 'accepted' || booking.status === 'pending');
  const canChange = isActive && Date.parse(booking.start) > Date.now();
  return (
    <section className="booking" aria-labelledby="booking-heading">
      <div
        className={`booking-status booking-status-${props.seatGivenUp ? 'cancelled' : booking.status}`}
        aria-hidden="true"
      />
      <h1 id="booking-heading">{heading.title}</h1>
      {heading.body ? <p className="muted">{heading.body}</p> : null}
      {booking.rescheduledToUid ? (
        <p>
          <Link href={pageHref(`/booking/${booking.rescheduledToUid}`, {}, isEmbed)}>
            {en.booking.viewNew}
          </Link>
        </p>
      ) : null}
      <dl className="booking-details">
        <dt>{en.booking.what}</dt>
        <dd>{booking.title}</dd>
        <dt>{en.booking.when}</dt>
        <dd>
          {formatLongDate(booking.start, zone)}
          <br />
          {formatTime(booking.start, zone, hour12)} – {formatTime(booking.end, zone, hour12)} (
          {zone.replace(/_/g, ' ')}, {zoneOffsetLabel(zone, Date.parse(booking.start))})
        </dd>
        <dt>{en.booking.who}</dt>
        <dd>
          <ul className="plain-list">
            {booking.hosts.map((host) => (
              <li key={host.id}>
                {host.name ?? host.username} <span className="badge">{en.booking.host}</span>
              </li>
            ))}
            {booking.attendees.map((attendee, index) => (
              <li key={attendee.seatUid ?? `${index}`}>
                {attendee.name}{' '}
                <span className="muted">{attendee.email ?? attendee.phoneNumber}</span>
              </li>
            ))}
            {booking.guests.map((guest) => (
              <li key={guest}>
                {guest} <span className="badge">{en.booking.guest}</span>
              </li>
            ))}
          </ul>
        </dd>
        <Where text={booking.location} />
        {booking.description ? (
          <>
            <dt>{en.booking.notes}</dt>
            <dd className="pre-wrap">{booking.description}</dd>
          </>
        ) : null}
        {booking.cancellationReason ? (
          <>
            <dt>{en.booking.reason}</dt>
            <dd>{booking.cancellationReason}</dd>
          </>
        ) : null}
        {booking.recurringBookingUid ? (
          <Series seriesUid={booking.recurringBookingUid} zone={zone} hour12={hour12} />
        ) : null}
      </dl>
      {isActive ? <AddToCalendar booking={booking} organizerName={profile?.name ?? null} /> : null}
      {canChange ? (
        <div className="manage">
          <p className="muted">{en.booking.needChange}</p>
          <div className="manage-actions">
            {eventType && (!eventType.seats || props.seatUid) ? (
              <Link
                className="button button-secondary"
                href={pageHref(
                  `/reschedule/${booking.uid}`,
                  props.seatUid ? { seatUid: props.seatUid } : {},
                  isEmbed,
                )}
              >
                {en.booking.reschedule}
              </Link>
            ) : null}
            <CancelBooking
              booking={booking}
              eventType={eventType}
              profile={profile}
              seatUid={props.seatUid}
              onCancelled={props.onChanged}
            />
          </div>
        </div>
      ) : null}
      {!isActive && eventType && profile ? (
        <p>
          <Link href={pageHref(`${profile.bookingPath}/${eventType.slug}`, {}, isEmbed)}>
            {en.booking.bookAgain}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** `/booking/{uid}`: the confirmation, and where the attendee reschedules or cancels. */
export function BookingPage({ uid }: { uid: string }) {
  const seatUid = new URLSearchParams(location.search).get('seatUid');
  const [state, reload] = useAsync(
    uid,
    () => fetchBookingPage(uid, seatUid),
    () => preloaded.booking(uid, seatUid),
  );
  const [seatGivenUp, setSeatGivenUp] = useState(false);
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'failed') return <FailedView error={state.error} retry={reload} />;
  const onChanged = () => {
    if (seatUid) setSeatGivenUp(true);
    reload();
  };
  return (
    <PageFrame appearance={state.data.profile?.appearance ?? null}>
      <BookingDetails
        page={state.data}
        seatGivenUp={seatGivenUp}
        onChanged={onChanged}
        seatUid={seatUid}
      />
    </PageFrame>
  );
}
