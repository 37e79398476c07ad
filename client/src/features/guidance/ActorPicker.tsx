import { useTranslation } from "react-i18next";
import { Field } from "../../forms/Field";
import { graphql } from "../../graphql";
import { Loading } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";

const ReferActorsQuery = graphql(`
  query ReferActors($arenaId: ID!) {
    supportActors(arenaId: $arenaId, first: 100) {
      edges {
        node {
          id
          name
          kind
          offer
        }
      }
    }
  }
`);

interface Props {
  arenaId: string;
  /** A fixed id, so that an error summary can link to it. */
  id?: string;
  error?: string;
}

/** Picks an actor of the arena's support system (the registry), by name: for a referral, from triage or from guidance. */
export function ActorPicker({ arenaId, id, error }: Props) {
  const { t } = useTranslation("guidance");
  const [actors] = useQuery({ query: ReferActorsQuery, variables: { arenaId } });
  const list = actors.data?.supportActors.edges.map((e) => e.node) ?? [];
  if (actors.fetching && !actors.data) return <Loading />;
  if (list.length === 0) return <p className="muted">{t("referrals.noActors")}</p>;
  return (
    <Field name="actorId" id={id} label={t("referrals.actor")} hint={t("referrals.actorHint")} error={error}>
      {(p) => (
        <select {...p} defaultValue="">
          <option value="" disabled>
            {t("referrals.chooseActor")}
          </option>
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.name} (${t(`registry.kinds.${a.kind}`)})`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
