import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { RemoveControl } from "../../ui/RemoveControl";

const DeleteActivity = graphql(`
  mutation DeletePlanActivity($id: ID!) {
    deletePlanActivity(id: $id) {
      deletedId
      errors {
        code
        message
      }
    }
  }
`);

const DeleteSubGoal = graphql(`
  mutation DeletePlanSubGoal($id: ID!) {
    deletePlanSubGoal(id: $id) {
      deletedId
      errors {
        code
        message
      }
    }
  }
`);

/**
 * Removes an activity or a sub-goal of a draft plan, after an inline confirmation. The server
 * refuses an adopted plan's and a funded activity's, saying what to do instead.
 */
export function PlanRemoval({ what, id, name, onDone }: { what: "activity" | "subGoal"; id: string; name: string; onDone: () => void }) {
  const { t } = useTranslation("plans");
  const [, deleteActivity] = useMutation(DeleteActivity);
  const [, deleteSubGoal] = useMutation(DeleteSubGoal);
  const remove = async () => {
    const r = what === "activity" ? await deleteActivity({ id }) : await deleteSubGoal({ id });
    if (r.error) return errorMessage(r.error, t("state.networkError", { ns: "translation" }));
    const payload = r.data && ("deletePlanActivity" in r.data ? r.data.deletePlanActivity : r.data.deletePlanSubGoal);
    if (payload?.deletedId) {
      onDone();
      return null;
    }
    return payload?.errors.map((e) => e.message).join(" ") ?? "";
  };
  return (
    <RemoveControl
      labels={{
        remove: t("remove.remove"),
        removeLabel: t(what === "activity" ? "remove.activityLabel" : "remove.subGoalLabel", { name }),
        confirm: t(what === "activity" ? "remove.activityConfirm" : "remove.subGoalConfirm", { name }),
        yes: t("remove.yes"),
        cancel: t("remove.cancel"),
      }}
      onRemove={remove}
    />
  );
}
