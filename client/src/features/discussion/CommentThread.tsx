import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { useMutation } from "urql";
import { useQuery } from "../../ui/useQuery";
import { toFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { EmptyState, Loading, QueryError, errorMessage } from "../../ui/QueryState";
import { AddCommentMutation, CommentItem, CommentItemFragment } from "./CommentItem";
import { CommentForm } from "./CommentForm";
import "./discussion.css";

const PAGE_SIZE = 30;

const IdeaThreadQuery = graphql(
  `
    query IdeaThread($id: ID!, $thread: CommentThread!, $first: Int!, $after: String) {
      idea(id: $id) {
        id
        comments(thread: $thread, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              ...CommentItem_comment
            }
          }
        }
      }
    }
  `,
  [CommentItemFragment],
);

export type Thread = "PUBLIC" | "INTERNAL";

interface Props {
  ideaId: string;
  thread: Thread;
  signedIn: boolean;
  /** Why the thread takes no new comments, if it does not. */
  closedReason: string | null;
}

/** One thread of an idea's discussion, oldest first, with the form to write in it. */
export function CommentThread({ ideaId, thread, signedIn, closedReason }: Props) {
  const { t } = useTranslation("discussion");
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IdeaThreadQuery,
    variables: { id: ideaId, thread, first: PAGE_SIZE, after },
    // Others write too: show what is cached, then what is new.
    requestPolicy: "cache-and-network",
  });
  const [{ fetching: sending }, add] = useMutation(AddCommentMutation);
  const [posted, setPosted] = useState("");

  // A link to a comment (from a notification): once it is shown, scroll to it and focus it.
  const { hash } = useLocation();
  const shownHash = useRef("");
  useEffect(() => {
    if (!hash.startsWith("#comment-") || shownHash.current === hash || !data) return;
    const el = document.getElementById(hash.slice(1));
    if (!el) return;
    shownHash.current = hash;
    el.setAttribute("tabindex", "-1");
    el.classList.add("comment--target");
    el.scrollIntoView({ block: "center" });
    el.focus();
  }, [hash, data]);

  if (error && !data) return <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading />;
  const connection = data.idea?.comments;
  if (!connection) return <EmptyState>{t("discussion.notVisible")}</EmptyState>;
  const open = closedReason === null;

  return (
    <div className="thread">
      {connection.edges.length === 0 ? (
        <EmptyState>{thread === "PUBLIC" ? t("discussion.emptyPublic") : t("discussion.emptyInternal")}</EmptyState>
      ) : (
        <ol className="comment-list" aria-label={thread === "PUBLIC" ? t("discussion.publicList") : t("discussion.internalList")}>
          {connection.edges.map((e) => (
            <CommentItem key={e.node.id} comment={e.node} ideaId={ideaId} signedIn={signedIn} open={open} />
          ))}
        </ol>
      )}
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <p className="load-more load-more--start">
          <button
            type="button"
            className="button button--secondary"
            disabled={fetching}
            onClick={() => setAfter(connection.pageInfo.endCursor ?? undefined)}
          >
            {t("discussion.showMore", { shown: connection.edges.length, total: connection.totalCount })}
          </button>
        </p>
      )}
      <p role="status" className="form__status">
        {posted}
      </p>
      {!open ? (
        <p className="notice thread__closed">{closedReason}</p>
      ) : signedIn ? (
        <CommentForm
          label={thread === "PUBLIC" ? t("discussion.writePublic") : t("discussion.writeInternal")}
          submitLabel={t("discussion.send")}
          busyLabel={t("discussion.sending")}
          busy={sending}
          onSubmit={async (body) => {
            setPosted("");
            const r = await add({ input: { ideaId, body, thread } });
            if (r.error) return { fields: {}, general: [errorMessage(r.error, t("state.networkError"))] };
            const payload = r.data?.addComment;
            if (payload?.comment) {
              setPosted(t("discussion.posted"));
              return null;
            }
            return toFormErrors(payload?.errors ?? [], ["body"]);
          }}
        />
      ) : (
        <p className="notice thread__closed">
          <Link to="/sign-in">{t("discussion.signIn")}</Link> {t("discussion.signInToWrite")}
        </p>
      )}
    </div>
  );
}
