import { useTranslation } from "react-i18next";
import { Badge, type Tone } from "../../ui/Badge";

export type AccessRequestStatus = "PENDING" | "GRANTED" | "REFUSED" | "REVOKED";

const tones: Record<AccessRequestStatus, Tone> = { PENDING: "warning", GRANTED: "success", REFUSED: "muted", REVOKED: "muted" };

/** Where an access request stands, as a badge. */
export function RequestStatusBadge({ status }: { status: AccessRequestStatus }) {
  const { t } = useTranslation("research");
  return <Badge tone={tones[status]}>{t(`requestStatus.${status}`)}</Badge>;
}
