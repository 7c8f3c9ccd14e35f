import type { BookingOutput, PublicEventType } from '@kairos/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import {
  createBooking,
  rescheduleBooking,
  type CreateBookingBody,
  type SlotEntry,
} from '../api/public-api';
import { en } from '../i18n/en';
import { formatLongDate, formatTime } from '../time/format';
import { seriesStarts } from '../time/recurrence';
import {
  answerOf,
  resolveFormFields,
  validateForm,
  type FieldValue,
  type FormField,
  type FormValues,
} from './booking-fields';
import { fieldId, FormFieldInput } from './form-fields';
import { LocationChoice, locationProblem, type LocationState } from './location-choice';
import { readPrefill } from './prefill';

export interface BookingFormProps {
  eventType: PublicEventType;
  slot: SlotEntry;
  duration: number;
  timeZone: string;
  hour12: boolean;
  reschedule: BookingOutput | null;
  onBack: () => void;
  onBooked: (result: BookingOutput | BookingOutput[]) => void;
  /** The time went meanwhile (409, or 422 on start): back to the times, refreshed. */
  onSlotGone: (message: string) => void;
}

/** Server field paths → the form's keys. */
function keyOfServerField(field: string): string {
  if (field.startsWith('attendee.')) return field.slice('attendee.'.length);
  if (field.startsWith('bookingFieldsResponses.')) return field.split('.')[1]!;
  if (field.startsWith('guests')) return 'guests';
  if (field === 'location') return '__location';
  if (field === 'recurrenceCount') return '__occurrences';
  return field;
}

const BUILT_IN = new Set(['name', 'email', 'notes', 'guests']);

function createBody(
  props: BookingFormProps,
  fields: FormField[],
  values: FormValues,
  extra: {
    location: LocationState;
    occurrences: number;
    metadata: Record<string, string>;
  },
): CreateBookingBody {
  const answer = (key: string) => {
    const field = fields.find((f) => f.key === key);
    return field ? answerOf(field, values[key]) : undefined;
  };
  const responses: Record<string, unknown> = {};
  for (const field of fields) {
    const value = answerOf(field, values[field.key]);
    if (!BUILT_IN.has(field.key) && value !== undefined) responses[field.key] = value;
  }
  const { eventType } = props;
  const notes = answer('notes') as string | undefined;
  const guests = answer('guests') as string[] | undefined;
  const location = extra.location.chosen;
  return {
    eventTypeId: eventType.id,
    start: new Date(props.slot.start).toISOString(),
    attendee: {
      name: answer('name') as string,
      email: answer('email') as string,
      timeZone: props.timeZone,
      language: 'en',
      ...(notes ? { notes } : {}),
    },
    ...(guests?.length ? { guests } : {}),
    ...(location ? { location: extra.location.input() } : {}),
    ...(eventType.lengthInMinutesOptions?.length ? { lengthInMinutes: props.duration } : {}),
    ...(Object.keys(responses).length ? { bookingFieldsResponses: responses } : {}),
    ...(Object.keys(extra.metadata).length ? { metadata: extra.metadata } : {}),
    ...(eventType.recurrence ? { recurrenceCount: extra.occurrences } : {}),
  };
}

