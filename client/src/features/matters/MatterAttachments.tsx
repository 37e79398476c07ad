import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { graphql } from "../../graphql";

const RemoveAttachmentMutation = graphql(`
  mutation RemoveMatterAttachmentButton($id: ID!) {
    removeMatterAttachment(id: $id) {
      matter {
        id
        attachments {
          id
        }
      }
      errors {
        message
      }
    }
  }
`);

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Props {
  matterId: string;
  attachments: { id: string; fileName: string; byteSize: number; url: string }[];
  canEdit: boolean;
  /** After an upload: the page asks for the matter again. */
  onChanged: () => void;
}

/** Basis documents: downloaded through a link that checks rights; uploaded as the request's body, as the server takes them. */
export function MatterAttachments({ matterId, attachments, canEdit, onChanged }: Props) {
  const { t } = useTranslation("matters");
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, remove] = useMutation(RemoveAttachmentMutation);

  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setError(null);
    if (!file) {
      setError(t("attachments.chooseFile"));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await fetch(`/files/matters/${encodeURIComponent(matterId)}/attachments`, {
        method: "POST",
        headers: {
          "content-type": file.type || "application/octet-stream",
          "x-file-name": encodeURIComponent(file.name),
          "x-arena-upload": "1",
        },
        body: file,
        credentials: "same-origin",
      });
      const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      if (!res.ok) {
        setError(body?.errors?.[0]?.message ?? t("attachments.uploadFailed"));
        fileRef.current?.focus();
        return;
      }
      event.currentTarget?.reset();
      if (fileRef.current) fileRef.current.value = "";
      onChanged();
    } catch {
      setError(t("attachments.uploadFailed"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section matter-attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t("attachments.heading")}</h2>
      {attachments.length === 0 ? (
        <p className="muted">{t("attachments.none")}</p>
      ) : (
        <ul className="matter-attachments__list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download>
                {t("attachments.download", { name: a.fileName, size: sizeText(a.byteSize) })}
              </a>
              {canEdit && (
                <button type="button" className="button button--ghost button--small" onClick={() => void remove({ id: a.id })}>
                  {t("attachments.remove", { name: a.fileName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="form matter-upload" onSubmit={onUpload} noValidate>
          <div className={`field${error ? " field--invalid" : ""}`}>
            <label className="field__label" htmlFor="matter-attachment-file">
              {t("attachments.file")}
            </label>
            <p className="field__hint" id="matter-attachment-hint">
              {t("attachments.hint")}
            </p>
            {error && (
              <p className="field__error" id="matter-attachment-error" role="alert">
                {error}
              </p>
            )}
            <input
              ref={fileRef}
              id="matter-attachment-file"
              name="file"
              type="file"
              accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.png,.jpg,.jpeg,.webp"
              aria-describedby={error ? "matter-attachment-error matter-attachment-hint" : "matter-attachment-hint"}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t("attachments.uploading") : t("attachments.upload")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
