import type { EventTypeLocation } from '@kairos/contracts';
import { t } from '../strings';
import { CheckboxField, SelectField, TextField } from '../ui/form';
import type { SectionProps } from './event-type-draft';

const l = t.eventTypes.locations;
type Kind = EventTypeLocation['type'];
const kinds: Kind[] = [
  'integration',
  'address',
  'link',
  'phone',
  'attendeeAddress',
  'attendeePhone',
  'attendeeDefined',
];
/** The conferencing apps offered first; the API knows more (Cal.com's list). */
const integrations = [
  'cal-video',
  'google-meet',
  'zoom',
  'office365-video',
  'jitsi',
  'whereby-video',
];

function blank(kind: Kind): EventTypeLocation {
  switch (kind) {
    case 'integration':
      return { type: 'integration', integration: 'cal-video' };
    case 'address':
      return { type: 'address', address: '', public: true };
    case 'link':
      return { type: 'link', link: '', public: true };
    case 'phone':
      return { type: 'phone', phone: '', public: true };
    case 'attendeeAddress':
    case 'attendeePhone':
    case 'attendeeDefined':
      return { type: kind };
  }
}

function Details(props: {
  location: EventTypeLocation;
  onChange: (location: EventTypeLocation) => void;
  error: (field: string) => string | undefined;
}) {
  const { location, onChange, error } = props;
  const isPublic =
    'public' in location ? (
      <CheckboxField
        label={l.public}
        checked={location.public}
        onChange={(value) => onChange({ ...location, public: value })}
      />
    ) : null;
  switch (location.type) {
    case 'integration':
      return (
        <SelectField
          label={l.integration}
          value={location.integration}
          options={[...new Set([location.integration, ...integrations])].map((value) => ({
            value,
            label: l.integrations[value as keyof typeof l.integrations] ?? value,
          }))}
          onChange={(value) =>
            onChange({ ...location, integration: value as typeof location.integration })
          }
          error={error('integration')}
        />
      );
    case 'address':
      return (
        <>
          <TextField
            label={l.address}
            value={location.address}
            onChange={(address) => onChange({ ...location, address })}
            error={error('address')}
          />
          {isPublic}
        </>
      );
    case 'link':
      return (
        <>
          <TextField
            label={l.link}
            type="url"
            value={location.link}
            onChange={(link) => onChange({ ...location, link })}
            error={error('link')}
          />
          {isPublic}
        </>
      );
    case 'phone':
      return (
        <>
          <TextField
            label={l.phone}
            value={location.phone}
            hint={l.phoneHint}
            onChange={(phone) => onChange({ ...location, phone })}
            error={error('phone')}
          />
          {isPublic}
        </>
      );
    case 'attendeeAddress':
    case 'attendeePhone':
    case 'attendeeDefined':
      return <p className="d-muted">{l.askedWhenBooking}</p>;
  }
}

export function LocationsEditor({ draft, update, errors }: SectionProps) {
  const set = (index: number, location: EventTypeLocation) =>
    update({ locations: draft.locations.map((old, i) => (i === index ? location : old)) });
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.locations}</legend>
      <p className="d-muted">{l.intro}</p>
      {errors.locations ? <p className="d-error">{errors.locations}</p> : null}
      <ol className="d-rows">
        {draft.locations.map((location, index) => (
          <li key={index} className="d-row">
            <SelectField
              label={l.kind(index + 1)}
              value={location.type}
              options={kinds.map((value) => ({ value, label: l.kinds[value] }))}
              onChange={(kind) => set(index, blank(kind as Kind))}
            />
            <Details
              location={location}
              onChange={(next) => set(index, next)}
              error={(field) => errors[`locations.${index}.${field}`]}
            />
            <button
              type="button"
              className="button button-secondary"
              disabled={draft.locations.length === 1}
              onClick={() => update({ locations: draft.locations.filter((_, i) => i !== index) })}
            >
              {l.remove(index + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => update({ locations: [...draft.locations, blank('address')] })}
      >
        {l.add}
      </button>
    </fieldset>
  );
}
