import type { PublicEventType } from '@kairos/contracts';
import { useEffect, useState } from 'react';
import { en } from '../i18n/en';
import { fieldId } from './form-fields';
import { asksAttendee, locationInput, locationLabel, type EventLocation } from './location-label';

export interface LocationState {
  /** null: the event type names no location (the server picks its default). */
  chosen: EventLocation | null;
  answer: string;
  input: () => Record<string, string>;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** Why the location cannot be sent yet, or null. */
export function locationProblem(state: LocationState | null): string | null {
  if (!state?.chosen || !asksAttendee(state.chosen)) return null;
  if (!state.answer.trim()) return en.validation.required;
  if (state.chosen.type === 'attendeePhone' && !E164.test(state.answer.replace(/[\s()-]/g, '')))
    return en.validation.phone;
  return null;
}

const answerLabel = (location: EventLocation) =>
  location.type === 'attendeePhone'
    ? en.form.yourPhone
    : location.type === 'attendeeAddress'
      ? en.form.yourAddress
      : en.form.yourLocation;

/**
 * Where to meet: a choice when the event type offers several places, and a box for the
 * attendee's phone, address or place when the chosen one asks for it.
 */
export function LocationChoice(props: {
  locations: PublicEventType['locations'];
  error: string | undefined;
  onChange: (state: LocationState) => void;
}) {
  const { locations, onChange } = props;
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState(
    () => new URLSearchParams(location.search).get('location') ?? '',
  );
  const chosen = locations[index] ?? null;
  useEffect(() => {
    onChange({
      chosen,
      answer,
      input: () => (chosen ? locationInput(chosen, answer) : {}),
    });
  }, [chosen, answer, onChange]);

  const id = fieldId('__location');
  const needsAnswer = chosen !== null && asksAttendee(chosen);
  const describedBy = props.error ? `${id}-error` : undefined;
  return (
    <>
      {locations.length > 1 ? (
        <fieldset className="field" id={id} aria-describedby={describedBy}>
          <legend className="label">{en.form.location}</legend>
          {locations.map((location, i) => (
            <label key={i} className="choice">
              <input type="radio" name={id} checked={i === index} onChange={() => setIndex(i)} />
              {locationLabel(location)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {needsAnswer ? (
        <div className="field">
          <label className="label" htmlFor={`${id}-answer`}>
            {answerLabel(chosen)}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={`${id}-answer`}
            className="input"
            type={chosen.type === 'attendeePhone' ? 'tel' : 'text'}
            autoComplete={chosen.type === 'attendeePhone' ? 'tel' : undefined}
            value={answer}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setAnswer(event.target.value)}
          />
        </div>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}
