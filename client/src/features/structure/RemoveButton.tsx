import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { RemoveControl } from "../../ui/RemoveControl";
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

/** Removes one part of the structure; the server's refusal (a body with sub-bodies, a county part in use) shows beside it. */
export function RemoveButton({ what, id, name }: { what: What; id: string; name: string }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [, run] = useMutation(RemoveMutations[what]);
  const remove = async () => {
    const r = await run({ id });
    if (r.error) return errorMessage(r.error, t("state.networkError", { ns: "translation" }));
    const data = r.data as Record<string, { deletedId: string | null; errors: { message: string }[] }> | undefined;
    const payload = data ? Object.values(data)[0] : undefined;
    if (payload?.deletedId) {
      editing?.refresh();
      return null;
    }
    return payload?.errors.map((e) => e.message).join(" ") ?? "";
  };
  return (
    <RemoveControl
      labels={{
        remove: t("edit.remove"),
        removeLabel: t("edit.removeLabel", { name }),
        confirm: t("edit.removeConfirm", { name }),
        yes: t("edit.removeYes"),
        cancel: t("edit.cancel"),
      }}
      onRemove={remove}
    />
  );
}
