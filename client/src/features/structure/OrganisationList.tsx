import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./structure.css";

export const OrganisationItemFragment = graphql(`
  fragment OrganisationItem_organisation on Organisation {
    id
    name
    kind
    sector
    isParty
    countyPart {
      id
      name
    }
  }
`);

export function OrganisationList({
  organisations: refs,
  label,
}: {
  organisations: readonly FragmentOf<typeof OrganisationItemFragment>[];
  label: string;
}) {
  const { t } = useTranslation("structure");
  const organisations = readFragment(OrganisationItemFragment, refs);
  return (
    <ul className="org-list" aria-label={label}>
      {organisations.map((o) => (
        <li key={o.id} className="org-list__item">
          <span className="org-list__name">{o.name}</span>
          <span className="org-list__meta">{[t(`organisationKind.${o.kind}`), o.countyPart?.name].filter(Boolean).join(" · ")}</span>
        </li>
      ))}
    </ul>
  );
}
