import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { errorMessage } from "../../ui/QueryState";
import { useOpenerFocus } from "../../ui/useOpenerFocus";
import { SupportActorForm } from "./SupportActorForm";
import "../../ui/confirm.css";

export const SupportActorCardFragment = graphql(`
  fragment SupportActorCard_actor on SupportActor {
    id
    name
    kind
    phases
    offer
    contact
    email
    website
    viewerCanEdit
  }
`);

const DeleteSupportActorMutation = graphql(`
  mutation DeleteSupportActor($id: ID!) {
    deleteSupportActor(id: $id) {
      deletedId
      errors {
        message
      }
    }
  }
`);

interface Props {
  actor: FragmentOf<typeof SupportActorCardFragment>;
  arenaId: string;
  /** Tells the page what changed, for its live region. */
  onChanged: (message: string) => void;
}

/** One actor of the support system; its editors may change or remove it here. */
export function SupportActorCard({ actor: ref, arenaId, onChanged }: Props) {
  const { t } = useTranslation("guidance");
  const { t: ts } = useTranslation("support");
  const a = readFragment(SupportActorCardFragment, ref);
  const [mode, setMode] = useState<"view" | "edit" | "remove">("view");
  const { openerRef, headingRef } = useOpenerFocus(mode === "edit");
  const [removal, remove] = useMutation(DeleteSupportActorMutation);
  const [removeError, setRemoveError] = useState<string | null>(null);

  if (mode === "edit")
    return (
      <SupportActorForm
        arenaId={arenaId}
        actor={a}
        headingRef={headingRef}
        onDone={(name) => {
          setMode("view");
          onChanged(ts("saved", { name }));
        }}
        onCancel={() => setMode("view")}
      />
    );

  const onRemove = async () => {
    setRemoveError(null);
    const r = await remove({ id: a.id });
    const message = r.error
      ? errorMessage(r.error, t("state.networkError", { ns: "translation" }))
      : r.data?.deleteSupportActor.errors[0]?.message;
    if (message) return setRemoveError(message);
    onChanged(ts("removed", { name: a.name }));
  };

  return (
    <article className="card actor-card" aria-labelledby={`actor-${a.id}`}>
      <p className="queue-item__badges">
        <Badge tone="level">{t(`registry.kinds.${a.kind}`)}</Badge>
      </p>
      <h3 id={`actor-${a.id}`} className="queue-item__title">
        {a.name}
      </h3>
      {a.offer && <p>{a.offer}</p>}
      <dl className="actor-card__meta">
        {a.phases.length > 0 && (
          <div>
            <dt>{t("registry.supports")}</dt>
            <dd>{a.phases.map((p) => t(`registry.phases.${p}`)).join(", ")}</dd>
          </div>
        )}
        {a.contact && (
          <div>
            <dt>{t("registry.contact")}</dt>
            <dd>{a.contact}</dd>
          </div>
        )}
        {a.email && (
          <div>
            <dt>{t("registry.email")}</dt>
            <dd>
              <a href={`mailto:${a.email}`}>{a.email}</a>
            </dd>
          </div>
        )}
        {a.website && (
          <div>
            <dt>{t("registry.website")}</dt>
            <dd>
              <a href={a.website}>{a.website}</a>
            </dd>
          </div>
        )}
      </dl>
      {a.viewerCanEdit && mode === "view" && (
        <p className="button-row">
          <button ref={openerRef} type="button" className="button button--secondary" onClick={() => setMode("edit")}>
            {ts("edit")}
            <span className="visually-hidden">: {a.name}</span>
          </button>
          <button type="button" className="button button--ghost" onClick={() => setMode("remove")}>
            {ts("remove")}
            <span className="visually-hidden">: {a.name}</span>
          </button>
        </p>
      )}
      {mode === "remove" && (
        <div className="confirm-panel" role="group" aria-label={ts("removeHeading", { name: a.name })}>
          <p>{ts("removeQuestion", { name: a.name })}</p>
          {removeError && (
            <p className="field__error" role="alert">
              {removeError}
            </p>
          )}
          <p className="button-row">
            <button type="button" className="button button--danger" disabled={removal.fetching} onClick={() => void onRemove()}>
              {removal.fetching ? ts("removing") : ts("confirmRemove")}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setRemoveError(null);
                setMode("view");
              }}
            >
              {ts("form.cancel")}
            </button>
          </p>
        </div>
      )}
    </article>
  );
}
