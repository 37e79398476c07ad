import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useSubscription } from "urql";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { hasArenaRole, useViewer } from "../accounts/useViewer";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { AddBodyForm } from "./BodyForm";
import { BodyTree, BodyTreeFragment } from "./BodyTree";
import { AddCountyPartForm } from "./CountyPartForm";
import { CountyPartCardFragment, CountyPartList } from "./CountyPartList";
import { AddOrganisationForm } from "./OrganisationForm";
import { OrganisationItemFragment, OrganisationList } from "./OrganisationList";
import { RolesPanel } from "./RolesPanel";
import { StructureEditContext, type StructureEditing } from "./StructureEdit";
import "./structure.css";

const StructurePageQuery = graphql(
  `
    query StructurePage($slug: String!) {
      arena(slug: $slug) {
        id
        name
        region
        bodies {
          id
          name
          ...BodyTree_body
        }
        organisations {
          id
          name
          isParty
          ...OrganisationItem_organisation
        }
        countyParts {
          id
          name
          ...CountyPartCard_countyPart
        }
      }
    }
  `,
  [BodyTreeFragment, OrganisationItemFragment, CountyPartCardFragment],
);

const StructureChangedSubscription = graphql(`
  subscription StructureChanged($arenaId: ID!) {
    structureChanged(arenaId: $arenaId) {
      arenaId
      kind
    }
  }
`);

export function StructurePage() {
  const { t } = useTranslation("structure");
  const { slug = "" } = useParams();
  const { viewer } = useViewer();
  const [{ data, error }, reexecute] = useQuery({ query: StructurePageQuery, variables: { slug } });
  const arena = data?.arena;

  // Live updates are for signed-in people (the server requires it); each event refetches the page.
  const [{ data: changes = 0 }] = useSubscription(
    { query: StructureChangedSubscription, variables: { arenaId: arena?.id ?? "" }, pause: !viewer || !arena },
    (count: number | undefined) => (count ?? 0) + 1,
  );
  const [announced, setAnnounced] = useState(0);
  useEffect(() => {
    if (changes === 0) return;
    reexecute({ requestPolicy: "network-only" });
    setAnnounced(changes);
  }, [changes, reexecute]);

  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const canEdit = hasArenaRole(viewer, slug, ["COORDINATOR", "ADMIN"]);
  const isAdmin = hasArenaRole(viewer, slug, ["ADMIN"]);
  const editing = useMemo<StructureEditing | null>(
    () =>
      arena && canEdit
        ? {
            arenaId: arena.id,
            slug,
            isAdmin,
            bodies: arena.bodies,
            countyParts: arena.countyParts,
            organisations: arena.organisations,
            refresh,
          }
        : null,
    [arena, canEdit, isAdmin, slug, refresh],
  );

  const title = <h1 tabIndex={-1}>{t("structure.title")}</h1>;

  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  if (!arena) return <ArenaNotFound slug={slug} />;

  const parties = arena.organisations.filter((o) => o.isParty);
  const others = arena.organisations.filter((o) => !o.isParty);

  return (
    <StructureEditContext.Provider value={editing}>
      <PageTitle parts={[t("structure.title"), arena.region]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("structure.intro")}</p>
      </div>
      <p className="visually-hidden" role="status">
        {announced > 0 ? t("state.liveUpdate") : ""}
      </p>

      <section className="section" aria-labelledby="bodies-heading">
        <h2 id="bodies-heading">
          {t("structure.bodiesHeading")} <span className="count">{arena.bodies.length}</span>
        </h2>
        {arena.bodies.length === 0 ? <EmptyState>{t("structure.bodiesEmpty")}</EmptyState> : <BodyTree bodies={arena.bodies} />}
      </section>
      <AddBodyForm />

      <div className="two-columns">
        <section className="section" aria-labelledby="parties-heading">
          <h2 id="parties-heading">
            {t("structure.partiesHeading")} <span className="count">{parties.length}</span>
          </h2>
          <p className="muted">{t("structure.partiesIntro")}</p>
          {parties.length === 0 ? (
            <EmptyState>{t("structure.partiesEmpty")}</EmptyState>
          ) : (
            <OrganisationList organisations={parties} label={t("structure.partiesHeading")} />
          )}
        </section>

        <section className="section" aria-labelledby="others-heading">
          <h2 id="others-heading">
            {t("structure.othersHeading")} <span className="count">{others.length}</span>
          </h2>
          {others.length === 0 ? (
            <EmptyState>{t("structure.othersEmpty")}</EmptyState>
          ) : (
            <OrganisationList organisations={others} label={t("structure.othersHeading")} />
          )}
        </section>
      </div>

      <section className="section" aria-labelledby="county-parts-heading">
        <h2 id="county-parts-heading">
          {t("structure.countyPartsHeading")} <span className="count">{arena.countyParts.length}</span>
        </h2>
        {arena.countyParts.length === 0 ? (
          <EmptyState>{t("structure.countyPartsEmpty")}</EmptyState>
        ) : (
          <CountyPartList countyParts={arena.countyParts} />
        )}
        <AddCountyPartForm />
      </section>

      <AddOrganisationForm />
      <RolesPanel />
    </StructureEditContext.Provider>
  );
}
