import { useId, type ReactNode } from 'react';

interface FieldBase {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled control with its hint and error, tied together for screen readers. */
function Field(
  props: FieldBase & {
    render: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
    className?: string;
  },
) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`d-field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.render({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(props.error ? { 'aria-invalid': true as const } : {}),
      })}
      {props.hint ? (
        <p id={hintId} className="d-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="d-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldBase & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'time' | 'date' | 'datetime-local' | 'color';
  name?: string;
  autoComplete?: string;
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  className?: string;
};

export function TextField(props: InputProps) {
  return (
    <Field
      {...props}
      render={(a11y) => (
        <input
          {...a11y}
          type={props.type ?? 'text'}
          name={props.name}
          value={props.value}
          autoComplete={props.autoComplete}
          required={props.required}
          placeholder={props.placeholder}
          maxLength={props.maxLength}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    />
  );
}

export function TextAreaField(
  props: FieldBase & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    name?: string;
    className?: string;
  },
) {
  return (
    <Field
      {...props}
      render={(a11y) => (
        <textarea
          {...a11y}
          name={props.name}
          rows={props.rows ?? 3}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    />
  );
}

/** A whole number; an empty box is `null` (for settings that may be unset). */
export function NumberField(
  props: FieldBase & {
    value: number | null;
    onChange: (value: number | null) => void;
    min?: number;
    max?: number;
    name?: string;
    className?: string;
  },
) {
  return (
    <Field
      {...props}
      render={(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode="numeric"
          name={props.name}
          min={props.min}
          max={props.max}
          step={1}
          value={props.value ?? ''}
          onChange={(event) => {
            const text = event.target.value;
            props.onChange(text === '' ? null : Math.trunc(Number(text)));
          }}
        />
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: FieldBase & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    name?: string;
    className?: string;
  },
) {
  return (
    <Field
      {...props}
      render={(a11y) => (
        <select
          {...a11y}
          name={props.name}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
  name?: string;
}) {
  const id = useId();
  return (
    <div className="d-check">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="d-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? <p className="d-error">{props.error}</p> : null}
    </div>
  );
}

/** A form's outcome: a general error (alert) or a success line (status). */
export function FormStatus(props: { error: string | null; done: string | null }) {
  return (
    <>
      {props.error ? (
        <p className="d-notice d-notice-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p className="d-status" role="status" aria-live="polite">
        {props.done ?? ''}
      </p>
    </>
  );
}

/** What a section form shows of its action (`useAction`). */
interface FormAction {
  error: string | null;
  done: string | null;
  isBusy: boolean;
}

/**
 * A form that is a section of its page: heading (and intro), fields, outcome, submit button.
 * `onSubmit` runs without the event: the browser's submission is prevented here.
 */
export function SectionForm(props: {
  title: string;
  intro?: string;
  submitLabel: string;
  action: FormAction;
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      className="d-section"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onSubmit();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.intro ? <p className="d-muted">{props.intro}</p> : null}
      {props.children}
      <FormStatus error={props.action.error} done={props.action.done} />
      <button type="submit" className="button" disabled={props.action.isBusy}>
        {props.submitLabel}
      </button>
    </form>
  );
}
