import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge, type Tone } from "../../ui/Badge";
import { formatDate, formatLocalDate } from "../../ui/format";
import { EmptyState } from "../../ui/QueryState";
import { TableScroll } from "../../ui/TableScroll";
import "./dispatch.css";

export const DispatchTableFragment = graphql(`
  fragment DispatchTable_matter on Matter {
    id
    dispatches {
      id
      status
      sentAt
      receivedAt
      answeredAt
      adoptedOn
      answerNote
      contactName
      contactEmail
      organisation {
        id
        name
      }
    }
  }
`);

const TONE: Record<string, Tone> = { SENT: "muted", RECEIVED: "accent", ADOPTED: "success", DECLINED: "warning" };

/**
 * The decision per party: sent, received, adopted or declined, with dates. For the kansli and
 * the bodies' members, and for anyone once the decision is public; where it went only for the kansli.
 */
export function DispatchTable({ matter: ref }: { matter: FragmentOf<typeof DispatchTableFragment> }) {
  const { t } = useTranslation("dispatch");
  const { dispatches } = readFragment(DispatchTableFragment, ref);
  if (dispatches.length === 0) return <EmptyState>{t("table.empty")}</EmptyState>;
  const showContact = dispatches.some((d) => d.contactEmail !== null);
  const counts = {
    total: dispatches.length,
    received: dispatches.filter((d) => d.status !== "SENT").length,
    adopted: dispatches.filter((d) => d.status === "ADOPTED").length,
    declined: dispatches.filter((d) => d.status === "DECLINED").length,
  };
  return (
    <>
      <p className="muted">{t("table.summary", counts)}</p>
      <TableScroll label={t("table.caption")}>
        <table className="table dispatch-table">
          <caption className="visually-hidden">{t("table.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.party")}</th>
              <th scope="col">{t("table.status")}</th>
              <th scope="col">{t("table.sent")}</th>
              <th scope="col">{t("table.received")}</th>
              <th scope="col">{t("table.answered")}</th>
              <th scope="col">{t("table.adoptedOn")}</th>
              <th scope="col">{t("table.note")}</th>
              {showContact && <th scope="col">{t("table.contact")}</th>}
            </tr>
          </thead>
          <tbody>
            {dispatches.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.organisation.name}</th>
                <td>
                  <Badge tone={TONE[d.status] ?? "neutral"}>{t(`status.${d.status}`)}</Badge>
                </td>
                <td>{formatDate(d.sentAt)}</td>
                <td>{d.receivedAt ? formatDate(d.receivedAt) : ""}</td>
                <td>{d.answeredAt ? formatDate(d.answeredAt) : ""}</td>
                <td>{d.adoptedOn ? formatLocalDate(d.adoptedOn) : ""}</td>
                <td>{d.answerNote}</td>
                {showContact && <td>{[d.contactName, d.contactEmail].filter(Boolean).join(", ")}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
