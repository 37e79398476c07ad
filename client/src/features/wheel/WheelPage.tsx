import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useMutation } from "urql";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormScaffold } from "../../forms/FormScaffold";
import { useMutationSubmit } from "../../forms/useMutationSubmit";
import { graphql } from "../../graphql";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { TableScroll } from "../../ui/TableScroll";
import { useQuery } from "../../ui/useQuery";
import { WheelSvg, monthName } from "./WheelSvg";
import "./wheel.css";

const WheelPageQuery = graphql(`
  query WheelPage($slug: String!) {
    arena(slug: $slug) {
      id
      name
      viewerMayEditWheel
      wheel {
        id
        month
        day
        title
        description
        audience
        audienceRole
        remindWorkingDays
        version
        body {
          id
          name
        }
      }
      bodies {
        id
        name
      }
    }
  }
`);

const CreateMilestone = graphql(
  `
    mutation CreateWheelMilestoneForm($input: CreateWheelMilestoneInput!) {
      createWheelMilestone(input: $input) {
        milestone {
          id
          title
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const DeleteMilestone = graphql(`
  mutation DeleteWheelMilestoneButton($input: DeleteWheelMilestoneInput!) {
    deleteWheelMilestone(input: $input) {
      milestone {
        id
        title
      }
      errors {
        code
        message
      }
    }
  }
`);

const FIELDS = ["month", "day", "bodyId", "titleSv", "titleEn", "audience", "remindWorkingDays"] as const;
const AUDIENCES = ["KANSLI", "BODY_MEMBERS"] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** /a/:slug/arshjul — the annual wheel as an accessible image and a month-by-month table; the kansli edits it here. */
export function WheelPage() {
  const { t } = useTranslation("wheel");
  const { slug = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: WheelPageQuery, variables: { slug } });
  const [status, setStatus] = useState("");
  const [, remove] = useMutation(DeleteMilestone);
  const title = <h1 tabIndex={-1}>{t("page.title")}</h1>;
  if (!data) return <PageState head={title} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  if (!arena) {
    return (
      <>
        <PageTitle parts={[t("page.title")]} />
        {title}
        <p className="lead">{t("page.notFound")}</p>
      </>
    );
  }
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const onRemove = async (m: { id: string; version: number; title: string }) => {
    const r = await remove({ input: { id: m.id, version: m.version } });
    const p = r.data?.deleteWheelMilestone;
    setStatus(p && p.errors.length === 0 ? t("page.removed", { title: m.title }) : (p?.errors[0]?.message ?? r.error?.message ?? ""));
    refresh();
  };
  return (
    <>
      <PageTitle parts={[t("page.title"), arena.name]} />
      <div className="page-head">
        <p className="eyebrow">{arena.name}</p>
        {title}
        <p className="lead">{t("page.lead")}</p>
      </div>
      <div className="wheel-layout">
        <WheelSvg marks={arena.wheel} />
        <section className="section" aria-labelledby="wheel-table">
          <h2 id="wheel-table">{t("page.tableHeading")}</h2>
          {arena.wheel.length === 0 ? (
            <p>{t("page.empty")}</p>
          ) : (
            <TableScroll label={t("page.caption")}>
              <table className="table wheel-table">
                <caption className="visually-hidden">{t("page.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("page.month")}</th>
                    <th scope="col">{t("page.when")}</th>
                    <th scope="col">{t("page.what")}</th>
                    <th scope="col">{t("page.body")}</th>
                    <th scope="col">{t("page.reminded")}</th>
                    {arena.viewerMayEditWheel && (
                      <th scope="col">
                        <span className="visually-hidden">{t("page.remove")}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {arena.wheel.map((m, i) => (
                    <tr key={m.id}>
                      {i === 0 || arena.wheel[i - 1]!.month !== m.month ? (
                        <th scope="row">{monthName(m.month)}</th>
                      ) : (
                        <td>
                          <span className="visually-hidden">{monthName(m.month)}</span>
                        </td>
                      )}
                      <td>{m.day === null ? t("page.wholeMonth") : `${m.day} ${monthName(m.month)}`}</td>
                      <td>
                        {m.title}
                        {m.description !== "" && <p className="muted">{m.description}</p>}
                      </td>
                      <td>{m.body?.name ?? "–"}</td>
                      <td>{t("page.workingDaysAhead", { who: t(`audience.${m.audience}`), count: m.remindWorkingDays })}</td>
                      {arena.viewerMayEditWheel && (
                        <td className="wheel-table__remove">
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t("page.removeLabel", { title: m.title })}
                            onClick={() => void onRemove(m)}
                          >
                            {t("page.remove")}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p role="status" className="form__status">
            {status}
          </p>
        </section>
      </div>
      {arena.viewerMayEditWheel && <AddMilestoneForm arenaId={arena.id} bodies={arena.bodies} onDone={refresh} />}
    </>
  );
}

function AddMilestoneForm({
  arenaId,
  bodies,
  onDone,
}: {
  arenaId: string;
  bodies: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation("wheel");
  const [created, setCreated] = useState<string | null>(null);
  const { scaffold, errors, submit } = useMutationSubmit(CreateMilestone, (d) => d.createWheelMilestone, FIELDS);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const audience = AUDIENCES.find((a) => a === text("audience")) ?? "KANSLI";
    setCreated(null);
    const done = await submit({
      input: {
        arenaId,
        month: Number(text("month")),
        day: text("day") === "" ? null : Number(text("day")),
        bodyId: text("bodyId") === "" ? null : text("bodyId"),
        titleSv: text("titleSv"),
        titleEn: text("titleEn"),
        audience,
        remindWorkingDays: Number(text("remindWorkingDays")),
      },
    });
    if (!done?.milestone) return;
    setCreated(done.milestone.title);
    form.reset();
    onDone();
  };
  const fe = errors.fields;
  return (
    <section className="section edit-panel" aria-labelledby="add-milestone">
      <h2 id="add-milestone">{t("form.heading")}</h2>
      <FormScaffold
        {...scaffold}
        onSubmit={onSubmit}
        className="form--grid"
        labelledBy="add-milestone"
        submitLabel={t("form.submit")}
        busyLabel={t("form.submitting")}
      >
        <Field name="month" label={t("form.month")} error={fe.month}>
          {(c) => (
            <select {...c} defaultValue="1">
              {MONTHS.map((m) => (
                <option key={m} value={m}>
                  {monthName(m)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="day" label={t("form.day")} hint={t("form.dayHint")} error={fe.day} optional>
          {(c) => <input {...c} type="number" min={1} max={31} inputMode="numeric" />}
        </Field>
        <Field name="titleSv" label={t("form.titleSv")} error={fe.titleSv}>
          {(c) => <input {...c} type="text" required maxLength={200} />}
        </Field>
        <Field name="titleEn" label={t("form.titleEn")} error={fe.titleEn} optional>
          {(c) => <input {...c} type="text" maxLength={200} />}
        </Field>
        <Field name="bodyId" label={t("form.body")} error={fe.bodyId} optional>
          {(c) => (
            <select {...c} defaultValue="">
              <option value="">{t("form.noBody")}</option>
              {bodies.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="audience" label={t("form.audience")} error={fe.audience}>
          {(c) => (
            <select {...c} defaultValue="KANSLI">
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`audience.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="remindWorkingDays" label={t("form.remindWorkingDays")} error={fe.remindWorkingDays}>
          {(c) => <input {...c} type="number" min={0} max={60} defaultValue={10} inputMode="numeric" />}
        </Field>
        <p role="status" className="form__status">
          {created ? t("form.created", { title: created }) : ""}
        </p>
      </FormScaffold>
    </section>
  );
}
