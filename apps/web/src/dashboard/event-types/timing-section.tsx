import type { ScheduleOutput } from '@kairos/contracts';
import { t } from '../strings';
import { CheckboxField, NumberField, SelectField, TextField } from '../ui/form';
import { errorUnder, type Draft, type SectionProps } from './event-type-draft';

const f = t.eventTypes.fields;
type Window = NonNullable<Draft['bookingWindow']>;

const minutesField = (
  { draft, update, errors }: SectionProps,
  key: 'minimumBookingNotice' | 'beforeEventBuffer' | 'afterEventBuffer' | 'offsetStart',
  max: number,
) => (
  <NumberField
    label={f[key]}
    name={key}
    min={0}
    max={max}
    value={draft[key]}
    hint={t.common.minutesHint(draft[key])}
    onChange={(value) => update({ [key]: value ?? 0 })}
    error={errors[key]}
  />
);

export function TimingSection(props: SectionProps & { schedules: ScheduleOutput[] }) {
  const { draft, update, errors } = props;
  const scheduleOptions = [
    { value: '', label: f.defaultSchedule },
    ...props.schedules.map((s) => ({ value: String(s.id), label: s.name })),
  ];
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.timing}</legend>
      <div className="d-grid">
        <SelectField
          label={f.scheduleId}
          name="scheduleId"
          value={draft.scheduleId === null ? '' : String(draft.scheduleId)}
          options={scheduleOptions}
          onChange={(value) => update({ scheduleId: value === '' ? null : Number(value) })}
          error={errors.scheduleId}
        />
        {minutesField(props, 'minimumBookingNotice', 366 * 1440)}
        {minutesField(props, 'beforeEventBuffer', 1440)}
        {minutesField(props, 'afterEventBuffer', 1440)}
        <NumberField
          label={f.slotInterval}
          name="slotInterval"
          min={1}
          max={1440}
          value={draft.slotInterval}
          hint={f.slotIntervalHint}
          onChange={(slotInterval) => update({ slotInterval })}
          error={errors.slotInterval}
        />
        {minutesField(props, 'offsetStart', 1440)}
      </div>
      <CheckboxField
        label={f.onlyShowFirstAvailableSlot}
        checked={draft.onlyShowFirstAvailableSlot}
        onChange={(onlyShowFirstAvailableSlot) => update({ onlyShowFirstAvailableSlot })}
      />
      <BookingWindow window={draft.bookingWindow} update={update} errors={errors} />
    </fieldset>
  );
}

const windowKinds = ['off', 'businessDays', 'calendarDays', 'range'] as const;

function BookingWindow(props: {
  window: Draft['bookingWindow'];
  update: SectionProps['update'];
  errors: Record<string, string>;
}) {
  const { window, update, errors } = props;
  const kind = window?.type ?? 'off';
  const today = new Date().toISOString().slice(0, 10);
  const switchTo = (next: string) => {
    const chosen: Window | null =
      next === 'businessDays' || next === 'calendarDays'
        ? {
            type: next,
            value: window && window.type !== 'range' ? window.value : 30,
            rolling: false,
          }
        : next === 'range'
          ? { type: 'range', value: [today, today] }
          : null;
    update({ bookingWindow: chosen });
  };
  return (
    <div className="d-subsection">
      <SelectField
        label={f.bookingWindow}
        name="bookingWindow"
        value={kind}
        options={windowKinds.map((value) => ({ value, label: f.bookingWindowKinds[value] }))}
        onChange={switchTo}
        error={errorUnder(errors, 'bookingWindow')}
      />
      {window && window.type !== 'range' ? (
        <div className="d-grid">
          <NumberField
            label={f.bookingWindowDays}
            name="bookingWindowValue"
            min={1}
            max={3650}
            value={window.value}
            onChange={(value) => update({ bookingWindow: { ...window, value: value ?? 0 } })}
          />
          <CheckboxField
            label={f.bookingWindowRolling}
            hint={f.bookingWindowRollingHint}
            checked={window.rolling}
            onChange={(rolling) => update({ bookingWindow: { ...window, rolling } })}
          />
        </div>
      ) : null}
      {window?.type === 'range' ? (
        <div className="d-grid">
          <TextField
            label={f.bookingWindowFrom}
            type="date"
            value={window.value[0]}
            onChange={(from) =>
              update({ bookingWindow: { ...window, value: [from, window.value[1]] } })
            }
          />
          <TextField
            label={f.bookingWindowTo}
            type="date"
            value={window.value[1]}
            onChange={(to) =>
              update({ bookingWindow: { ...window, value: [window.value[0], to] } })
            }
          />
        </div>
      ) : null}
    </div>
  );
}
