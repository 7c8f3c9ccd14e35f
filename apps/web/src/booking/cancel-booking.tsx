import type { BookingOutput, PublicEventType, PublicProfile } from '@kairos/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { cancelBooking } from '../api/public-api';
import { emitEmbedEvent } from '../embed/bridge';
import { en } from '../i18n/en';

/** "Cancel", then a reason (and, in a series, whether the later dates go too), then confirm. */
export function CancelBooking(props: {
  booking: BookingOutput;
  eventType: PublicEventType | null;
  profile: PublicProfile | null;
  seatUid: string | null;
  onCancelled: () => void;
}) {
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [alsoLater, setAlsoLater] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { booking } = props;

  const open = () => {
    setOpen(true);
    requestAnimationFrame(() => reasonRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await cancelBooking(
        booking.uid,
        props.seatUid
          ? { seatUid: props.seatUid }
          : {
              ...(reason.trim() ? { cancellationReason: reason.trim() } : {}),
              ...(alsoLater ? { cancelSubsequentBookings: true } : {}),
            },
      );
      const cancelled = Array.isArray(result) ? result[0]! : result;
      emitEmbedEvent('bookingCancelled', {
        booking: cancelled,
        organizer: props.profile
          ? { name: props.profile.name, username: props.profile.username }
          : null,
        eventType: props.eventType
          ? { id: props.eventType.id, slug: props.eventType.slug, title: props.eventType.title }
          : null,
      });
      props.onCancelled();
    } catch (failure) {
      setBusy(false);
      setError(
        failure instanceof ApiError && failure.status !== 0
          ? failure.message
          : en.booking.cancelFailed,
      );
    }
  };

  if (!isOpen) {
    return (
      <button type="button" className="button button-secondary" onClick={open}>
        {en.booking.cancel}
      </button>
    );
  }
  return (
    <form className="cancel-form" onSubmit={(event) => void submit(event)}>
      <h2>{en.booking.cancelHeading}</h2>
      {props.seatUid ? null : (
        <div className="field">
          <label className="label" htmlFor="cancel-reason">
            {en.booking.cancelReason}
          </label>
          <textarea
            id="cancel-reason"
            ref={reasonRef}
            className="input"
            rows={3}
            maxLength={1000}
            placeholder={en.booking.cancelReasonPlaceholder}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      {booking.recurringBookingUid && !props.seatUid ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={alsoLater}
            onChange={(event) => setAlsoLater(event.target.checked)}
          />
          {en.booking.cancelSeries}
        </label>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {en.booking.keep}
        </button>
        <button type="submit" className="button button-danger" disabled={isBusy}>
          {isBusy ? en.booking.cancelling : en.booking.confirmCancel}
        </button>
      </div>
    </form>
  );
}
