import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Choice } from "../../forms/Choices";
import { Field } from "../../forms/Field";
import { graphql, type VariablesOf } from "../../graphql";
import { currentLanguage } from "../../i18n";
import { PageTitle } from "../../ui/PageTitle";
import { errorMessage } from "../../ui/QueryState";
import { UserMenuFragment } from "./UserMenu";
import "./accounts.css";

const RegisterMutation = graphql(
  `
    mutation Register($input: RegisterInput!) {
      register(input: $input) {
        user {
          id
          ...UserMenu_user
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [UserMenuFragment, FormErrorsFragment],
);

type Sector = NonNullable<VariablesOf<typeof RegisterMutation>["input"]["sector"]>;
export const SECTORS = ["CIVIL_SOCIETY", "PUBLIC", "BUSINESS", "ACADEMIA"] as const satisfies readonly Sector[];
const isSector = (v: string): v is Sector => (SECTORS as readonly string[]).includes(v);

const FIELDS = ["name", "email", "password", "organisation", "sector", "acceptPrivacyNotice"] as const;

export function RegisterPage() {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, register] = useMutation(RegisterMutation);
  const [accepted, setAccepted] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "");
    const sector = text("sector");
    setErrors(noErrors);
    // No sector chosen goes as null: the server answers it beside every other field's problem.
    const result = await register({
      input: {
        name: text("name"),
        email: text("email"),
        password: text("password"),
        organisation: text("organisation") || null,
        sector: isSector(sector) ? sector : null,
        locale: currentLanguage() === "en" ? "EN" : "SV",
        acceptPrivacyNotice: accepted,
      },
    });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.register;
    if (payload?.user) return navigate("/welcome");
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <div className="narrow">
      <PageTitle parts={[t("register.title")]} />
      <h1 tabIndex={-1}>{t("register.title")}</h1>
      <p className="lead">{t("register.intro")}</p>
      <form ref={formRef} className="form card" noValidate onSubmit={onSubmit} aria-labelledby="register-heading">
        <h2 id="register-heading" className="visually-hidden">
          {t("register.title")}
        </h2>
        <ErrorSummary ref={summaryRef} errors={errors} />
        <Field name="name" label={t("register.name")} error={errors.fields.name}>
          {(p) => <input {...p} type="text" autoComplete="name" />}
        </Field>
        <Field name="email" label={t("register.email")} hint={t("register.emailHint")} error={errors.fields.email}>
          {(p) => <input {...p} type="email" autoComplete="email" inputMode="email" spellCheck={false} />}
        </Field>
        <Field name="password" label={t("register.password")} hint={t("register.passwordHint")} error={errors.fields.password}>
          {(p) => <input {...p} type="password" autoComplete="new-password" />}
        </Field>
        <Field
          name="organisation"
          label={t("register.organisation")}
          hint={t("register.organisationHint")}
          optional
          error={errors.fields.organisation}
        >
          {(p) => <input {...p} type="text" autoComplete="organization" />}
        </Field>
        <Field name="sector" label={t("register.sector")} error={errors.fields.sector}>
          {(p) => (
            <select {...p} defaultValue="">
              <option value="" disabled>
                {t("register.sectorChoose")}
              </option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`sector.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className={`field${errors.fields.acceptPrivacyNotice ? " field--invalid" : ""}`}>
          <p className="field__hint">
            {t("register.privacyText")}{" "}
            <Link to="/privacy" target="_blank" rel="noopener">
              {t("register.privacyLink")}
            </Link>
          </p>
          {errors.fields.acceptPrivacyNotice && (
            <p className="field__error" id="register-privacy-error">
              <span className="visually-hidden">{t("form.error", { ns: "translation" })} </span>
              {errors.fields.acceptPrivacyNotice}
            </p>
          )}
          <Choice
            type="checkbox"
            name="acceptPrivacyNotice"
            id="register-acceptPrivacyNotice"
            label={t("register.privacyAccept")}
            checked={accepted}
            invalid={!!errors.fields.acceptPrivacyNotice}
            describedBy={errors.fields.acceptPrivacyNotice ? "register-privacy-error" : undefined}
            onChange={setAccepted}
          />
        </div>
        <button type="submit" className="button button--primary button--block" disabled={fetching}>
          {fetching ? t("register.submitting") : t("register.submit")}
        </button>
      </form>
      <p className="form-footer">
        {t("register.haveAccount")} <Link to="/sign-in">{t("register.signInLink")}</Link>
      </p>
    </div>
  );
}
