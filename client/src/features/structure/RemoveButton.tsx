import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useStructureEditing } from "./StructureEdit";

const RemoveMutations = {
  organisation: graphql(`
    mutation RemoveOrganisation($id: ID!) {
      deleteOrganisation(id: $id) {
        deletedId
        errors {
          code
          message
        }
      }
    }
  `),
  body: graphql(`
    mutation RemoveBody($id: ID!) {
      deleteBody(id: $id) {
        deletedId
        errors {
          code
          message
        }
      }
    }
  `),
  countyPart: graphql(`
    mutation RemoveCountyPart($id: ID!) {
      deleteCountyPart(id: $id) {
        deletedId
        errors {
          code
          message
        }
      }
    }
  `),
  membership: graphql(`
    mutation RemoveBodyMember($id: ID!) {
      removeBodyMember(id: $id) {
        deletedId
        errors {
          code
          message
        }
      }
    }
  `),
};

type What = keyof typeof RemoveMutations;

/**
 * Removes one thing after an inline confirmation (no dialog to trap focus in), and shows the
 * server's refusal beside the button: a body with sub-bodies, a county part in use.
 */
export function RemoveButton({ what, id, name }: { what: What; id: string; name: string }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching }, run] = useMutation(RemoveMutations[what]);
  const askRef = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setRefusal(null);
    const r = await run({ id });
    const data = r.data as Record<string, { deletedId: string | null; errors: { message: string }[] }> | undefined;
    const payload = data ? Object.values(data)[0] : undefined;
    setConfirming(false);
    if (r.error) return setRefusal(errorMessage(r.error, t("state.networkError", { ns: "translation" })));
    if (payload?.deletedId) return editing?.refresh();
    setRefusal(payload?.errors.map((e) => e.message).join(" ") ?? "");
    askRef.current?.focus();
  };

  return (
    <span className="remove-control">
      {confirming ? (
        <span className="remove-control__confirm" role="group" aria-label={t("edit.removeConfirm", { name })}>
          <span>{t("edit.removeConfirm", { name })}</span>
          <button type="button" className="link-button link-button--danger" onClick={() => void remove()} disabled={fetching}>
            {t("edit.removeYes")}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t("edit.cancel")}
          </button>
        </span>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="link-button link-button--danger"
          aria-label={t("edit.removeLabel", { name })}
          onClick={() => setConfirming(true)}
        >
          {t("edit.remove")}
        </button>
      )}
      {refusal && (
        <span className="remove-control__refusal" role="alert">
          {refusal}
        </span>
      )}
    </span>
  );
}
