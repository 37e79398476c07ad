import { useTranslation } from "react-i18next";
import { Badge, type Tone } from "../../ui/Badge";
import type { IdeaStage } from "./ideaValues";

const TONE: Record<IdeaStage, Tone> = {
  DRAFT: "muted",
  SUBMITTED: "accent",
  GUIDANCE: "accent",
  NEEDS_INFO: "warning",
  REFERRED: "level",
  MERGED: "muted",
  DECLINED: "danger",
  DEVELOPMENT: "level",
  TESTING: "level",
  SCALING: "success",
  ADOPTED: "success",
  CLOSED: "muted",
  PARKED: "muted",
  WITHDRAWN: "muted",
};

/** Where an idea is in the innovation loop, in words. */
export function StageBadge({ stage }: { stage: IdeaStage }) {
  const { t } = useTranslation("ideas");
  return (
    <Badge tone={TONE[stage]}>
      <span className="visually-hidden">{t("idea.stageLabel")}: </span>
      {t(`stage.${stage}`)}
    </Badge>
  );
}