/** The booking form: fields from the event type, location, a recurring series' dates, submit. */
export function BookingForm(props: BookingFormProps) {
  const { eventType, reschedule } = props;
  const [fields] = useState(() => resolveFormFields(eventType, reschedule !== null));
  const [prefill] = useState(() => readPrefill(fields, location.search));
  const [values, setValues] = useState<FormValues>(prefill.values);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const maxOccurrences = eventType.recurrence?.occurrences ?? 1;
  const [occurrences, setOccurrences] = useState(String(maxOccurrences));
  const [locationState, setLocationState] = useState<LocationState | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:not([readonly]), textarea, select')?.focus();
  }, []);

  const occurrenceCount = Number(occurrences);
  const occurrencesValid =
    Number.isInteger(occurrenceCount) && occurrenceCount >= 1 && occurrenceCount <= maxOccurrences;

  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const reasonField = fields.find((field) => field.key === 'rescheduleReason');
  const reason = reasonField
    ? (answerOf(reasonField, values.rescheduleReason) as string)
    : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateForm(fields, values);
    const locationError = reschedule ? null : locationProblem(locationState);
    if (locationError) found.__location = locationError;
    if (eventType.recurrence && !reschedule && !occurrencesValid)
      found.__occurrences = en.validation.occurrences(maxOccurrences);
    setGeneral(null);
    if (Object.keys(found).length) return showErrors(found);
    setErrors({});
    setSubmitting(true);
    try {
      const result = reschedule
        ? await rescheduleBooking(reschedule.uid, {
            start: new Date(props.slot.start).toISOString(),
            ...(reason ? { reschedulingReason: reason } : {}),
            // A seat holder moves only their seat (Cal.com's seated reschedule).
            ...(reschedule.seatUid ? { seatUid: reschedule.seatUid } : {}),
          })
        : await createBooking(
            createBody(props, fields, values, {
              location: locationState!,
              occurrences: occurrenceCount,
              metadata: prefill.metadata,
            }),
          );
      props.onBooked(result);
    } catch (error) {
      setSubmitting(false);
      handleFailure(error);
    }
  };

  const handleFailure = (error: unknown) => {
    if (!(error instanceof ApiError)) return setGeneral(en.error.title);
    if (error.code === 'CONFLICT') return props.onSlotGone(en.taken);
    if (error.status === 422 && error.details.some((d) => d.field === 'start'))
      return props.onSlotGone(en.unavailableNow);
    if (error.status === 422 && error.details.length) {
      const found: Record<string, string> = {};
      for (const detail of error.details) found[keyOfServerField(detail.field)] ??= detail.message;
      return showErrors(found);
    }
    setGeneral(error.status === 0 ? en.error.network : error.message);
  };

  const labelOf = (key: string) =>
    key === '__location'
      ? en.form.location
      : key === '__occurrences'
        ? en.form.occurrences
        : (fields.find((field) => field.key === key)?.label ?? key);
  const setValue = (key: string, value: FieldValue) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errorList = Object.entries(errors);
  const series =
    eventType.recurrence && !reschedule && occurrencesValid
      ? seriesStarts(
          props.slot.start,
          props.timeZone,
          eventType.recurrence.frequency,
          eventType.recurrence.interval,
          occurrenceCount,
        )
      : [];
  const submitLabel = reschedule
    ? en.form.submitReschedule
    : eventType.requiresConfirmation
      ? en.form.submitPending
      : en.form.submit;

  return (
    <form
      className="booking-form"
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{en.form.heading}</h2>
      {errorList.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{en.form.summaryHeading}</p>
          <ul>
            {errorList.map(([key, message]) => (
              <li key={key}>
                <a href={`#${fieldId(key)}`}>
                  {labelOf(key)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {fields.map((field) => (
        <FormFieldInput
          key={field.key}
          field={field}
          value={values[field.key]!}
          error={errors[field.key]}
          locked={field.disableOnPrefill && prefill.prefilled.has(field.key)}
          onChange={(value) => setValue(field.key, value)}
        />
      ))}
      {reschedule ? null : (
        <LocationChoice
          locations={eventType.locations}
          error={errors.__location}
          onChange={setLocationState}
        />
      )}
      {eventType.recurrence && !reschedule ? (
        <div className="field">
          <label className="label" htmlFor={fieldId('__occurrences')}>
            {en.form.occurrences}
          </label>
          <input
            id={fieldId('__occurrences')}
            className="input input-narrow"
            type="number"
            min={1}
            max={maxOccurrences}
            value={occurrences}
            aria-invalid={errors.__occurrences ? true : undefined}
            onChange={(event) => setOccurrences(event.target.value)}
          />
          {errors.__occurrences ? <p className="field-error">{errors.__occurrences}</p> : null}
          {series.length ? (
            <details className="series" open>
              <summary>{en.form.seriesPreview}</summary>
              <ol>
                {series.map((start) => (
                  <li key={start}>
                    {formatLongDate(start, props.timeZone)},{' '}
                    {formatTime(start, props.timeZone, props.hour12)}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </div>
      ) : null}
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {en.form.back}
        </button>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? en.form.submitting : submitLabel}
        </button>
      </div>
    </form>
  );
}
