import { useTranslation } from "react-i18next";
import { Badge, type Tone } from "../../ui/Badge";
import type { MatterStage } from "./types";

const tone: Record<MatterStage, Tone> = {
  INITIATED: "neutral",
  IN_PREPARATION: "accent",
  PLACED: "level",
  ON_AGENDA: "level",
  DECIDED: "success",
  DISPATCHED: "success",
  CLOSED: "muted",
  WITHDRAWN: "muted",
};

/** A matter's stage in words (never by colour alone). */
export function MatterStageBadge({ stage }: { stage: MatterStage }) {
  const { t } = useTranslation("matters");
  return <Badge tone={tone[stage]}>{t(`stage.${stage}`)}</Badge>;
}
