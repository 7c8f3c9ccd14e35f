import type { BookingOutput } from '@kairos/contracts';
import { api } from '../api';
import { useSession } from '../session';
import { t } from '../strings';
import type { useAction } from '../ui/use-action';
import { formatInstant, formatTime } from '../ui/zoned-time';

const b = t.bookings;
const apps: Record<string, string> = t.eventTypes.locations.integrations;

/** "integrations:cal-video" -> "Cal Video"; addresses and links as they are. */
const locationLabel = (location: string) => {
  const app = /^integrations?:(.+)$/.exec(location)?.[1];
  return app ? (apps[app] ?? app) : location;
};
type Action = ReturnType<typeof useAction>;

/** One booking with what a host can do to it from this tab. */
export function BookingItem(props: {
  booking: BookingOutput;
  tab: 'upcoming' | 'unconfirmed' | 'past' | 'cancelled';
  action: Action;
  onChanged: (updated?: BookingOutput) => void;
}) {
  const { booking, action, onChanged, tab } = props;
  const { session } = useSession();
  const zone = session.user.timeZone;
  const hour12 = session.user.timeFormat === 12;
  const path = `/v2/bookings/${encodeURIComponent(booking.uid)}`;
  const who = booking.attendees.map((a) => a.name).join(', ');
  const isOpen = booking.status === 'accepted' || booking.status === 'pending';
  const hasStarted = Date.parse(booking.start) <= Date.now();

  const confirm = async () => {
    const updated = await action.run(
      () => api.post<BookingOutput>(`${path}/confirm`),
      b.confirmed(who),
    );
    if (updated) onChanged(updated);
  };
  const decline = async () => {
    const reason = window.prompt(b.declineReason(who));
    if (reason === null) return;
    const body = reason.trim() ? { reason: reason.trim() } : {};
    const updated = await action.run(
      () => api.post<BookingOutput>(`${path}/decline`, body),
      b.declined(who),
    );
    if (updated) onChanged(updated);
  };
  const cancel = async () => {
    const reason = window.prompt(b.cancelReason(who));
    if (reason === null) return;
    const body = reason.trim() ? { cancellationReason: reason.trim() } : {};
    if (await action.run(() => api.post(`${path}/cancel`, body), b.cancelled(who))) onChanged();
  };
  const markAbsent = async (
    who: { email: string | null; phoneNumber?: string | undefined },
    absent: boolean,
    name: string,
  ) => {
    // A phone-only attendee has no email: the server then finds them by phone number.
    const named = who.email ? { email: who.email } : { phoneNumber: who.phoneNumber };
    const updated = await action.run(
      () => api.post<BookingOutput>(`${path}/mark-absent`, { attendees: [{ ...named, absent }] }),
      absent ? b.markedNoShow(name) : b.markedShowedUp(name),
    );
    if (updated) onChanged(updated);
  };
  const markHostAbsent = async (absent: boolean) => {
    const updated = await action.run(
      () => api.post<BookingOutput>(`${path}/mark-absent`, { host: absent }),
      absent ? b.hostMarkedAbsent : b.hostMarkedPresent,
    );
    if (updated) onChanged(updated);
  };

  return (
    <li className="d-list-item d-booking">
      <div className="d-list-main">
        <h2 className="d-list-title">{booking.title}</h2>
        <p>
          <time dateTime={booking.start}>{formatInstant(booking.start, zone, hour12)}</time> –{' '}
          <time dateTime={booking.end}>{formatTime(booking.end, zone, hour12)}</time>
        </p>
        <p className="d-muted">
          {booking.attendees.map((a) => `${a.name} <${a.email ?? a.phoneNumber}>`).join(', ')}
          {booking.location ? ` · ${locationLabel(booking.location)}` : ''}
        </p>
        <p className="d-badges">
          <span className={`d-badge d-badge-${booking.status}`}>{b.status[booking.status]}</span>
          {booking.absentHost ? <span className="d-badge">{b.hostAbsent}</span> : null}
          {booking.attendees
            .filter((a) => a.absent)
            .map((a) => (
              <span key={a.email} className="d-badge">
                {b.noShow(a.name)}
              </span>
            ))}
        </p>
        {booking.cancellationReason ? (
          <p className="d-muted">{b.reason(booking.cancellationReason)}</p>
        ) : null}
      </div>
      <div className="d-actions">
        <a
          className="button button-secondary"
          href={`/booking/${encodeURIComponent(booking.uid)}`}
          target="_blank"
          rel="noreferrer"
        >
          {b.view}
          <span className="visually-hidden"> {b.withWho(who)}</span>
        </a>
        {booking.status === 'pending' ? (
          <>
            <button type="button" className="button" onClick={() => void confirm()}>
              {b.confirm}
              <span className="visually-hidden"> {b.withWho(who)}</span>
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void decline()}
            >
              {b.decline}
              <span className="visually-hidden"> {b.withWho(who)}</span>
            </button>
          </>
        ) : null}
        {isOpen && tab !== 'past' ? (
          <>
            <a
              className="button button-secondary"
              href={`/reschedule/${encodeURIComponent(booking.uid)}`}
            >
              {b.reschedule}
              <span className="visually-hidden"> {b.withWho(who)}</span>
            </a>
            <button type="button" className="button button-danger" onClick={() => void cancel()}>
              {b.cancel}
              <span className="visually-hidden"> {b.withWho(who)}</span>
            </button>
          </>
        ) : null}
        {booking.status === 'accepted' && hasStarted ? (
          <>
            {booking.attendees.map((a) => (
              <button
                key={a.email}
                type="button"
                className="button button-secondary"
                aria-pressed={a.absent}
                onClick={() => void markAbsent(a, !a.absent, a.name)}
              >
                {b.noShowToggle(a.name)}
              </button>
            ))}
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={booking.absentHost}
              onClick={() => void markHostAbsent(!booking.absentHost)}
            >
              {b.hostAbsentToggle}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}
