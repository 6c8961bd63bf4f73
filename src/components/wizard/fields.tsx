import * as React from 'react';
import { Input, Textarea } from '@kubed/components';
import { t } from '../../host';
import type { FieldError } from '../../model/wizard/wizardValidate';
import { ErrorText, Field, Help, Inline } from './styles';
import { useFieldId } from './useFieldId';

/** The ids a control points at with `aria-describedby`: its help and, when there is one, its error. */
export function describedBy(helpId: string | undefined, errorId: string | undefined): string | undefined {
  return [helpId, errorId].filter(Boolean).join(' ') || undefined;
}

export function FieldMessages({
  help,
  helpId,
  error,
  errorId,
}: {
  help?: React.ReactNode;
  helpId: string;
  error?: FieldError;
  errorId: string;
}) {
  return (
    <>
      {help ? <Help id={helpId}>{help}</Help> : null}
      {error ? (
        <ErrorText id={errorId} className="gitops-wizard-error">
          {t(error.key, error.params)}
        </ErrorText>
      ) : null}
    </>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: FieldError;
  help?: React.ReactNode;
  placeholder?: string;
  required?: boolean;
  readOnly?: boolean;
  multiline?: boolean;
  rows?: number;
  /** A monospaced text area, for code such as Helm values. */
  code?: boolean;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  name?: string;
}

/** A labelled text input (or text area) with its help and its error linked for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  help,
  placeholder,
  required,
  readOnly,
  multiline,
  rows,
  code,
  inputRef,
  name,
}: TextFieldProps) {
  const id = useFieldId(name ?? 'text');
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const common = {
    id,
    name,
    value,
    placeholder,
    readOnly,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(help ? helpId : undefined, error ? errorId : undefined),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <Field>
      <label htmlFor={id}>{label}</label>
      {/* kube-design's fields, as the console's forms use them: the wrapper draws the border, the
          focus and (see formCss) the invalid state. Textarea starts from `defaultValue`, so it gets the
          value there too to be controlled from its first render. */}
      {multiline ? (
        <Textarea
          {...common}
          defaultValue={value}
          ref={inputRef}
          rows={rows ?? 4}
          spellCheck={!code}
          className={code ? 'gitops-wizard-code' : undefined}
        />
      ) : (
        <Input {...common} ref={inputRef} autoComplete="off" />
      )}
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
    </Field>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  help,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  help?: React.ReactNode;
  disabled?: boolean;
}) {
  const id = useFieldId('check');
  const helpId = `${id}-help`;
  return (
    <div>
      <Inline htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={help ? helpId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </Inline>
      {help ? <Help id={helpId}>{help}</Help> : null}
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

/** A group of radio buttons with a legend; arrow keys move between them as browsers do. */
export function RadioGroup<T extends string>({
  legend,
  value,
  choices,
  onChange,
  name,
}: {
  legend: string;
  value: T;
  choices: Array<Choice<T>>;
  onChange(value: T): void;
  name: string;
}) {
  const id = useFieldId(name);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div key={choice.value}>
          <Inline htmlFor={`${id}-${choice.value}`}>
            <input
              id={`${id}-${choice.value}`}
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.help ? `${id}-${choice.value}-help` : undefined}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </Inline>
          {choice.help ? <Help id={`${id}-${choice.value}-help`}>{choice.help}</Help> : null}
        </div>
      ))}
    </fieldset>
  );
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange(value: string): void;
  error?: FieldError;
  help?: React.ReactNode;
  name?: string;
  required?: boolean;
}

export function SelectField({ label, value, options, onChange, error, help, name, required }: SelectFieldProps) {
  const id = useFieldId(name ?? 'select');
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <Field>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(help ? helpId : undefined, error ? errorId : undefined)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages help={help} helpId={helpId} error={error} errorId={errorId} />
    </Field>
  );
}
