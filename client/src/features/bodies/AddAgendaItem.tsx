import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { Field } from "../../forms/Field";
import { noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { graphql } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { useQuery } from "../../ui/useQuery";
import { AddAgendaItemMutation } from "./mutations";

const PlacedMattersQuery = graphql(`
  query PlacedMattersForAgenda($slug: String!, $bodyId: ID!) {
    arena(slug: $slug) {
      id
      matters(stages: [PLACED], bodyId: $bodyId, first: 100) {
        edges {
          node {
            id
            number
            title
          }
        }
      }
    }
  }
`);

/** The kansli adds a matter placed with the body, or a free item, at the end of the agenda. */
export function AddAgendaItem({ slug, meeting }: { slug: string; meeting: { id: string; version: number; body: { id: string } } }) {
  const { t } = useTranslation("bodies");
  const [{ data }, refetchPlaced] = useQuery({ query: PlacedMattersQuery, variables: { slug, bodyId: meeting.body.id } });
  const placed = data?.arena?.matters.edges.map((e) => e.node) ?? [];
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, add] = useMutation(AddAgendaItemMutation);

  const submit = async (event: FormEvent<HTMLFormElement>, kind: "matter" | "free") => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    setErrors(noErrors);
    const input =
      kind === "matter"
        ? { meetingId: meeting.id, version: meeting.version, matterId: String(values.get("matterId") ?? "") }
        : { meetingId: meeting.id, version: meeting.version, title: String(values.get("title") ?? "") };
    const result = await add({ input });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const p = result.data?.addAgendaItem;
    if (p?.meeting && p.errors.length === 0) {
      form.reset();
      if (kind === "matter") refetchPlaced({ requestPolicy: "network-only" });
      return;
    }
    setErrors(toFormErrors(p?.errors ?? [], ["title", "matterId"]));
  };

  return (
    <section className="card add-agenda-item" aria-labelledby="add-item-heading">
      <h3 id="add-item-heading">{t("meeting.addItem")}</h3>
      <ErrorSummary ref={summaryRef} errors={errors} />
      {/* Both forms share one error summary; the first invalid control is looked for in this area. */}
      <div ref={formRef as never}>
        {placed.length === 0 ? (
          <p className="muted">{t("meeting.noPlaced")}</p>
        ) : (
          <form className="form form--inline" noValidate onSubmit={(e) => void submit(e, "matter")}>
            <Field name="matterId" label={t("meeting.placedMatter")} error={errors.fields.matterId}>
              {(p) => (
                <select {...p}>
                  {placed.map((m) => (
                    <option key={m.id} value={m.id}>
                      {t("body.matter", { number: m.number })}: {m.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="button" disabled={fetching}>
              {fetching ? t("meeting.adding") : t("meeting.addMatter")}
            </button>
          </form>
        )}
        <form className="form form--inline" noValidate onSubmit={(e) => void submit(e, "free")}>
          <Field name="title" label={t("meeting.freeTitle")} hint={t("meeting.freeTitleHint")} error={errors.fields.title}>
            {(p) => <input {...p} type="text" maxLength={300} />}
          </Field>
          <button type="submit" className="button" disabled={fetching}>
            {t("meeting.addFree")}
          </button>
        </form>
      </div>
    </section>
  );
}
