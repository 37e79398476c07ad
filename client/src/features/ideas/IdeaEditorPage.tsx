import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useParams } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { Loading, QueryError } from "../../ui/QueryState";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { draftKey, keepSessionClientKey, readDraft, removeDraft, sessionClientKey } from "./draftStore";
import { IdeaEditor, IdeaEditorArenaFragment, IdeaEditorFrameworksFragment } from "./IdeaEditor";
import { IdeaDraftFragment, type IdeaStage, type Sector, changedFields, emptyValues, fromIdea, hasContent, rebase } from "./ideaValues";
import { IdeaUnavailable } from "./IdeaUnavailable";
import type { AutosaveStart } from "./useIdeaAutosave";

const IdeaEditorPageQuery = graphql(
  `
    query IdeaEditorPage($slug: String!, $id: ID!, $withIdea: Boolean!) {
      arena(slug: $slug) {
        id
        name
        region
        slug
        ...IdeaEditor_arena
      }
      frameworks {
        ...IdeaEditor_frameworks
      }
      me {
        id
        organisation
        sector
      }
      idea(id: $id) @include(if: $withIdea) {
        id
        title
        arena {
          id
          slug
        }
        ...IdeaDraft_idea
      }
    }
  `,
  [IdeaEditorArenaFragment, IdeaEditorFrameworksFragment, IdeaDraftFragment],
);

/** Stages in which the bearers may still edit what they wrote (as the server has it). */
const EDITABLE: readonly IdeaStage[] = ["DRAFT", "SUBMITTED", "NEEDS_INFO", "GUIDANCE", "DEVELOPMENT", "TESTING", "PARKED"];

/** "Ny idé" (/a/:slug/ideas/new) and editing (/a/:slug/ideas/:id/edit): one page, so that the first save does not remount the form. */
export function IdeaEditorPage() {
  const { t } = useTranslation("ideas");
  const navigate = useNavigate();
  const { slug = "", id } = useParams();
  // The idea this form created: its URL changes to the edit page, the form stays as it is.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const continuing = id !== undefined && id === createdId;
  const withIdea = id !== undefined && !continuing;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IdeaEditorPageQuery,
    variables: { slug, id: withIdea ? id : "", withIdea },
    // What is saved now, not what this tab saw last: the form starts from it.
    requestPolicy: withIdea ? "network-only" : "cache-first",
  });

  const titleText = id === undefined || continuing ? t("ideaForm.newTitle") : t("ideaForm.editTitle");
  const title = <h1 tabIndex={-1}>{titleText}</h1>;
  const onCreated = (newId: string) => {
    setCreatedId(newId);
    void navigate(`/a/${slug}/ideas/${newId}/edit`, { replace: true, state: { quiet: true } });
  };

  if (error && !data) {
    return (
      <>
        {title}
        <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data || (fetching && withIdea && !data.idea)) {
    return (
      <>
        {title}
        <Loading />
      </>
    );
  }
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  if (!data.me) {
    return (
      <div className="narrow">
        <PageTitle parts={[titleText, arena.region]} />
        {title}
        <div className="notice">
          <p>{t("ideaForm.signInRequired")}</p>
          <p className="button-row">
            <Link className="button button--primary" to="/sign-in">
              {t("account.signIn")}
            </Link>
            <Link className="button button--secondary" to="/register">
              {t("account.register")}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const idea = withIdea ? (data.idea ?? null) : null;
  let stage: IdeaStage | null = null;
  if (withIdea) {
    if (!idea) return <IdeaUnavailable slug={slug} />;
    if (idea.arena.slug !== slug) return <Navigate to={`/a/${idea.arena.slug}/ideas/${idea.id}/edit`} replace />;
    const draft = readFragment(IdeaDraftFragment, idea);
    if (!draft.viewerIsBearer || !EDITABLE.includes(draft.stage)) {
      return (
        <div className="narrow">
          <PageTitle parts={[idea.title || t("idea.untitled"), arena.region]} />
          <h1 tabIndex={-1}>{idea.title || t("idea.untitled")}</h1>
          <div className="notice">
            <p>{draft.viewerIsBearer ? t("ideaForm.notEditable") : t("ideaForm.notBearer")}</p>
            <Link className="button button--secondary" to={`/a/${slug}/ideas/${idea.id}`}>
              {t("ideaForm.backToIdea")}
            </Link>
          </div>
        </div>
      );
    }
    stage = draft.stage;
  }

  return (
    <>
      <PageTitle parts={[titleText, arena.region]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{stage === null || stage === "DRAFT" ? t("ideaForm.lead") : t("ideaForm.editLead")}</p>
      </div>
      <EditorStart
        key={withIdea ? id : "new"}
        slug={slug}
        arena={arena}
        frameworks={data.frameworks}
        me={data.me}
        idea={idea}
        stage={stage}
        onCreated={onCreated}
      />
    </>
  );
}

interface StartProps {
  slug: string;
  arena: FragmentOf<typeof IdeaEditorArenaFragment>;
  frameworks: FragmentOf<typeof IdeaEditorFrameworksFragment>;
  me: { organisation: string; sector: Sector };
  idea: (FragmentOf<typeof IdeaDraftFragment> & { id: string }) | null;
  stage: IdeaStage | null;
  onCreated: (id: string) => void;
}

/** Works out, once per idea, where the form starts: the saved idea, or what the browser kept of an unsaved edit. */
function EditorStart({ slug, arena, frameworks, me, idea, stage, onCreated }: StartProps) {
  const [init] = useState(() => startFrom(slug, me, idea));
  return (
    <IdeaEditor arena={arena} frameworks={frameworks} start={init.start} stage={stage} restored={init.restored} onCreated={onCreated} />
  );
}

function startFrom(slug: string, me: StartProps["me"], idea: StartProps["idea"]): { start: AutosaveStart; restored: boolean } {
  if (!idea) {
    const local = readDraft(draftKey(slug, null));
    if (local && hasContent(local.values)) {
      // The same client key as before: should the first save have reached the server, it is not made twice.
      keepSessionClientKey(slug, local.clientKey);
      return {
        start: { ideaId: null, clientKey: local.clientKey, version: null, values: local.values, base: null, conflict: null },
        restored: true,
      };
    }
    return {
      start: {
        ideaId: null,
        clientKey: sessionClientKey(slug),
        version: null,
        values: emptyValues(me.organisation, me.sector),
        base: null,
        conflict: null,
      },
      restored: false,
    };
  }
  const saved = fromIdea(idea);
  const version = readFragment(IdeaDraftFragment, idea).version;
  const key = draftKey(slug, idea.id);
  const local = readDraft(key);
  const fresh = { ideaId: idea.id, clientKey: local?.clientKey ?? "", version, values: saved, base: saved, conflict: null };
  if (!local || changedFields(local.values, saved).length === 0) {
    if (local) removeDraft(key);
    return { start: fresh, restored: false };
  }
  if (local.version === version || !local.base) {
    return { start: { ...fresh, values: local.values }, restored: true };
  }
  // The browser's copy is based on an older version: merge it with what is saved now.
  const merged = rebase(local.values, local.base, saved);
  if (merged.conflicts.length === 0) return { start: { ...fresh, values: merged.merged }, restored: true };
  return {
    start: {
      ...fresh,
      values: merged.merged,
      base: local.base,
      version: local.version,
      conflict: { current: saved, version, fields: merged.conflicts },
    },
    restored: true,
  };
}
