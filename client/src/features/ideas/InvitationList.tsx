import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./ideas.css";

export const InvitationItemFragment = graphql(`
  fragment InvitationItem_invitation on CoBearerInvitation {
    invitation {
      id
      status
    }
    idea {
      id
      title
      stage
      bearer {
        id
        name
      }
      arena {
        id
        slug
        name
      }
    }
  }
`);

const RespondMutation = graphql(`
  mutation RespondToInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      coBearer {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** Invitations to carry an idea together with its bearer: accept or decline. */
export function InvitationList({ invitations: refs }: { invitations: readonly FragmentOf<typeof InvitationItemFragment>[] }) {
  const { t } = useTranslation("ideas");
  const invitations = readFragment(InvitationItemFragment, refs);
  const [{ fetching }, respond] = useMutation(RespondMutation);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const answer = async (id: string, title: string, accept: boolean) => {
    setProblem(null);
    const result = await respond({ input: { id, accept } });
    if (result.error) return setProblem(errorMessage(result.error, t("state.networkError")));
    const errors = result.data?.respondToInvitation.errors ?? [];
    if (errors.length > 0) return setProblem(errors.map((e) => e.message).join(" "));
    setMessage(accept ? t("invitations.accepted", { title }) : t("invitations.declined", { title }));
  };

  return (
    <>
      <p role="status" className="form__status">
        {message}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {invitations.length > 0 && (
        <section className="section section--tight invitations-section" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">
            {t("invitations.heading")} <span className="count">{invitations.length}</span>
          </h2>
          <ul className="invitations">
            {invitations.map(({ invitation, idea }) => {
              const title = idea.title || t("idea.untitled");
              return (
                <li key={invitation.id} className="invitation">
                  <p className="invitation__text">
                    {t("invitations.text", { name: idea.bearer.name })}{" "}
                    {idea.stage === "DRAFT" ? <strong>{title}</strong> : <Link to={`/a/${idea.arena.slug}/ideas/${idea.id}`}>{title}</Link>}{" "}
                    <span className="muted">({idea.arena.name})</span>
                  </p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={fetching}
                      onClick={() => answer(invitation.id, title, true)}
                      aria-label={`${t("invitations.accept")}: ${title}`}
                    >
                      {t("invitations.accept")}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={fetching}
                      onClick={() => answer(invitation.id, title, false)}
                      aria-label={`${t("invitations.decline")}: ${title}`}
                    >
                      {t("invitations.decline")}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
