import type { BookingOutput } from '@kairos/contracts';
import { bookingLocationLabel } from '../booker/location-label';
import { en } from '../i18n/en';
import {
  googleCalendarUrl,
  icsHref,
  outlookCalendarUrl,
  type CalendarEvent,
} from './calendar-links';

/** An .ics download and Google/Outlook links for the booking. */
export function AddToCalendar(props: { booking: BookingOutput; organizerName: string | null }) {
  const { booking } = props;
  const event: CalendarEvent = {
    uid: booking.uid,
    title: booking.title,
    start: booking.start,
    end: booking.end,
    description: booking.description,
    location: bookingLocationLabel(booking.location),
    organizer: { name: props.organizerName ?? booking.host.name, email: booking.host.email },
  };
  return (
    <nav className="add-to-calendar" aria-label={en.booking.addToCalendar}>
      <p className="muted">{en.booking.addToCalendar}</p>
      <ul className="calendar-links">
        <li>
          <a
            className="button button-secondary"
            href={icsHref(event)}
            download={`${booking.uid}.ics`}
          >
            {en.booking.ics}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            href={googleCalendarUrl(event)}
            target="_blank"
            rel="noreferrer"
          >
            {en.booking.google}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            href={outlookCalendarUrl(event)}
            target="_blank"
            rel="noreferrer"
          >
            {en.booking.outlook}
          </a>
        </li>
      </ul>
    </nav>
  );
}
