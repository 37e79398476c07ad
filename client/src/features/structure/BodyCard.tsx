import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { EditBodyForm } from "./BodyForm";
import { MemberForm } from "./MemberForm";
import { RemoveButton } from "./RemoveButton";
import { useStructureEditing } from "./StructureEdit";
import "./structure.css";

export const BodyCardFragment = graphql(`
  fragment BodyCard_body on Body {
    id
    name
    kind
    level
    description
    descriptionSv
    descriptionEn
    temporary
    parent {
      id
    }
    countyPart {
      id
      name
    }
    memberships {
      id
      role
      organisation {
        id
        name
      }
      person {
        id
        name
      }
    }
  }
`);

const headingTag = (depth: number) => (["h3", "h4", "h5", "h6"] as const)[Math.min(depth, 3)] ?? "h6";

/** One body of the partnership structure: what it is, at which level, and who sits in it; editable by the arena's staff. */
export function BodyCard({ body: ref, depth }: { body: FragmentOf<typeof BodyCardFragment>; depth: number }) {
  const { t } = useTranslation("structure");
  const body = readFragment(BodyCardFragment, ref);
  const editing = useStructureEditing();
  const [editOpen, setEditOpen] = useState(false);
  const Heading = headingTag(depth);
  // A seat whose person is hidden (people are shown to signed-in visitors only) and that has no organisation shows nothing.
  const members = body.memberships.filter((m) => m.person || m.organisation);
  const headingId = `body-${body.id}`;
  const seatName = (m: (typeof members)[number]) => [m.person?.name, m.organisation?.name].filter(Boolean).join(", ");
  return (
    <article className="body-card" aria-labelledby={headingId}>
      <div className="body-card__head">
        <Heading id={headingId} className="body-card__name">
          {body.name}
        </Heading>
        <p className="body-card__badges">
          <Badge tone="accent">{t(`bodyKind.${body.kind}`)}</Badge>
          <Badge tone="level">{t(`bodyLevel.${body.level}`)}</Badge>
          {body.temporary && <Badge tone="muted">{t("structure.temporary")}</Badge>}
          {body.countyPart && <Badge tone="muted">{t("structure.countyPart", { name: body.countyPart.name })}</Badge>}
        </p>
      </div>
      {body.description && <p className="body-card__description">{body.description}</p>}
      {editing && !editOpen && (
        <p className="body-card__actions">
          <button
            type="button"
            className="link-button"
            aria-label={t("edit.editLabel", { name: body.name })}
            onClick={() => setEditOpen(true)}
          >
            {t("edit.edit")}
          </button>
          <RemoveButton what="body" id={body.id} name={body.name} />
        </p>
      )}
      {editing && editOpen && <EditBodyForm body={body} onDone={() => setEditOpen(false)} />}
      {members.length > 0 && (
        <div className="body-card__members">
          <p className="body-card__members-label" id={`${headingId}-members`}>
            {t("structure.members")}
          </p>
          <ul className={editing ? "plain-list seat-list" : "inline-list"} aria-labelledby={`${headingId}-members`}>
            {members.map((m) => (
              <li key={m.id}>
                {seatName(m)}
                {m.role !== "MEMBER" || m.person ? <span className="muted"> ({t(`membershipRole.${m.role}`)})</span> : null}
                {editing && (
                  <>
                    {" "}
                    <RemoveButton what="membership" id={m.id} name={t("memberForm.seatName", { name: seatName(m), body: body.name })} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing && (
        <details className="body-card__seat">
          <summary>{t("memberForm.open")}</summary>
          <MemberForm bodyId={body.id} bodyName={body.name} />
        </details>
      )}
    </article>
  );
}
