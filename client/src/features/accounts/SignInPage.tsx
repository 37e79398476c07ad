import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { errorMessage } from "../../ui/QueryState";
import { useAfterSignInPath } from "./afterSignIn";
import { UserMenuFragment } from "./UserMenu";
import "./accounts.css";

const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
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

const FIELDS = ["email", "password"] as const;

export function SignInPage() {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const afterSignIn = useAfterSignInPath();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, signIn] = useMutation(SignInMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noErrors);
    const result = await signIn({
      input: { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") },
    });
    if (result.error) return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
    const payload = result.data?.signIn;
    if (payload?.user) return navigate(await afterSignIn());
    setErrors(toFormErrors(payload?.errors ?? [], FIELDS));
  };

  return (
    <div className="narrow">
      <PageTitle parts={[t("signIn.title")]} />
      <h1 tabIndex={-1}>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.intro")}</p>
      <form ref={formRef} className="form card" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading" className="visually-hidden">
          {t("signIn.title")}
        </h2>
        <ErrorSummary ref={summaryRef} errors={errors} />
        <Field name="email" label={t("signIn.email")} error={errors.fields.email}>
          {(p) => <input {...p} type="email" autoComplete="username" inputMode="email" spellCheck={false} />}
        </Field>
        <Field name="password" label={t("signIn.password")} error={errors.fields.password}>
          {(p) => <input {...p} type="password" autoComplete="current-password" />}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={fetching}>
          {fetching ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </form>
      <p className="form-footer">
        <Link to="/forgot-password">{t("signInExtra.forgot")}</Link>
      </p>
      <p className="form-footer">
        {t("signIn.noAccount")} <Link to="/register">{t("signIn.registerLink")}</Link>
      </p>
    </div>
  );
}
