import { useState } from 'react';
import { t } from '../strings';
import { CheckboxField, NumberField, SelectField, TextAreaField } from '../ui/form';
import { errorUnder, type Draft, type SectionProps } from './event-type-draft';

const f = t.eventTypes.fields;
type Confirmation = NonNullable<Draft['confirmationPolicy']>;

function Seats({ draft, update, errors }: SectionProps) {
  const seats = draft.seats;
  return (
    <div className="d-subsection">
      <CheckboxField
        label={f.seats}
        hint={f.seatsHint}
        checked={seats !== null}
        onChange={(on) =>
          update({
            seats: on
              ? { seatsPerTimeSlot: 2, showAttendeeInfo: false, showAvailabilityCount: true }
              : null,
          })
        }
        error={seats ? undefined : errors.seats}
      />
      {seats ? (
        <div className="d-grid">
          <NumberField
            label={f.seatsPerTimeSlot}
            name="seatsPerTimeSlot"
            min={1}
            max={1000}
            value={seats.seatsPerTimeSlot}
            onChange={(n) => update({ seats: { ...seats, seatsPerTimeSlot: n ?? 0 } })}
            error={errorUnder(errors, 'seats')}
          />
          <CheckboxField
            label={f.showAttendeeInfo}
            checked={seats.showAttendeeInfo}
            onChange={(showAttendeeInfo) => update({ seats: { ...seats, showAttendeeInfo } })}
          />
          <CheckboxField
            label={f.showAvailabilityCount}
            checked={seats.showAvailabilityCount}
            onChange={(showAvailabilityCount) =>
              update({ seats: { ...seats, showAvailabilityCount } })
            }
          />
        </div>
      ) : null}
    </div>
  );
}

const frequencies = ['daily', 'weekly', 'monthly', 'yearly'] as const;

function Recurrence({ draft, update, errors }: SectionProps) {
  const recurrence = draft.recurrence;
  return (
    <div className="d-subsection">
      <CheckboxField
        label={f.recurrence}
        hint={f.recurrenceHint}
        checked={recurrence !== null}
        onChange={(on) =>
          update({ recurrence: on ? { frequency: 'weekly', interval: 1, occurrences: 4 } : null })
        }
        error={errorUnder(errors, 'recurrence')}
      />
      {recurrence ? (
        <div className="d-grid">
          <SelectField
            label={f.frequency}
            name="frequency"
            value={recurrence.frequency}
            options={frequencies.map((value) => ({ value, label: f.frequencies[value] }))}
            onChange={(value) =>
              update({
                recurrence: { ...recurrence, frequency: value as (typeof frequencies)[number] },
              })
            }
          />
          <NumberField
            label={f.interval}
            name="interval"
            min={1}
            max={1000}
            value={recurrence.interval}
            onChange={(n) => update({ recurrence: { ...recurrence, interval: n ?? 0 } })}
          />
          <NumberField
            label={f.occurrences}
            name="occurrences"
            min={1}
            max={730}
            value={recurrence.occurrences}
            onChange={(n) => update({ recurrence: { ...recurrence, occurrences: n ?? 0 } })}
          />
        </div>
      ) : null}
    </div>
  );
}

function ConfirmationPolicy({ draft, update, errors }: SectionProps) {
  const policy = draft.confirmationPolicy;
  const block = policy?.blockUnconfirmedBookingsInBooker ?? true;
  const choose = (kind: string) => {
    const next: Confirmation | null =
      kind === 'always'
        ? { type: 'always', blockUnconfirmedBookingsInBooker: block }
        : kind === 'time'
          ? {
              type: 'time',
              noticeThreshold: { unit: 'hours', count: 24 },
              blockUnconfirmedBookingsInBooker: block,
            }
          : null;
    update({ confirmationPolicy: next });
  };
  return (
    <div className="d-subsection">
      <SelectField
        label={f.confirmationPolicy}
        name="confirmationPolicy"
        value={policy?.type ?? 'off'}
        options={(['off', 'always', 'time'] as const).map((value) => ({
          value,
          label: f.confirmationKinds[value],
        }))}
        onChange={choose}
        error={errorUnder(errors, 'confirmationPolicy')}
      />
      {policy?.type === 'time' ? (
        <div className="d-grid">
          <NumberField
            label={f.noticeThresholdCount}
            name="noticeThresholdCount"
            min={1}
            value={policy.noticeThreshold.count}
            onChange={(count) =>
              update({
                confirmationPolicy: {
                  ...policy,
                  noticeThreshold: { ...policy.noticeThreshold, count: count ?? 0 },
                },
              })
            }
          />
          <SelectField
            label={f.noticeThresholdUnit}
            name="noticeThresholdUnit"
            value={policy.noticeThreshold.unit}
            options={[
              { value: 'minutes', label: f.unitMinutes },
              { value: 'hours', label: f.unitHours },
            ]}
            onChange={(unit) =>
              update({
                confirmationPolicy: {
                  ...policy,
                  noticeThreshold: { ...policy.noticeThreshold, unit: unit as 'minutes' | 'hours' },
                },
              })
            }
          />
        </div>
      ) : null}
      {policy ? (
        <CheckboxField
          label={f.blockUnconfirmed}
          checked={policy.blockUnconfirmedBookingsInBooker}
          onChange={(blockUnconfirmedBookingsInBooker) =>
            update({ confirmationPolicy: { ...policy, blockUnconfirmedBookingsInBooker } })
          }
        />
      ) : null}
    </div>
  );
}

/** Free-form metadata as JSON; the draft changes only while the text is a JSON object. */
function Metadata({ draft, update, errors }: SectionProps) {
  const [text, setText] = useState(() => JSON.stringify(draft.metadata, null, 2));
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <TextAreaField
      label={f.metadata}
      name="metadata"
      rows={4}
      value={text}
      hint={f.metadataHint}
      error={problem ?? errorUnder(errors, 'metadata')}
      onChange={(next) => {
        setText(next);
        try {
          const parsed: unknown = JSON.parse(next.trim() === '' ? '{}' : next);
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            throw new Error('not an object');
          }
          setProblem(undefined);
          update({ metadata: parsed as Record<string, unknown> });
        } catch {
          setProblem(f.metadataInvalid);
        }
      }}
    />
  );
}

export function OptionsSection(props: SectionProps) {
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.options}</legend>
      <ConfirmationPolicy {...props} />
      <Seats {...props} />
      <Recurrence {...props} />
      <Metadata {...props} />
    </fieldset>
  );
}
