import { t } from '../strings';
import { CheckboxField, NumberField } from '../ui/form';
import type { Draft, SectionProps } from './event-type-draft';

const f = t.eventTypes.fields;
const units = ['day', 'week', 'month', 'year'] as const;
type Limits = NonNullable<Draft['bookingLimitsCount']>;

function LimitsGroup(props: {
  name: 'bookingLimitsCount' | 'bookingLimitsDuration';
  limits: Limits | null;
  onChange: (limits: Limits | null) => void;
  errors: Record<string, string>;
}) {
  const { limits, onChange, name, errors } = props;
  return (
    <div className="d-subsection">
      <CheckboxField
        label={f[name]}
        hint={f[`${name}Hint`]}
        checked={limits !== null}
        onChange={(on) => onChange(on ? { day: 1 } : null)}
      />
      {limits ? (
        <div className="d-grid d-grid-4">
          {units.map((unit) => (
            <NumberField
              key={unit}
              label={f.limitPer[unit]}
              name={`${name}.${unit}`}
              min={1}
              value={limits[unit] ?? null}
              onChange={(value) => {
                const next: Limits = { ...limits };
                if (value === null) delete next[unit];
                else next[unit] = value;
                onChange(next);
              }}
              error={errors[`${name}.${unit}`]}
            />
          ))}
        </div>
      ) : null}
      {limits && errors[name] ? <p className="d-error">{errors[name]}</p> : null}
    </div>
  );
}

export function LimitsSection({ draft, update, errors }: SectionProps) {
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.limits}</legend>
      <LimitsGroup
        name="bookingLimitsCount"
        limits={draft.bookingLimitsCount}
        onChange={(bookingLimitsCount) => update({ bookingLimitsCount })}
        errors={errors}
      />
      <LimitsGroup
        name="bookingLimitsDuration"
        limits={draft.bookingLimitsDuration}
        onChange={(bookingLimitsDuration) => update({ bookingLimitsDuration })}
        errors={errors}
      />
    </fieldset>
  );
}
