import { useState } from 'react';
import { t } from '../strings';
import { CheckboxField, TextAreaField, TextField } from '../ui/form';
import { mainTriggers, otherTriggers, triggerLabel } from './triggers';

const w = t.webhooks;

export interface WebhookFields {
  subscriberUrl: string;
  triggers: string[];
  active: boolean;
  payloadTemplate: string;
  secret: string;
}

/** The fields of a webhook: where, which triggers, on or off, a template, and a secret. */
export function WebhookForm(props: {
  value: WebhookFields;
  onChange: (value: WebhookFields) => void;
  errors: Record<string, string>;
  secretHint: string;
}) {
  const { value, onChange, errors } = props;
  const [showAll, setShowAll] = useState(() =>
    value.triggers.some((x) => (otherTriggers as readonly string[]).includes(x)),
  );
  const toggle = (trigger: string, on: boolean) =>
    onChange({
      ...value,
      triggers: on ? [...value.triggers, trigger] : value.triggers.filter((x) => x !== trigger),
    });
  const shown = showAll ? [...mainTriggers, ...otherTriggers] : mainTriggers;
  return (
    <>
      <TextField
        label={w.url}
        type="url"
        name="subscriberUrl"
        value={value.subscriberUrl}
        hint={w.urlHint}
        onChange={(subscriberUrl) => onChange({ ...value, subscriberUrl })}
        error={errors.subscriberUrl}
      />
      <fieldset className="d-subsection">
        <legend>{w.triggers}</legend>
        {errors.triggers ? <p className="d-error">{errors.triggers}</p> : null}
        <div className="d-checks">
          {shown.map((trigger) => (
            <CheckboxField
              key={trigger}
              label={triggerLabel(trigger)}
              checked={value.triggers.includes(trigger)}
              onChange={(on) => toggle(trigger, on)}
            />
          ))}
        </div>
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? w.fewerTriggers : w.moreTriggers}
        </button>
      </fieldset>
      <CheckboxField
        label={w.active}
        checked={value.active}
        onChange={(active) => onChange({ ...value, active })}
      />
      <TextAreaField
        label={w.template}
        hint={w.templateHint}
        rows={4}
        value={value.payloadTemplate}
        onChange={(payloadTemplate) => onChange({ ...value, payloadTemplate })}
        error={errors.payloadTemplate}
      />
      <TextField
        label={w.secret}
        type="password"
        autoComplete="off"
        value={value.secret}
        hint={props.secretHint}
        onChange={(secret) => onChange({ ...value, secret })}
        error={errors.secret}
      />
    </>
  );
}

/** The body for POST/PATCH: blank template is none, blank secret leaves it to the server. */
export function webhookBody(value: WebhookFields) {
  return {
    subscriberUrl: value.subscriberUrl.trim(),
    triggers: value.triggers,
    active: value.active,
    payloadTemplate: value.payloadTemplate.trim() === '' ? null : value.payloadTemplate,
    ...(value.secret === '' ? {} : { secret: value.secret }),
  };
}
