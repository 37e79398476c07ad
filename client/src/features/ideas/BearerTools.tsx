import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { CoBearerList, CoBearerListFragment } from "./CoBearerList";
import type { IdeaStage } from "./ideaValues";
import { InviteCoBearerForm } from "./InviteCoBearerForm";
import { WithdrawIdea } from "./WithdrawIdea";
import "./ideas.css";

export const BearerToolsFragment = graphql(
  `
    fragment BearerTools_idea on Idea {
      id
      stage
      arena {
        id
        slug
      }
      ...CoBearerList_idea
    }
  `,
  [CoBearerListFragment],
);

const EDITABLE: readonly IdeaStage[] = ["DRAFT", "SUBMITTED", "NEEDS_INFO", "GUIDANCE", "DEVELOPMENT", "TESTING", "PARKED"];
const FINAL: readonly IdeaStage[] = ["WITHDRAWN", "MERGED", "DECLINED", "CLOSED", "ADOPTED"];

/** For the idea's bearers: edit, co-bearers, withdraw. */
export function BearerTools({ idea: ref }: { idea: FragmentOf<typeof BearerToolsFragment> }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(BearerToolsFragment, ref);
  return (
    <section className="bearer-tools" aria-labelledby="bearer-tools-heading">
      <h2 id="bearer-tools-heading" className="aside-heading">
        {t("bearerTools.heading")}
      </h2>
      {EDITABLE.includes(idea.stage) && (
        <Link className="button button--primary button--block" to={`/a/${idea.arena.slug}/ideas/${idea.id}/edit`}>
          {idea.stage === "DRAFT" ? t("bearerTools.continue") : t("bearerTools.edit")}
        </Link>
      )}
      <div className="bearer-tools__part">
        <h3 className="tool-heading">{t("coBearers.heading")}</h3>
        <CoBearerList idea={idea} />
      </div>
      {!FINAL.includes(idea.stage) && (
        <>
          <div className="bearer-tools__part">
            <InviteCoBearerForm ideaId={idea.id} />
          </div>
          <div className="bearer-tools__part">
            <WithdrawIdea ideaId={idea.id} />
          </div>
        </>
      )}
    </section>
  );
}
