import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { formatDateTime } from "../../ui/format";
import { useQuery } from "../../ui/useQuery";
import { AddAgendaItem } from "./AddAgendaItem";
import { AgendaItemView } from "./AgendaItemView";
import { MeetingActions } from "./MeetingActions";
import { MeetingChanges } from "./MeetingChanges";
import { MeetingPageFragment, RemoveAgendaItemMutation, ReorderAgendaMutation } from "./mutations";
import "./bodies.css";

const MeetingPageQuery = graphql(
  `
    query MeetingPage($id: ID!, $slug: String!) {
      meeting(id: $id) {
        id
        ...MeetingPage_meeting
      }
      arena(slug: $slug) {
        id
        bodies {
          id
          name
        }
      }
    }
  `,
  [MeetingPageFragment],
);

/**
 * A meeting: its agenda, which the kansli keeps (add, order, remove) and sends with the notice;
 * the minutes per item and the decisions, which the body's members (or the kansli) record; and
 * publishing the minutes, after which the public reads them.
 */
export function MeetingPage() {
  const { t } = useTranslation("bodies");
  const { slug = "", id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingPageQuery, variables: { id, slug } });
  const [, remove] = useMutation(RemoveAgendaItemMutation);
  const [, reorder] = useMutation(ReorderAgendaMutation);
  const meeting = data?.meeting ? readFragment(MeetingPageFragment, data.meeting) : null;
  const title = meeting ? t("meeting.title", { body: meeting.body.name, date: formatDateTime(meeting.startsAt) }) : undefined;
  const head = (
    <>
      <PageTitle parts={[title]} />
      <h1 tabIndex={-1}>{title ?? "…"}</h1>
    </>
  );
  if (!data) return <PageState head={head} error={error} reexecute={reexecute} />;
  if (!meeting) return <h1 tabIndex={-1}>{t("meeting.notFound")}</h1>;

  const editable = meeting.viewerMayManage && !meeting.cancelledAt && !meeting.minutesPublishedAt;
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const ids = meeting.agenda.map((i) => i.id);
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    void reorder({ input: { meetingId: meeting.id, version: meeting.version, itemIds: next } });
  };

  return (
    <div className="meeting-page">
      {head}
      <p>
        <Link to={`/a/${slug}/bodies/${meeting.body.key}`}>{t("meeting.back", { body: meeting.body.name })}</Link>
      </p>
      <dl className="meeting-page__facts">
        <dt>{t("meeting.when")}</dt>
        <dd>{formatDateTime(meeting.startsAt)}</dd>
        {meeting.place && (
          <>
            <dt>{t("meeting.place")}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.link && (
          <>
            <dt>{t("meeting.link")}</dt>
            <dd>
              <a href={meeting.link}>{meeting.link}</a>
            </dd>
          </>
        )}
      </dl>
      {meeting.cancelledAt && <Badge tone="danger">{t("meeting.isCancelled")}</Badge>}
      <MeetingChanges meeting={meeting} />
      <MeetingActions meeting={meeting} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t("meeting.agenda")}</h2>
        {meeting.agenda.length === 0 ? (
          <p className="muted">{t("body.emptyAgenda")}</p>
        ) : (
          <ol className="agenda">
            {meeting.agenda.map((item, index) => (
              <AgendaItemView
                key={item.id}
                slug={slug}
                item={item}
                editable={editable}
                writable={meeting.viewerMayWriteMinutes && !meeting.minutesPublishedAt && !meeting.cancelledAt}
                bodies={data.arena?.bodies ?? []}
                onUp={index > 0 ? () => move(index, -1) : undefined}
                onDown={index < ids.length - 1 ? () => move(index, 1) : undefined}
                onRemove={() => void remove({ input: { meetingId: meeting.id, version: meeting.version, itemId: item.id } }).then(refresh)}
                onDecided={refresh}
              />
            ))}
          </ol>
        )}
        {editable && <AddAgendaItem slug={slug} meeting={meeting} />}
      </section>
    </div>
  );
}
