import type { TFunction } from "i18next";
import { moduleEventLabel } from "./moduleEventLabel";
import type { IdeaStage } from "./ideaValues";

/** A timeline event in words, e.g. idea.submitted → "Inskickad". Kinds the client does not know fall back on their stage. */
export function eventLabel(t: TFunction<"ideas">, e: { kind: string; toStage: IdeaStage | null; about?: string | null }): string {
  switch (e.kind) {
    case "idea.created":
      return t("event.created");
    case "idea.updated":
      return t("event.updated");
    case "idea.submitted":
      return t("event.submitted");
    case "idea.withdrawn":
      return t("event.withdrawn");
    case "co_bearer.invited":
      return t("event.coBearerInvited");
    case "co_bearer.accepted":
      return t("event.coBearerAccepted");
    case "co_bearer.declined":
      return t("event.coBearerDeclined");
    default:
      return (
        moduleEventLabel(e.kind, e.toStage ? t(`stage.${e.toStage}`) : (e.about ?? null)) ??
        (e.toStage ? t("event.stageChanged", { stage: t(`stage.${e.toStage}`) }) : t("event.other"))
      );
  }
}
