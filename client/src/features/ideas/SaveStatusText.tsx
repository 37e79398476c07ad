import { useTranslation } from "react-i18next";
import { formatTime } from "../../ui/format";
import type { SaveStatus } from "./useIdeaAutosave";
import "./ideas.css";

/** The autosave's state in words, in a polite live region: "Sparar…", "Sparat 14:32", "Inte sparat – försöker igen". */
export function SaveStatusText({ status, exists }: { status: SaveStatus; exists: boolean }) {
  const { t } = useTranslation("ideas");
  let text: string;
  let tone = "neutral";
  switch (status.kind) {
    case "idle":
      text = exists ? t("save.upToDate") : t("save.notStarted");
      break;
    case "pending":
      text = t("save.pending");
      break;
    case "saving":
      text = t("save.saving");
      break;
    case "saved":
      text = t("save.saved", { time: formatTime(status.at) });
      tone = "ok";
      break;
    case "retrying":
      text = t("save.retrying");
      tone = "problem";
      break;
    case "invalid":
      text = t("save.invalid");
      tone = "problem";
      break;
    case "failed":
      text = t("save.failed", { message: status.message });
      tone = "problem";
      break;
    case "conflict":
      text = t("save.conflict");
      tone = "problem";
      break;
  }
  return (
    <p id="idea-save-status" className={`save-status save-status--${tone}`} role="status" aria-live="polite">
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
