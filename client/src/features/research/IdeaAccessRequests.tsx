import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { useMutation } from "urql";
import { useQuery } from "../../ui/useQuery";
import { FormErrorsFragment, toFormErrors } from "../../forms/errors";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { RequestStatusBadge } from "./RequestStatusBadge";
import "./research.css";

const AccessRequestItemFragment = graphql(`
  fragment AccessRequestItem_request on AccessRequest {
    id
    ideaId
    status
    reason
    response
    requestedAt
    decidedAt
    viewerCanDecide
    requester {
      id
      name
    }
  }
`);

const IdeaAccessRequestsQuery = graphql(
  `
    query IdeaAccessRequests($id: ID!) {
      idea(id: $id) {
        id
        viewerIsBearer
        accessRequests {
          id
          ...AccessRequestItem_request
        }
      }
    }
  `,
  [AccessRequestItemFragment],
);

const GrantMutation = graphql(
  `
    mutation GrantIdeaAccess($input: DecideIdeaAccessInput!) {
      grantIdeaAccess(input: $input) {
        accessRequest {
          id
          ideaId
          ...AccessRequestItem_request
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [AccessRequestItemFragment, FormErrorsFragment],
);
const RefuseMutation = graphql(
  `
    mutation RefuseIdeaAccess($input: DecideIdeaAccessInput!) {
      refuseIdeaAccess(input: $input) {
        accessRequest {
          id
          ideaId
          ...AccessRequestItem_request
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [AccessRequestItemFragment, FormErrorsFragment],
);
const RevokeMutation = graphql(
  `
    mutation RevokeIdeaAccess($input: DecideIdeaAccessInput!) {
      revokeIdeaAccess(input: $input) {
        accessRequest {
          id
          ideaId
          ...AccessRequestItem_request
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [AccessRequestItemFragment, FormErrorsFragment],
);

type Action = "grant" | "refuse" | "revoke";

/** One request: who asks and why, and the bearer's answer (with an optional response to the researcher). */
function RequestItem({ request: ref, onDone }: { request: FragmentOf<typeof AccessRequestItemFragment>; onDone: (m: string) => void }) {
  const { t } = useTranslation("research");
  const r = readFragment(AccessRequestItemFragment, ref);
  const id = useId();
  const [response, setResponse] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [grantState, grant] = useMutation(GrantMutation);
  const [refuseState, refuse] = useMutation(RefuseMutation);
  const [revokeState, revoke] = useMutation(RevokeMutation);
  const busy = grantState.fetching || refuseState.fetching || revokeState.fetching;
  const name = r.requester.name;

  const answer = async (action: Action) => {
    setError(null);
    const input = { id: r.id, response: response.trim() || undefined };
    const result =
      action === "grant"
        ? await grant({ input }).then((x) => ({ error: x.error, payload: x.data?.grantIdeaAccess }))
        : action === "refuse"
          ? await refuse({ input }).then((x) => ({ error: x.error, payload: x.data?.refuseIdeaAccess }))
          : await revoke({ input }).then((x) => ({ error: x.error, payload: x.data?.revokeIdeaAccess }));
    if (result.error) return setError(errorMessage(result.error, t("state.networkError", { ns: "translation" })));
    const payload = result.payload;
    const errors = toFormErrors(payload?.errors ?? [], ["response"]);
    if ((payload?.errors.length ?? 0) > 0) return setError([errors.fields.response, ...errors.general].filter(Boolean).join(" "));
    setResponse("");
    onDone(t(action === "grant" ? "access.granted" : action === "refuse" ? "access.refused" : "access.revoked", { name }));
  };

  const canAnswer = r.viewerCanDecide;
  return (
    <li className="access-request">
      <p className="access-request__head">
        <strong>{t("access.asked", { name, date: formatDate(r.requestedAt) })}</strong> <RequestStatusBadge status={r.status} />
      </p>
      <p className="access-request__label">{t("access.reason")}</p>
      <p className="prose">{r.reason}</p>
      {r.response && r.status !== "PENDING" && (
        <>
          <p className="access-request__label">{t("access.response")}</p>
          <p className="prose">{r.response}</p>
        </>
      )}
      {canAnswer && (
        <div className="access-request__answer">
          {r.status !== "REVOKED" && r.status !== "REFUSED" && (
            <Field name="response" id={`${id}-response`} label={t("access.response")} hint={t("access.responseHint")} optional>
              {(p) => <textarea {...p} rows={2} value={response} onChange={(e) => setResponse(e.currentTarget.value)} />}
            </Field>
          )}
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            {r.status === "PENDING" && (
              <>
                <button type="button" className="button button--primary" disabled={busy} onClick={() => void answer("grant")}>
                  {t("access.grant")}
                  <span className="visually-hidden"> – {name}</span>
                </button>
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => void answer("refuse")}>
                  {t("access.refuse")}
                  <span className="visually-hidden"> – {name}</span>
                </button>
              </>
            )}
            {r.status === "GRANTED" && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void answer("revoke")}>
                {t("access.revoke")}
                <span className="visually-hidden"> – {name}</span>
              </button>
            )}
            {(r.status === "REFUSED" || r.status === "REVOKED") && (
              <button type="button" className="button button--ghost" disabled={busy} onClick={() => void answer("grant")}>
                {t("access.grantAgain")}
                <span className="visually-hidden"> – {name}</span>
              </button>
            )}
          </div>
        </div>
      )}
    </li>
  );
}

/** Researchers' requests to read this idea, for its bearers to grant or refuse (in the idea page's aside). */
export function IdeaAccessRequests({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation("research");
  const [{ data, error, fetching }, reexecute] = useQuery({ query: IdeaAccessRequestsQuery, variables: { id: ideaId } });
  const [notice, setNotice] = useState("");
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // An answered request moves to the other list (a new element), so focus goes to the section's heading.
  const onDone = (message: string) => {
    setNotice(message);
    headingRef.current?.focus();
  };
  const idea = data?.idea;
  if (data && !idea?.viewerIsBearer) return null;
  const requests = idea?.accessRequests ?? [];
  const all = requests.map((r) => ({ ref: r, status: readFragment(AccessRequestItemFragment, r).status }));
  const pending = all.filter((r) => r.status === "PENDING");
  const answered = all.filter((r) => r.status !== "PENDING");
  return (
    <section className="card access-requests" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="access-requests__title">
        {t("access.heading")} {pending.length > 0 && <Badge tone="accent">{pending.length}</Badge>}
      </h2>
      <p className="muted">{t("access.intro")}</p>
      <p role="status" className="form__status">
        {notice}
      </p>
      {error && !data ? (
        <div className="notice notice--error" role="alert">
          <p>{t("access.loadError")}</p>
          <button type="button" className="button button--secondary" onClick={() => reexecute({ requestPolicy: "network-only" })}>
            {t("access.retry")}
          </button>
        </div>
      ) : !data && fetching ? (
        <p className="muted">{t("state.loading", { ns: "translation" })}</p>
      ) : requests.length === 0 ? (
        <p className="empty">{t("access.none")}</p>
      ) : (
        <>
          {pending.length > 0 && (
            <>
              <h3 className="access-requests__subtitle">{t("access.pendingHeading")}</h3>
              <ul className="access-requests__list">
                {pending.map((r) => (
                  <RequestItem key={r.ref.id} request={r.ref} onDone={onDone} />
                ))}
              </ul>
            </>
          )}
          {answered.length > 0 && (
            <>
              <h3 className="access-requests__subtitle">{t("access.answeredHeading")}</h3>
              <ul className="access-requests__list">
                {answered.map((r) => (
                  <RequestItem key={r.ref.id} request={r.ref} onDone={onDone} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
