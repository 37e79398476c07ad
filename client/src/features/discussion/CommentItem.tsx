import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormErrorsFragment, toFormErrors } from "../../forms/errors";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDateTime } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { useNow } from "../../ui/useNow";
import { CommentForm } from "./CommentForm";
import "./discussion.css";

export const CommentFieldsFragment = graphql(`
  fragment CommentFields_comment on Comment {
    id
    thread
    body
    createdAt
    editedAt
    hidden
    removed
    viewerIsAuthor
    editableUntil
    viewerCanModerate
    viewerHasReported
    reportCount
    author {
      id
      name
    }
  }
`);

export const CommentItemFragment = graphql(
  `
    fragment CommentItem_comment on Comment {
      id
      ...CommentFields_comment
      replies {
        id
        ...CommentFields_comment
      }
    }
  `,
  [CommentFieldsFragment],
);

export const AddCommentMutation = graphql(
  `
    mutation AddComment($input: AddCommentInput!) {
      addComment(input: $input) {
        comment {
          id
          ...CommentItem_comment
        }
        idea {
          id
          commentCount
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CommentItemFragment, FormErrorsFragment],
);

const EditCommentMutation = graphql(
  `
    mutation EditComment($input: EditCommentInput!) {
      editComment(input: $input) {
        comment {
          id
          ...CommentFields_comment
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CommentFieldsFragment, FormErrorsFragment],
);

const DeleteCommentMutation = graphql(
  `
    mutation DeleteComment($id: ID!) {
      deleteComment(id: $id) {
        comment {
          id
          ...CommentFields_comment
        }
        idea {
          id
          commentCount
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CommentFieldsFragment, FormErrorsFragment],
);

const ReportCommentMutation = graphql(
  `
    mutation ReportComment($input: ReportCommentInput!) {
      reportComment(input: $input) {
        comment {
          id
          ...CommentFields_comment
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CommentFieldsFragment, FormErrorsFragment],
);

const ModerateCommentMutation = graphql(
  `
    mutation ModerateComment($input: ModerateCommentInput!) {
      moderateComment(input: $input) {
        comment {
          id
          ...CommentFields_comment
        }
        idea {
          id
          commentCount
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [CommentFieldsFragment, FormErrorsFragment],
);

type Mode = "read" | "edit" | "delete" | "report";

interface BodyProps {
  comment: FragmentOf<typeof CommentFieldsFragment>;
  signedIn: boolean;
  /** Shown among the actions of a top-level comment that takes replies. */
  onReply?: () => void;
}

/** One comment with what the viewer may do with it: reply, edit (in the window), delete, report, moderate. */
export function CommentBody({ comment: ref, signedIn, onReply }: BodyProps) {
  const { t } = useTranslation("discussion");
  const c = readFragment(CommentFieldsFragment, ref);
  const now = useNow();
  const [mode, setMode] = useState<Mode>("read");
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [editState, edit] = useMutation(EditCommentMutation);
  const [deleteState, remove] = useMutation(DeleteCommentMutation);
  const [reportState, report] = useMutation(ReportCommentMutation);
  const [moderateState, moderate] = useMutation(ModerateCommentMutation);

  const author = c.author?.name ?? t("discussion.someone");
  const placeholder = c.removed ? t("discussion.removed") : t("discussion.hiddenPlaceholder");
  const editable = c.viewerIsAuthor && c.editableUntil !== null && new Date(c.editableUntil).getTime() > now && !c.hidden && !c.removed;
  const about = <span className="visually-hidden"> {t("discussion.byAuthor", { name: author })}</span>;
  const fail = (text: string) => {
    setProblem(text);
    setMessage("");
  };

  const onDelete = async () => {
    setProblem(null);
    const r = await remove({ id: c.id });
    if (r.error) return fail(errorMessage(r.error, t("state.networkError")));
    const errors = r.data?.deleteComment.errors ?? [];
    if (errors.length > 0) return fail(toFormErrors(errors, []).general.join(" "));
    setMode("read");
    setMessage(t("discussion.deleted"));
  };

  const onModerate = async (decision: "RESTORE" | "REMOVE") => {
    setProblem(null);
    const r = await moderate({ input: { id: c.id, decision } });
    if (r.error) return fail(errorMessage(r.error, t("state.networkError")));
    const errors = r.data?.moderateComment.errors ?? [];
    if (errors.length > 0) return fail(toFormErrors(errors, []).general.join(" "));
    setMessage(decision === "RESTORE" ? t("discussion.restoredDone") : t("discussion.removedDone"));
  };

  return (
    <article
      className={`comment${c.hidden ? " comment--hidden" : ""}`}
      id={`comment-${c.id}`}
      aria-label={t("discussion.commentBy", { name: author })}
    >
      <header className="comment__head">
        <span className="comment__author">{c.body === null ? t("discussion.someone") : author}</span>
        <time className="comment__time" dateTime={c.createdAt}>
          {formatDateTime(c.createdAt)}
        </time>
        {c.editedAt && <span className="comment__edited">{t("discussion.edited")}</span>}
        {c.hidden && <Badge tone="warning">{t("discussion.hiddenBadge")}</Badge>}
        {c.viewerCanModerate && (c.reportCount ?? 0) > 0 && (
          <Badge tone="danger">{t("discussion.reports", { count: c.reportCount ?? 0 })}</Badge>
        )}
      </header>

      {mode === "edit" && c.body !== null ? (
        <CommentForm
          label={t("discussion.editLabel")}
          submitLabel={t("discussion.saveEdit")}
          busyLabel={t("discussion.saving")}
          busy={editState.fetching}
          initial={c.body}
          autoFocus
          onCancel={() => setMode("read")}
          onSubmit={async (body) => {
            const r = await edit({ input: { id: c.id, body } });
            if (r.error) return { fields: {}, general: [errorMessage(r.error, t("state.networkError"))] };
            const payload = r.data?.editComment;
            if (payload?.comment) {
              setMode("read");
              setMessage(t("discussion.editSaved"));
              return null;
            }
            return toFormErrors(payload?.errors ?? [], ["body"]);
          }}
        />
      ) : (
        <p className={c.body === null ? "comment__body comment__body--placeholder" : "comment__body"}>{c.body ?? placeholder}</p>
      )}

      {mode === "delete" && (
        <div className="comment__confirm" role="group" aria-label={t("discussion.deleteConfirm")}>
          <p>{t("discussion.deleteConfirm")}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={deleteState.fetching} onClick={onDelete}>
              {t("discussion.deleteYes")}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setMode("read")}>
              {t("discussion.cancel")}
            </button>
          </div>
        </div>
      )}

      {mode === "report" && (
        <CommentForm
          label={t("discussion.reportReason")}
          submitLabel={t("discussion.reportSend")}
          busyLabel={t("discussion.saving")}
          busy={reportState.fetching}
          autoFocus
          onCancel={() => setMode("read")}
          onSubmit={async (reason) => {
            const r = await report({ input: { id: c.id, reason: reason.trim() || null } });
            if (r.error) return { fields: {}, general: [errorMessage(r.error, t("state.networkError"))] };
            const payload = r.data?.reportComment;
            if (payload?.comment) {
              setMode("read");
              setMessage(t("discussion.reported"));
              return null;
            }
            return toFormErrors(payload?.errors ?? [], ["reason"]);
          }}
        />
      )}

      {mode === "read" && c.body !== null && (
        <div className="comment__actions">
          {onReply && signedIn && (
            <button type="button" className="link-button" onClick={onReply}>
              {t("discussion.reply")}
              {about}
            </button>
          )}
          {editable && (
            <button type="button" className="link-button" onClick={() => setMode("edit")}>
              {t("discussion.edit")}
              {about}
            </button>
          )}
          {c.viewerIsAuthor && !c.removed && (
            <button type="button" className="link-button" onClick={() => setMode("delete")}>
              {t("discussion.delete")}
              {about}
            </button>
          )}
          {signedIn && !c.viewerIsAuthor && !c.viewerHasReported && !c.hidden && (
            <button type="button" className="link-button link-button--quiet" onClick={() => setMode("report")}>
              {t("discussion.report")}
              {about}
            </button>
          )}
          {c.viewerHasReported && <span className="comment__note">{t("discussion.youReported")}</span>}
          {c.viewerCanModerate && (c.hidden || (c.reportCount ?? 0) > 0) && (
            <>
              <button type="button" className="link-button" disabled={moderateState.fetching} onClick={() => onModerate("RESTORE")}>
                {t("discussion.restore")}
                {about}
              </button>
              <button
                type="button"
                className="link-button link-button--danger"
                disabled={moderateState.fetching}
                onClick={() => onModerate("REMOVE")}
              >
                {t("discussion.remove")}
                {about}
              </button>
            </>
          )}
        </div>
      )}
      <p role="status" className="comment__status">
        {message}
      </p>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </article>
  );
}

interface ItemProps {
  comment: FragmentOf<typeof CommentItemFragment>;
  ideaId: string;
  signedIn: boolean;
  /** Whether the thread takes new comments and replies. */
  open: boolean;
}

/** A top-level comment, its replies, and a reply form when asked for. */
export function CommentItem({ comment: ref, ideaId, signedIn, open }: ItemProps) {
  const { t } = useTranslation("discussion");
  const c = readFragment(CommentItemFragment, ref);
  const fields = readFragment(CommentFieldsFragment, c);
  const [replying, setReplying] = useState(false);
  const [{ fetching }, add] = useMutation(AddCommentMutation);
  return (
    <li className="comment-item">
      <CommentBody comment={c} signedIn={signedIn} onReply={open && !fields.removed ? () => setReplying(true) : undefined} />
      {(c.replies.length > 0 || replying) && (
        <div className="comment-replies">
          {c.replies.length > 0 && (
            <ol
              className="comment-list comment-list--replies"
              aria-label={t("discussion.repliesTo", { name: fields.author?.name ?? t("discussion.someone") })}
            >
              {c.replies.map((r) => (
                <li key={r.id} className="comment-item">
                  <CommentBody comment={r} signedIn={signedIn} />
                </li>
              ))}
            </ol>
          )}
          {replying && (
            <CommentForm
              label={t("discussion.replyLabel", { name: fields.author?.name ?? t("discussion.someone") })}
              submitLabel={t("discussion.sendReply")}
              busyLabel={t("discussion.sending")}
              busy={fetching}
              autoFocus
              onCancel={() => setReplying(false)}
              onSubmit={async (body) => {
                const r = await add({ input: { ideaId, body, parentId: c.id, thread: fields.thread } });
                if (r.error) return { fields: {}, general: [errorMessage(r.error, t("state.networkError"))] };
                const payload = r.data?.addComment;
                if (payload?.comment) {
                  setReplying(false);
                  return null;
                }
                return toFormErrors(payload?.errors ?? [], ["body"]);
              }}
            />
          )}
        </div>
      )}
    </li>
  );
}
