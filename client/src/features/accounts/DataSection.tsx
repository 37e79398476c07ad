import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { graphql } from "../../graphql";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { formText, useMutationForm } from "../../forms/useMutationForm";
import "../../ui/confirm.css";

const ExportMyDataMutation = graphql(
  `
    mutation ExportMyData {
      exportMyData {
        json
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const DeleteMyAccountMutation = graphql(
  `
    mutation DeleteMyAccount($input: DeleteAccountInput!) {
      deleteMyAccount(input: $input) {
        deleted
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

/** Saves a JSON document as a file the browser downloads. */
export function downloadJson(json: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Mitt konto: download my data, and delete my account (with what stays, and why). */
export function DataSection() {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const exportForm = useMutationForm([]);
  const deleteForm = useMutationForm(["password"]);
  const [{ fetching: exporting }, exportData] = useMutation(ExportMyDataMutation);
  const [{ fetching: deleting }, deleteAccount] = useMutation(DeleteMyAccountMutation);
  const [downloaded, setDownloaded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { openerRef, headingRef } = useOpenerFocus(confirming);

  const onDownload = async () => {
    setDownloaded(false);
    const result = await exportData({});
    const json = result.data?.exportMyData.json;
    if (!exportForm.accept(result, result.data?.exportMyData) || !json) return;
    downloadJson(json, t("data.fileName"));
    setDownloaded(true);
  };
  const onDelete = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await deleteAccount({ input: { password: formText(event.currentTarget)("password") } });
    if (deleteForm.accept(result, result.data?.deleteMyAccount)) void navigate("/account-deleted", { replace: true });
  };

  return (
    <>
      <section className="section card" aria-labelledby="data-heading">
        <h2 id="data-heading">{t("data.heading")}</h2>
        <p>{t("data.intro")}</p>
        <ErrorSummary ref={exportForm.summaryRef} errors={exportForm.errors} />
        <div className="form__actions">
          <button type="button" className="button button--ghost" disabled={exporting} onClick={() => void onDownload()}>
            {exporting ? t("data.downloading") : t("data.download")}
          </button>
          <p className="form__status" role="status">
            {downloaded ? t("data.ready") : ""}
          </p>
        </div>
      </section>
      <section className="section card account-deletion" aria-labelledby="deletion-heading">
        <h2 id="deletion-heading">{t("deletion.heading")}</h2>
        <p>{t("deletion.intro")}</p>
        <p>{t("deletion.publicRecord")}</p>
        {confirming ? (
          <FormScaffold
            formRef={deleteForm.formRef}
            summaryRef={deleteForm.summaryRef}
            errors={deleteForm.errors}
            onSubmit={onDelete}
            className="confirm-panel"
            labelledBy="deletion-confirm-heading"
            heading={
              <h3 id="deletion-confirm-heading" ref={headingRef} tabIndex={-1}>
                {t("deletion.confirmHeading")}
              </h3>
            }
            submitLabel={t("deletion.confirm")}
            busyLabel={t("deletion.deleting")}
            busy={deleting}
            submitClassName="button button--danger"
            onCancel={() => setConfirming(false)}
            cancelLabel={t("deletion.cancel")}
          >
            <Field name="password" label={t("deletion.password")} error={deleteForm.errors.fields.password}>
              {(p) => <input {...p} type="password" autoComplete="current-password" />}
            </Field>
          </FormScaffold>
        ) : (
          <button ref={openerRef} type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
            {t("deletion.open")}
          </button>
        )}
      </section>
    </>
  );
}
