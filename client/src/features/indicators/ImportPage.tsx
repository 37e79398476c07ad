import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { Field } from "../../forms/Field";
import { FormErrorsFragment } from "../../forms/errors";
import { FormScaffold } from "../../forms/FormScaffold";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql, type ResultOf } from "../../graphql";
import { useQuery } from "../../ui/useQuery";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState } from "../../ui/QueryState";
import { PageState } from "../../ui/PageState";
import { ArenaNotFound } from "../shell/NotFoundPage";
import { IndicatorRegistryQuery } from "./queries";
import "./indicators.css";

const ImportMutation = graphql(
  `
    mutation ImportIndicatorValuesForm($input: ImportIndicatorValuesInput!) {
      importIndicatorValues(input: $input) {
        report {
          dryRun
          written
          taken
          inserted
          updated
          unchanged
          refused {
            line
            code
            message
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

type Report = NonNullable<ResultOf<typeof ImportMutation>["importIndicatorValues"]["report"]>;

function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation("indicators");
  return (
    <section className="card import-report" aria-labelledby="import-report" role="status">
      <h2 id="import-report">{report.dryRun ? t("import.reportTitleDry") : t("import.reportTitle")}</h2>
      <p>{t("import.taken", { count: report.taken, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged })}</p>
      <p>
        <strong>{report.written ? t("import.written") : t("import.notWritten")}</strong>
      </p>
      {report.refused.length > 0 && (
        <>
          <h3>{t("import.refused", { count: report.refused.length })}</h3>
          <ul className="import-refused">
            {report.refused.map((r) => (
              <li key={`${r.line}-${r.code}`}>{t("import.line", { line: r.line, message: r.message })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Import a Kolada-shaped CSV into one of the indicator's series: a trial run, then the real one. */
export function ImportPage() {
  const { t } = useTranslation("indicators");
  const { slug = "", key = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: IndicatorRegistryQuery, variables: { slug } });
  const last = useRef<Report | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [text, setText] = useState("");
  const { scaffold, errors, submit } = useMutationSubmit(
    ImportMutation,
    (d) => {
      last.current = d.importIndicatorValues.report;
      return d.importIndicatorValues;
    },
    ["seriesId", "csv"],
  );
  if (!data) return <PageState head={<h1 tabIndex={-1}>{t("detail.import")}</h1>} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) return <ArenaNotFound slug={slug} />;
  const indicator = arena.indicators.find((i) => i.key === key);
  if (!indicator) return <EmptyState>{t("detail.notFound")}</EmptyState>;
  const title = t("import.title", { title: indicator.title });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setText(await file.text());
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    last.current = null;
    // The trial button submits without a submitter (requestSubmit); the import button is the submitter.
    const dryRun = (event.nativeEvent as SubmitEvent).submitter === null;
    await submit({ input: { seriesId: String(form.get("seriesId") ?? ""), csv: text, dryRun } });
    setReport(last.current);
  };

  return (
    <>
      <PageTitle parts={[title, arena.region]} />
      <div className="page-head">
        <p className="eyebrow">
          <Link to={`/a/${slug}/indicators/${key}`}>{indicator.title}</Link>
        </p>
        <h1 tabIndex={-1} id="import-title">
          {title}
        </h1>
        <p className="lead">{t("import.intro", { county: arena.countyCode ?? "" })}</p>
      </div>
      {indicator.series.length === 0 ? (
        <EmptyState>{t("import.noSeries")}</EmptyState>
      ) : (
        <FormScaffold
          {...scaffold}
          onSubmit={onSubmit}
          labelledBy="import-title"
          submitLabel={t("import.submit")}
          busyLabel={t("import.busy")}
          onCancel={() => scaffold.formRef.current?.requestSubmit()}
          cancelLabel={t("import.dryRun")}
        >
          <Field name="seriesId" label={t("import.series")} error={errors.fields.seriesId}>
            {(p) => (
              <select {...p}>
                {indicator.series.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="file" label={t("import.file")} optional>
            {(p) => <input {...p} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e)} />}
          </Field>
          <Field name="csv" label={t("import.text")} hint={t("import.textHint")} error={errors.fields.csv}>
            {(p) => <textarea {...p} rows={10} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />}
          </Field>
        </FormScaffold>
      )}
      {report && <ImportReport report={report} />}
    </>
  );
}
