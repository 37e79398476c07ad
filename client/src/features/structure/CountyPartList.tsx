import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { RenameCountyPartForm } from "./CountyPartForm";
import { RemoveButton } from "./RemoveButton";
import { useStructureEditing } from "./StructureEdit";
import "./structure.css";

export const CountyPartCardFragment = graphql(`
  fragment CountyPartCard_countyPart on CountyPart {
    id
    name
    organisations {
      id
      name
    }
  }
`);

export function CountyPartList({ countyParts: refs }: { countyParts: readonly FragmentOf<typeof CountyPartCardFragment>[] }) {
  const { t } = useTranslation("structure");
  const editing = useStructureEditing();
  const [renaming, setRenaming] = useState<string | null>(null);
  const countyParts = readFragment(CountyPartCardFragment, refs);
  return (
    <ul className="card-grid card-grid--4">
      {countyParts.map((cp) => (
        <li key={cp.id}>
          <article className="card county-part" aria-labelledby={`cp-${cp.id}`}>
            <h3 id={`cp-${cp.id}`} className="county-part__name">
              {cp.name}
            </h3>
            {cp.organisations.length === 0 ? (
              <p className="empty">{t("structure.countyPartEmpty")}</p>
            ) : (
              <ul className="plain-list" aria-label={cp.name}>
                {cp.organisations.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            )}
            {editing &&
              (renaming === cp.id ? (
                <RenameCountyPartForm countyPart={cp} onDone={() => setRenaming(null)} />
              ) : (
                <p className="body-card__actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t("edit.renameLabel", { name: cp.name })}
                    onClick={() => setRenaming(cp.id)}
                  >
                    {t("edit.rename")}
                  </button>
                  <RemoveButton what="countyPart" id={cp.id} name={cp.name} />
                </p>
              ))}
          </article>
        </li>
      ))}
    </ul>
  );
}
