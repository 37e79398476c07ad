import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Tabs } from "../../ui/Tabs";
import { CommentThread } from "./CommentThread";
import "./discussion.css";

export const IdeaDiscussionFragment = graphql(`
  fragment IdeaDiscussion_idea on Idea {
    id
    stage
    visibility
    viewerIsBearer
    commentCount
    arena {
      id
      slug
    }
  }
`);

interface Props {
  idea: FragmentOf<typeof IdeaDiscussionFragment>;
  signedIn: boolean;
  /** The viewer is on the arena's guidance team (guide, coordinator, admin). */
  onTeam: boolean;
}

/**
 * The discussion of an idea: the public thread, and for its bearers and the guidance team an
 * internal thread in a second tab. Drafts have no discussion.
 */
export function IdeaDiscussion({ idea: ref, signedIn, onTeam }: Props) {
  const { t } = useTranslation("discussion");
  const idea = readFragment(IdeaDiscussionFragment, ref);
  if (idea.stage === "DRAFT") return null;
  const withdrawn = idea.stage === "WITHDRAWN";
  const publicClosed = withdrawn ? t("discussion.closedWithdrawn") : idea.visibility !== "PUBLIC" ? t("discussion.closedNotPublic") : null;
  const internalClosed = withdrawn ? t("discussion.closedWithdrawn") : null;
  const internal = idea.viewerIsBearer || onTeam;

  const publicThread = <CommentThread ideaId={idea.id} thread="PUBLIC" signedIn={signedIn} closedReason={publicClosed} />;
  return (
    <section className="section discussion" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">
        {t("discussion.heading")} <span className="count">{idea.commentCount}</span>
      </h2>
      {internal ? (
        <Tabs
          label={t("discussion.heading")}
          tabs={[
            { key: "public", label: t("discussion.publicTab"), content: publicThread },
            {
              key: "internal",
              label: t("discussion.internalTab"),
              content: (
                <>
                  <p className="muted thread__intro">{t("discussion.internalIntro")}</p>
                  <CommentThread ideaId={idea.id} thread="INTERNAL" signedIn={signedIn} closedReason={internalClosed} />
                </>
              ),
            },
          ]}
        />
      ) : (
        publicThread
      )}
    </section>
  );
}
