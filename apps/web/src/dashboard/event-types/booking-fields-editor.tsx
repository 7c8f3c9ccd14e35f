import type { BookingField } from '@kairos/contracts';
import { useState } from 'react';
import { t } from '../strings';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/form';
import type { SectionProps } from './event-type-draft';

const q = t.eventTypes.questions;

const customTypes = [
  'text',
  'textarea',
  'number',
  'phone',
  'address',
  'url',
  'multiemail',
  'boolean',
  'select',
  'multiselect',
  'checkbox',
  'radio',
] as const;
type CustomType = (typeof customTypes)[number];
const choiceTypes = new Set<string>(['select', 'multiselect', 'checkbox', 'radio']);
const builtIns = [
  'name',
  'splitName',
  'email',
  'title',
  'notes',
  'guests',
  'rescheduleReason',
  'location',
] as const;
type BuiltIn = (typeof builtIns)[number];

/** What a stored field is: one of the built-ins (by type or slug), or a custom question. */
function kindOf(field: BookingField): BuiltIn | 'custom' {
  if (field.type === undefined) return field.slug;
  if (field.type === 'name' || field.type === 'splitName' || field.type === 'email') {
    return field.type;
  }
  return 'custom';
}

function newBuiltIn(kind: BuiltIn): BookingField {
  return kind === 'name' || kind === 'splitName' || kind === 'email'
    ? { type: kind }
    : ({ slug: kind } as BookingField);
}

type Custom = Extract<BookingField, { type: CustomType }>;

/** A custom question of another type, keeping slug, label and the common settings. */
function retype(field: Custom, type: CustomType): BookingField {
  const { slug, label, required, placeholder, hidden, disableOnPrefill } = field;
  const common = { slug, label, required, placeholder, hidden, disableOnPrefill };
  const options = 'options' in field ? field.options : [q.optionExample];
  return (choiceTypes.has(type) ? { ...common, type, options } : { ...common, type }) as Custom;
}

function OptionsText(props: {
  options: string[];
  onChange: (options: string[]) => void;
  error?: string | undefined;
}) {
  const [text, setText] = useState(props.options.join('\n'));
  return (
    <TextAreaField
      label={q.options}
      hint={q.optionsHint}
      rows={3}
      value={text}
      error={props.error}
      onChange={(next) => {
        setText(next);
        props.onChange(
          next
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}

function FieldRow(props: {
  field: BookingField;
  onChange: (field: BookingField) => void;
  error: (path: string) => string | undefined;
}) {
  const { field, onChange, error } = props;
  const kind = kindOf(field);
  const text = (name: 'label' | 'placeholder', label: string) =>
    name in field || kind !== 'location' ? (
      <TextField
        label={label}
        value={((field as Record<string, unknown>)[name] as string | undefined) ?? ''}
        onChange={(value) => onChange({ ...field, [name]: value === '' ? undefined : value })}
        error={error(name)}
      />
    ) : null;

  if (kind === 'custom') {
    const custom = field as Custom;
    return (
      <>
        <div className="d-grid">
          <SelectField
            label={q.type}
            value={custom.type}
            options={customTypes.map((value) => ({ value, label: q.types[value] }))}
            onChange={(type) => onChange(retype(custom, type as CustomType))}
          />
          <TextField
            label={q.slug}
            value={custom.slug}
            hint={q.slugHint}
            onChange={(slug) => onChange({ ...custom, slug })}
            error={error('slug')}
          />
          <TextField
            label={q.label}
            value={custom.label}
            onChange={(label) => onChange({ ...custom, label })}
            error={error('label')}
          />
          {text('placeholder', q.placeholder)}
        </div>
        {'options' in custom ? (
          <OptionsText
            options={custom.options}
            onChange={(options) => onChange({ ...custom, options })}
            error={error('options')}
          />
        ) : null}
        <CheckboxField
          label={q.required}
          checked={custom.required}
          onChange={(required) => onChange({ ...custom, required })}
        />
        <CheckboxField
          label={q.hidden}
          checked={custom.hidden ?? false}
          onChange={(hidden) => onChange({ ...custom, hidden })}
        />
      </>
    );
  }
  const canHide = field.type === undefined && field.slug !== 'location';
  return (
    <>
      <p className="d-muted">{q.builtInNote(q.builtIns[kind])}</p>
      <div className="d-grid">
        {kind === 'splitName' ? null : text('label', q.label)}
        {kind === 'location' || kind === 'splitName' ? null : text('placeholder', q.placeholder)}
      </div>
      {canHide ? (
        <>
          <CheckboxField
            label={q.required}
            checked={'required' in field ? (field.required ?? false) : false}
            onChange={(required) => onChange({ ...field, required })}
          />
          <CheckboxField
            label={q.hidden}
            checked={'hidden' in field ? (field.hidden ?? false) : false}
            onChange={(hidden) => onChange({ ...field, hidden })}
          />
        </>
      ) : null}
    </>
  );
}

export function BookingFieldsEditor({ draft, update, errors }: SectionProps) {
  const fields = draft.bookingFields;
  const present = new Set(fields.map(kindOf));
  const addable = builtIns.filter((kind) => !present.has(kind));
  const [builtInChoice, setBuiltInChoice] = useState<string>('');
  const set = (next: BookingField[]) => update({ bookingFields: next });
  const move = (index: number, by: -1 | 1) => {
    const next = [...fields];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    set(next);
  };
  const title = (field: BookingField, index: number) => {
    const kind = kindOf(field);
    return kind === 'custom' ? q.customTitle(index + 1, (field as Custom).label) : q.builtIns[kind];
  };
  const addCustom = () => {
    const n = fields.length + 1;
    set([...fields, { type: 'text', slug: `question-${n}`, label: q.newLabel, required: false }]);
  };
  return (
    <fieldset className="d-section">
      <legend>{t.eventTypes.sections.questions}</legend>
      <p className="d-muted">{fields.length === 0 ? q.defaultForm : q.intro}</p>
      {errors.bookingFields ? <p className="d-error">{errors.bookingFields}</p> : null}
      <ol className="d-rows">
        {fields.map((field, index) => (
          <li key={index} className="d-row">
            <h3 className="d-row-title">{title(field, index)}</h3>
            <FieldRow
              field={field}
              onChange={(next) => set(fields.map((old, i) => (i === index ? next : old)))}
              error={(path) => errors[`bookingFields.${index}.${path}`]}
            />
            <div className="d-actions">
              <button
                type="button"
                className="button button-secondary"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {q.moveUp(title(field, index))}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={index === fields.length - 1}
                onClick={() => move(index, 1)}
              >
                {q.moveDown(title(field, index))}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => set(fields.filter((_, i) => i !== index))}
              >
                {q.remove(title(field, index))}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="d-actions">
        <button type="button" className="button button-secondary" onClick={addCustom}>
          {q.addCustom}
        </button>
        {addable.length > 0 ? (
          <>
            <SelectField
              label={q.addBuiltInLabel}
              value={builtInChoice}
              options={[
                { value: '', label: q.chooseBuiltIn },
                ...addable.map((value) => ({ value, label: q.builtIns[value] })),
              ]}
              onChange={setBuiltInChoice}
            />
            <button
              type="button"
              className="button button-secondary"
              disabled={builtInChoice === ''}
              onClick={() => {
                set([...fields, newBuiltIn(builtInChoice as BuiltIn)]);
                setBuiltInChoice('');
              }}
            >
              {q.addBuiltIn}
            </button>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
