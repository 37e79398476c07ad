import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { EditOrganisationForm } from "./OrganisationForm";
import { RemoveButton } from "./RemoveButton";
import { useStructureEditing } from "./StructureEdit";
import "./structure.css";

export const OrganisationItemFragment = graphql(`
  fragment OrganisationItem_organisation on Organisation {
    id
    name
    kind
    sector
    isParty
    contactName
    contactEmail
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
  const editing = useStructureEditing();
  const [editingId, setEditingId] = useState<string | null>(null);
  const organisations = readFragment(OrganisationItemFragment, refs);
  return (
    <ul className="org-list" aria-label={label}>
      {organisations.map((o) =>
        editingId === o.id ? (
          <li key={o.id} className="org-list__item org-list__item--editing">
            <EditOrganisationForm organisation={o} onDone={() => setEditingId(null)} />
          </li>
        ) : (
          <li key={o.id} className="org-list__item">
            <span className="org-list__name">{o.name}</span>
            <span className="org-list__meta">{[t(`organisationKind.${o.kind}`), o.countyPart?.name].filter(Boolean).join(" · ")}</span>
            {editing && (
              <>
                <span className="org-list__contact">
                  {o.contactEmail
                    ? t("organisation.contact", { name: o.contactName || o.contactEmail, email: o.contactEmail })
                    : t("organisation.noContact")}
                </span>
                <span className="org-list__actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t("edit.editLabel", { name: o.name })}
                    onClick={() => setEditingId(o.id)}
                  >
                    {t("edit.edit")}
                  </button>
                  <RemoveButton what="organisation" id={o.id} name={o.name} />
                </span>
              </>
            )}
          </li>
        ),
      )}
    </ul>
  );
}
