import { useState } from 'react';
import { t } from '../strings';
import { CheckboxField, NumberField, TextAreaField, TextField } from '../ui/form';
import { errorUnder, parseLengths, type SectionProps } from './event-type-draft';

const f = t.eventTypes.fields;

export function BasicsSection({ draft, update, errors }: SectionProps) {
  const [lengths, setLengths] = useState(draft.lengthInMinutesOptions?.join(', ') ?? '');
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.basics}</legend>
      <div className="d-grid">
        <TextField
          label={f.title}
          name="title"
          value={draft.title}
          onChange={(title) => update({ title })}
          error={errors.title}
        />
        <TextField
          label={f.slug}
          name="slug"
          value={draft.slug}
          onChange={(slug) => update({ slug })}
          error={errors.slug}
        />
        <NumberField
          label={f.lengthInMinutes}
          name="lengthInMinutes"
          min={1}
          max={1440}
          value={draft.lengthInMinutes}
          onChange={(value) => update({ lengthInMinutes: value ?? 0 })}
          error={errors.lengthInMinutes}
        />
        <TextField
          label={f.lengthInMinutesOptions}
          name="lengthInMinutesOptions"
          value={lengths}
          hint={f.lengthInMinutesOptionsHint}
          onChange={(text) => {
            setLengths(text);
            update({ lengthInMinutesOptions: parseLengths(text) });
          }}
          error={errorUnder(errors, 'lengthInMinutesOptions')}
        />
      </div>
      <TextAreaField
        label={f.description}
        name="description"
        rows={4}
        value={draft.description ?? ''}
        onChange={(text) => update({ description: text === '' ? null : text })}
        error={errors.description}
      />
      <TextField
        label={f.successRedirectUrl}
        name="successRedirectUrl"
        type="url"
        value={draft.successRedirectUrl ?? ''}
        hint={f.successRedirectUrlHint}
        onChange={(text) => update({ successRedirectUrl: text.trim() === '' ? null : text.trim() })}
        error={errors.successRedirectUrl}
      />
      <CheckboxField
        label={f.hidden}
        hint={f.hiddenHint}
        checked={draft.hidden}
        onChange={(hidden) => update({ hidden })}
      />
      <CheckboxField
        label={f.disableGuests}
        checked={draft.disableGuests}
        onChange={(disableGuests) => update({ disableGuests })}
      />
      <CheckboxField
        label={f.isInstantEvent}
        hint={f.isInstantEventHint}
        checked={draft.isInstantEvent}
        onChange={(isInstantEvent) => update({ isInstantEvent })}
        error={errors.isInstantEvent}
      />
    </fieldset>
  );
}
