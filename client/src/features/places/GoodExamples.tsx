import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { formText, useMutationForm } from "../../forms/useMutationForm";
import { type FragmentOf, graphql, readFragment } from "../../graphql";

export const GoodExampleFragment = graphql(`
  fragment GoodExample_example on GoodExample {
    id
    title
    summary
    partners
    funding
    results
    link
  }
`);

const CreateMutation = graphql(
  `
    mutation CreateGoodExample($input: CreateGoodExampleInput!) {
      createGoodExample(input: $input) {
        goodExample {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const DeleteMutation = graphql(`
  mutation DeleteGoodExample($id: ID!) {
    deleteGoodExample(id: $id) {
      deletedId
      errors {
        code
        message
      }
    }
  }
`);

const FIELDS = ["title", "summary", "partners", "funding", "results", "link"] as const;

/** One good example: what, who, funding, results and where to read more. */
export function GoodExampleCard({
  example,
  mayRemove,
  onChanged,
}: {
  example: FragmentOf<typeof GoodExampleFragment>;
  mayRemove: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation("places");
  const e = readFragment(GoodExampleFragment, example);
  const [{ fetching }, remove] = useMutation(DeleteMutation);
  const onRemove = async () => {
    if (!window.confirm(t("municipality.confirmRemove", { title: e.title }))) return;
    const r = await remove({ id: e.id });
    if (r.data?.deleteGoodExample.deletedId) onChanged();
  };
  return (
    <article className="card places__example">
      <h3>{e.title}</h3>
      {e.summary && <p>{e.summary}</p>}
      <dl className="places__facts">
        {e.partners && (
          <>
            <dt>{t("municipality.partners")}</dt>
            <dd>{e.partners}</dd>
          </>
        )}
        {e.funding && (
          <>
            <dt>{t("municipality.funding")}</dt>
            <dd>{e.funding}</dd>
          </>
        )}
        {e.results && (
          <>
            <dt>{t("municipality.results")}</dt>
            <dd>{e.results}</dd>
          </>
        )}
      </dl>
      {e.link && (
        <p>
          <a href={e.link} rel="noopener noreferrer">
            {t("municipality.readMore", { title: e.title })}
          </a>
        </p>
      )}
      {mayRemove && (
        <button type="button" className="button button--ghost" disabled={fetching} onClick={() => void onRemove()}>
          {t("municipality.remove")}
          <span className="visually-hidden"> {e.title}</span>
        </button>
      )}
    </article>
  );
}

/** The kansli adds a good example to the municipality's page. */
export function AddGoodExample({ municipalityId, onAdded }: { municipalityId: string; onAdded: () => void }) {
  const { t } = useTranslation("places");
  const form = useMutationForm(FIELDS);
  const [{ fetching }, create] = useMutation(CreateMutation);
  const [done, setDone] = useState(false);
  const onSubmit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const el = ev.currentTarget;
    const v = formText(el);
    const input = { municipalityId, ...Object.fromEntries(FIELDS.map((f) => [f, v(f)])) } as {
      municipalityId: string;
      title: string;
    };
    const result = await create({ input });
    if (form.accept(result, result.data?.createGoodExample)) {
      el.reset();
      setDone(true);
      onAdded();
    } else setDone(false);
  };
  const err = (f: string) => form.errors.fields[f];
  return (
    <form ref={form.formRef} className="card places__form" onSubmit={(ev) => void onSubmit(ev)} noValidate>
      <h3>{t("exampleForm.heading")}</h3>
      <ErrorSummary ref={form.summaryRef} errors={form.errors} />
      <Field name="title" id="ge-title" label={t("exampleForm.title")} error={err("title")}>
        {(p) => <input {...p} type="text" required maxLength={200} />}
      </Field>
      <Field name="summary" id="ge-summary" label={t("exampleForm.summary")} error={err("summary")} optional>
        {(p) => <textarea {...p} rows={3} />}
      </Field>
      <Field
        name="partners"
        id="ge-partners"
        label={t("exampleForm.partners")}
        hint={t("exampleForm.partnersHint")}
        error={err("partners")}
        optional
      >
        {(p) => <input {...p} type="text" />}
      </Field>
      <Field name="funding" id="ge-funding" label={t("exampleForm.funding")} error={err("funding")} optional>
        {(p) => <input {...p} type="text" />}
      </Field>
      <Field
        name="results"
        id="ge-results"
        label={t("exampleForm.results")}
        hint={t("exampleForm.resultsHint")}
        error={err("results")}
        optional
      >
        {(p) => <textarea {...p} rows={3} />}
      </Field>
      <Field name="link" id="ge-link" label={t("exampleForm.link")} hint={t("exampleForm.linkHint")} error={err("link")} optional>
        {(p) => <input {...p} type="url" />}
      </Field>
      <button type="submit" className="button button--primary" disabled={fetching}>
        {fetching ? t("exampleForm.submitting") : t("exampleForm.submit")}
      </button>
      {done && (
        <p role="status" className="places__status">
          {t("exampleForm.added")}
        </p>
      )}
    </form>
  );
}
