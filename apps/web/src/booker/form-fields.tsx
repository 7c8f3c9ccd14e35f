import type { ReactNode } from 'react';
import { en } from '../i18n/en';
import type { FieldValue, FormField } from './booking-fields';

export interface FieldProps {
  field: FormField;
  value: FieldValue;
  error: string | undefined;
  locked: boolean;
  onChange: (value: FieldValue) => void;
}

export const fieldId = (key: string) => `field-${key.replace(/[^\w-]/g, '_')}`;

const INPUT_TYPES: Partial<Record<FormField['kind'], string>> = {
  email: 'email',
  phone: 'tel',
  number: 'number',
  url: 'url',
};

const AUTOCOMPLETE: Partial<Record<FormField['kind'], string>> = {
  name: 'name',
  email: 'email',
  phone: 'tel',
  address: 'street-address',
};

function Label(props: { field: FormField; htmlFor?: string; as?: 'legend' }) {
  const text = (
    <>
      {props.field.label}
      {props.field.required ? (
        <span aria-hidden="true"> *</span>
      ) : (
        <span className="muted"> ({en.form.optional})</span>
      )}
    </>
  );
  if (props.as === 'legend') return <legend className="label">{text}</legend>;
  return (
    <label className="label" htmlFor={props.htmlFor}>
      {text}
    </label>
  );
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** aria attributes of an input with its error and hint. */
const described = (id: string, error: string | undefined, hint?: boolean) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby':
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined,
});

function Choices(props: FieldProps & { multiple: boolean }) {
  const id = fieldId(props.field.key);
  const chosen = Array.isArray(props.value) ? props.value : [props.value];
  const toggle = (option: string, on: boolean) => {
    if (!props.multiple) return props.onChange(option);
    const list = (props.value as string[]).filter((item) => item !== option);
    props.onChange(on ? [...list, option] : list);
  };
  return (
    <fieldset className="field" id={id} {...described(id, props.error)}>
      <Label field={props.field} as="legend" />
      {props.field.options?.map((option) => (
        <label key={option} className="choice">
          <input
            type={props.multiple ? 'checkbox' : 'radio'}
            name={id}
            value={option}
            checked={chosen.includes(option)}
            disabled={props.locked}
            onChange={(event) => toggle(option, event.target.checked)}
          />
          {option}
        </label>
      ))}
      <ErrorText id={id} error={props.error} />
    </fieldset>
  );
}

function Guests(props: FieldProps) {
  const id = fieldId(props.field.key);
  const guests = props.value as string[];
  const set = (index: number, text: string) =>
    props.onChange(guests.map((guest, i) => (i === index ? text : guest)));
  return (
    <fieldset className="field" id={id} {...described(id, props.error)}>
      <Label field={props.field} as="legend" />
      {guests.map((guest, index) => (
        <div key={index} className="guest-row">
          <input
            className="input"
            type="email"
            aria-label={en.form.guestEmail(index + 1)}
            value={guest}
            readOnly={props.locked}
            onChange={(event) => set(index, event.target.value)}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={en.form.removeGuest(index + 1)}
            disabled={props.locked}
            onClick={() => props.onChange(guests.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      {guests.length < 30 && !props.locked ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => props.onChange([...guests, ''])}
        >
          {en.form.addGuest}
        </button>
      ) : null}
      <ErrorText id={id} error={props.error} />
    </fieldset>
  );
}

function SplitName(props: FieldProps) {
  const id = fieldId(props.field.key);
  const name = props.value as { first: string; last: string };
  const last = { ...props.field, label: props.field.lastNameLabel ?? en.form.lastName };
  return (
    <div className="field-pair">
      <div className="field">
        <Label field={props.field} htmlFor={id} />
        <input
          id={id}
          className="input"
          autoComplete="given-name"
          placeholder={props.field.firstNamePlaceholder}
          value={name.first}
          readOnly={props.locked}
          onChange={(event) => props.onChange({ ...name, first: event.target.value })}
          {...described(id, props.error)}
        />
      </div>
      <div className="field">
        <Label
          field={{ ...last, required: props.field.lastNameRequired ?? false }}
          htmlFor={`${id}-last`}
        />
        <input
          id={`${id}-last`}
          className="input"
          autoComplete="family-name"
          placeholder={props.field.lastNamePlaceholder}
          value={name.last}
          readOnly={props.locked}
          onChange={(event) => props.onChange({ ...name, last: event.target.value })}
        />
      </div>
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

function TextLike(props: FieldProps) {
  const { field } = props;
  const id = fieldId(field.key);
  const hint =
    field.kind === 'multiemail'
      ? en.form.multiemailHint
      : field.kind === 'phone'
        ? en.form.phoneHint
        : null;
  const common = {
    id,
    className: 'input',
    placeholder: field.placeholder,
    value: props.value as string,
    readOnly: props.locked,
    ...described(id, props.error, hint !== null),
  };
  const multiline =
    field.kind === 'textarea' || field.kind === 'notes' || field.kind === 'rescheduleReason';
  let control: ReactNode;
  if (multiline) {
    control = (
      <textarea {...common} rows={3} onChange={(event) => props.onChange(event.target.value)} />
    );
  } else if (field.kind === 'select') {
    control = (
      <select
        {...common}
        className="select"
        disabled={props.locked}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="" />
        {field.options?.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        {...common}
        type={INPUT_TYPES[field.kind] ?? 'text'}
        autoComplete={AUTOCOMPLETE[field.kind]}
        onChange={(event) => props.onChange(event.target.value)}
      />
    );
  }
  return (
    <div className="field">
      <Label field={field} htmlFor={id} />
      {control}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

function YesNo(props: FieldProps) {
  const id = fieldId(props.field.key);
  return (
    <div className="field">
      <label className="choice">
        <input
          id={id}
          type="checkbox"
          checked={props.value === true}
          disabled={props.locked}
          onChange={(event) => props.onChange(event.target.checked)}
          {...described(id, props.error)}
        />
        {props.field.label}
        {props.field.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <ErrorText id={id} error={props.error} />
    </div>
  );
}

/** One field of the booking form, labelled, with its error announced through aria. */
export function FormFieldInput(props: FieldProps) {
  const kind = props.field.kind;
  if (kind === 'splitName') return <SplitName {...props} />;
  if (kind === 'guests') return <Guests {...props} />;
  if (kind === 'radio') return <Choices {...props} multiple={false} />;
  if (kind === 'multiselect' || kind === 'checkbox') return <Choices {...props} multiple />;
  if (kind === 'boolean') return <YesNo {...props} />;
  return <TextLike {...props} />;
}
