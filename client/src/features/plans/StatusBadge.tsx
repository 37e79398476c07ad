import { useTranslation } from "react-i18next";
import { Badge } from "../../ui/Badge";
import { type ActivityStatus, STATUS_TONE } from "./types";

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation("plans");
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}
