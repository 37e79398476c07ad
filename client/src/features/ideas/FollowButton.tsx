import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import "./ideas.css";

export const FollowButtonFragment = graphql(`
  fragment FollowButton_idea on Idea {
    id
    followerCount
    viewerFollows
  }
`);

const FollowMutation = graphql(`
  mutation FollowIdea($ideaId: ID!) {
    followIdea(ideaId: $ideaId) {
      idea {
        id
        followerCount
        viewerFollows
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const UnfollowMutation = graphql(`
  mutation UnfollowIdea($ideaId: ID!) {
    unfollowIdea(ideaId: $ideaId) {
      idea {
        id
        followerCount
        viewerFollows
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** A toggle button (aria-pressed) with the follower count; signed-out visitors are asked to sign in. */
export function FollowButton({ idea: ref, signedIn }: { idea: FragmentOf<typeof FollowButtonFragment>; signedIn: boolean }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(FollowButtonFragment, ref);
  const [, follow] = useMutation(FollowMutation);
  const [, unfollow] = useMutation(UnfollowMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = async () => {
    setProblem(null);
    const result = idea.viewerFollows ? await unfollow({ ideaId: idea.id }) : await follow({ ideaId: idea.id });
    if (result.error) setProblem(errorMessage(result.error, t("state.networkError")));
  };

  return (
    <div className="follow">
      <p className="follow__count" aria-live="polite">
        {t("idea.followers", { count: idea.followerCount })}
      </p>
      {signedIn ? (
        <button
          type="button"
          className={`button ${idea.viewerFollows ? "button--secondary" : "button--primary"} follow__button`}
          aria-pressed={idea.viewerFollows}
          onClick={toggle}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className="icon">
            {idea.viewerFollows ? (
              <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
            ) : (
              <path d="M10 4v12M4 10h12" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            )}
          </svg>
          {t("idea.follow")}
        </button>
      ) : (
        <p className="muted follow__sign-in">
          <Link to="/sign-in">{t("idea.signInToFollow")}</Link>
        </p>
      )}
      <p className="follow__hint muted">{idea.viewerFollows ? t("idea.followingHint") : t("idea.followHint")}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
