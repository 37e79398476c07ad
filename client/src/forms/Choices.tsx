import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import "./Choices.css";

interface FieldsetProps {
  legend: ReactNode;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** A visually smaller legend, for groups inside a group. */
  nested?: boolean;
  className?: string;
  children: ReactNode;
}

/** A group of checkboxes or radio buttons under one legend, with its hint and error tied to it. */
export function Fieldset({ legend, hint, error, optional, nested, className, children }: FieldsetProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const classes = ["choice-group", nested ? "choice-group--nested" : "", error ? "field--invalid" : "", className ?? ""].filter(Boolean);
  return (
    <fieldset className={classes.join(" ")} aria-describedby={describedBy}>
      <legend className="choice-group__legend">
        {legend}
        {optional && <span className="field__optional"> {t("form.optional")}</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t("form.error")} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

interface ChoiceProps {
  type: "checkbox" | "radio";
  name: string;
  value?: string;
  label: ReactNode;
  /** One line under the label. */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
}

/** One controlled checkbox or radio button with its label (and an optional one-line explanation). */
export function Choice({ type, name, value, label, hint, checked, onChange, id: fixedId, invalid, describedBy, className }: ChoiceProps) {
  const generated = useId();
  const id = fixedId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [describedBy, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`choice choice--${type}${className ? ` ${className}` : ""}`}>
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
      />
      <div className="choice__text">
        <label htmlFor={id} className="choice__label">
          {label}
        </label>
        {hint && (
          <p className="choice__hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
