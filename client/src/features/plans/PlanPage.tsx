import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { useMutation } from "urql";
import { graphql } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatLocalDate } from "../../ui/format";
import { PageState } from "../../ui/PageState";
import { PageTitle } from "../../ui/PageTitle";
import { useQuery } from "../../ui/useQuery";
import { ActivityForm } from "./ActivityForm";
import { EditPlanForm, EditSubGoalForm } from "./PlanEdits";
import { CreatePlanForm, SubGoalForm } from "./PlanForms";
import { PlanRemoval } from "./PlanRemoval";
import { ActivityStatusBadge } from "./StatusBadge";
import { ACTIVITY_STATUSES, type ActivityStatus } from "./types";
import { UpdateForm } from "./UpdateForm";
import { currentYear } from "./year";
import "./plans.css";

const PlanPageQuery = graphql(`
  query PlanPage($slug: String!, $year: Int!, $bodyId: ID) {
    arena(slug: $slug) {
      id
      slug
      name
      viewerMayEditPlans
      bodies {
        id
        name
        kind
      }
      plans(year: $year) {
        id
        title
        kind
        status
        body {
          id
          name
        }
      }
      plan(year: $year, bodyId: $bodyId) {
        id
        title
        summary
        kind
        status
        version
        adoptedOn
        viewerCanEdit
        body {
          id
          name
        }
        adoptionMatter {
          id
          number
          stage
        }
        adoptedByMatter {
          id
          number
        }
        goals {
          id
          number
          title
        }
        subGoals {
          id
          title
          description
          version
          goal {
            id
          }
        }
        activities {
          id
          title
          status
          progress
          viewerCanRecordUpdate
          goal {
            id
          }
          subGoal {
            id
          }
          responsibleBody {
            id
            name
          }
          responsibleOrganisation {
            id
            name
          }
          contactPerson {
            id
            name
          }
          latestUpdate {
            id
            reportedOn
            comment
          }
        }
      }
    }
  }
`);

const ProposePlan = graphql(`
  mutation ProposePlanPage($input: ProposePlanInput!) {
    proposePlanForAdoption(input: $input) {
      plan {
        id
        version
      }
      errors {
        message
      }
    }
  }
`);

/** `/a/:slug/plans/:year`: the year's plan, goal → sub-goal → activity, filtered by body and status. */
export function PlanPage() {
  const { t } = useTranslation("plans");
  const navigate = useNavigate();
  const { slug = "", year: yearParam = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const parsed = Number.parseInt(yearParam, 10);
  const year = Number.isSafeInteger(parsed) ? parsed : currentYear();
  const planBody = search.get("body");
  const [{ data, error }, reexecute] = useQuery({
    query: PlanPageQuery,
    variables: { slug, year, bodyId: planBody },
    requestPolicy: "cache-and-network",
  });
  const [bodyFilter, setBodyFilter] = useState("");
  const [statusFilter, setStatusFilter] = useState<ActivityStatus | "">("");
  const [open, setOpen] = useState<string | null>(null);
  const [proposing, propose] = useMutation(ProposePlan);
  const [proposeError, setProposeError] = useState<string | null>(null);

  const head = (
    <header className="page-head">
      <PageTitle parts={[t("page.title", { year }), data?.arena?.name]} />
      <h1 tabIndex={-1}>{t("page.title", { year })}</h1>
      <p className="lead">{t("page.intro")}</p>
      <nav className="plan-years" aria-label={t("page.title", { year })}>
        <Link to={`/a/${slug}/plans/${year - 1}`}>← {t("page.previousYear")}</Link>
        <Link to={`/a/${slug}/plans/${year + 1}`}>{t("page.nextYear")} →</Link>
      </nav>
    </header>
  );
  if (!data?.arena) return <PageState head={head} error={error} reexecute={reexecute} />;
  const arena = data.arena;
  const plan = arena.plan;
  const toggle = (key: string) => setOpen((o) => (o === key ? null : key));
  const refresh = () => {
    setOpen(null);
    reexecute({ requestPolicy: "network-only" });
  };
  /** A draft's activities and sub-goals may go; an adopted plan's are its record (cancel them instead). */
  const removable = plan?.status === "DRAFT" && plan.viewerCanEdit;

  const onPropose = async () => {
    if (!plan) return;
    setProposeError(null);
    const r = await propose({ input: { planId: plan.id, version: plan.version } });
    const p = r.data?.proposePlanForAdoption;
    if (p && p.errors.length > 0) setProposeError(p.errors[0]!.message);
    else if (r.error) setProposeError(r.error.message);
  };

  const activities = (plan?.activities ?? []).filter(
    (a) => (!bodyFilter || a.responsibleBody?.id === bodyFilter) && (!statusFilter || a.status === statusFilter),
  );
  const responsibleBodies = [
    ...new Map((plan?.activities ?? []).flatMap((a) => (a.responsibleBody ? [[a.responsibleBody.id, a.responsibleBody]] : []))).values(),
  ];

  return (
    <>
      {head}
      {arena.plans.length > 1 && (
        <nav className="plan-tabs" aria-label={t("page.choosePlan")}>
          <ul>
            {arena.plans.map((p) => (
              <li key={p.id}>
                <Link
                  to={
                    p.kind === "ACTION_PLAN" ? `/a/${slug}/plans/${year}` : `/a/${slug}/plans/${year}?body=${encodeURIComponent(p.body.id)}`
                  }
                  aria-current={p.id === plan?.id ? "page" : undefined}
                >
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!plan && <p className="muted">{t("page.none", { year })}</p>}
      {arena.viewerMayEditPlans &&
        (open === "plan" ? (
          <CreatePlanForm
            arenaId={arena.id}
            year={year}
            bodies={arena.bodies}
            onCancel={() => setOpen(null)}
            onDone={(bodyId) => {
              setOpen(null);
              const own = arena.bodies.find((b) => b.id === bodyId)?.kind === "STRATEGIC_LEADERSHIP";
              setSearch(own ? {} : { body: bodyId });
              reexecute({ requestPolicy: "network-only" });
            }}
          />
        ) : (
          <p>
            <button type="button" className="button button--small" onClick={() => toggle("plan")}>
              {t("createPlan.open", { year })}
            </button>
          </p>
        ))}
      {plan && (
        <section className="section plan" aria-labelledby="plan-heading">
          <h2 id="plan-heading">
            {plan.title} <Badge tone={plan.status === "DRAFT" ? "muted" : "success"}>{t(`planStatus.${plan.status}`)}</Badge>
          </h2>
          <p className="muted">
            {t(`kind.${plan.kind}`)} · {plan.body.name}
          </p>
          {plan.summary && <p>{plan.summary}</p>}
          {plan.viewerCanEdit &&
            (open === "editPlan" ? (
              <EditPlanForm value={plan} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
            ) : (
              <p>
                <button type="button" className="button button--small" onClick={() => toggle("editPlan")}>
                  {t("editPlan.open")}
                </button>
              </p>
            ))}
          {plan.adoptedOn && (
            <p>
              {t("page.adoptedOn", { date: formatLocalDate(plan.adoptedOn), body: plan.body.name })}
              {plan.adoptedByMatter && (
                <>
                  {" "}
                  (<Link to={`/a/${slug}/matters/${plan.adoptedByMatter.number}`}>{plan.adoptedByMatter.number}</Link>)
                </>
              )}
            </p>
          )}
          {plan.status === "DRAFT" && <p className="muted">{t("page.draftNote", { body: plan.body.name })}</p>}
          {plan.status === "DRAFT" &&
          plan.adoptionMatter &&
          ["INITIATED", "IN_PREPARATION", "PLACED", "ON_AGENDA"].includes(plan.adoptionMatter.stage) ? (
            <p>
              <Link to={`/a/${slug}/matters/${plan.adoptionMatter.number}`}>
                {t("page.adoptionPending", { number: plan.adoptionMatter.number })}
              </Link>
            </p>
          ) : (
            plan.status === "DRAFT" &&
            plan.viewerCanEdit && (
              <p>
                <button type="button" className="button button--small" disabled={proposing.fetching} onClick={() => void onPropose()}>
                  {proposing.fetching ? t("page.proposing") : t("page.propose")}
                </button>
              </p>
            )
          )}
          {proposeError && (
            <p className="field__error" role="alert">
              {proposeError}
            </p>
          )}
          <div className="plan-filters">
            <label>
              {t("page.filterBody")}{" "}
              <select value={bodyFilter} onChange={(e) => setBodyFilter(e.target.value)}>
                <option value="">{t("page.all")}</option>
                {responsibleBodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("page.filterStatus")}{" "}
              <select value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as ActivityStatus | "")}>
                <option value="">{t("page.all")}</option>
                {ACTIVITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {plan.goals.map((g) => {
            const subGoals = plan.subGoals.filter((s) => s.goal.id === g.id);
            const underGoal = activities.filter((a) => a.goal.id === g.id);
            const groups = [
              ...subGoals.map((s) => ({ key: s.id, title: s.title, subGoal: s, list: underGoal.filter((a) => a.subGoal?.id === s.id) })),
              { key: `none-${g.id}`, title: t("page.withoutSubGoal"), subGoal: null, list: underGoal.filter((a) => !a.subGoal) },
            ].filter((x) => x.list.length > 0 || subGoals.some((s) => s.id === x.key));
            return (
              <section key={g.id} className="plan-goal" aria-labelledby={`goal-${g.number}`}>
                <h2 id={`goal-${g.number}`}>
                  {g.number}. {g.title}
                </h2>
                <p>
                  <Link to={`/a/${slug}/plans/${year}/report/${g.number}`}>{t("page.report", { number: g.number })}</Link>
                </p>
                {groups.length === 0 && (
                  <p className="muted">
                    {plan.activities.length > 0 && (bodyFilter || statusFilter) ? t("page.noMatch") : t("page.noActivities")}
                  </p>
                )}
                {groups.map((group) => (
                  <section key={group.key} className="plan-subgoal" aria-label={group.title}>
                    <h3>
                      {group.title}{" "}
                      {group.subGoal && plan.viewerCanEdit && open !== `editSub:${group.key}` && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t("editSubGoal.openLabel", { name: group.title })}
                          onClick={() => toggle(`editSub:${group.key}`)}
                        >
                          {t("editSubGoal.open")}
                        </button>
                      )}{" "}
                      {removable && group.subGoal && <PlanRemoval what="subGoal" id={group.key} name={group.title} onDone={refresh} />}
                    </h3>
                    {group.subGoal?.description && <p className="muted">{group.subGoal.description}</p>}
                    {group.subGoal && open === `editSub:${group.key}` && (
                      <EditSubGoalForm value={group.subGoal} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
                    )}
                    <ul className="plan-activities">
                      {group.list.map((a) => (
                        <li key={a.id} className="plan-activity">
                          <p className="plan-activity__title">
                            <Link to={`/a/${slug}/plans/${year}/activities/${encodeURIComponent(a.id)}`}>{a.title}</Link>{" "}
                            <ActivityStatusBadge status={a.status} />{" "}
                            <span className="muted">{t("page.progress", { progress: a.progress })}</span>{" "}
                            {removable && <PlanRemoval what="activity" id={a.id} name={a.title} onDone={refresh} />}
                          </p>
                          <p className="muted">
                            {[
                              a.responsibleBody && t("page.responsible", { name: a.responsibleBody.name }),
                              a.responsibleOrganisation?.name,
                              a.contactPerson && t("page.contact", { name: a.contactPerson.name }),
                            ]
                              .filter((x) => typeof x === "string" && x !== "")
                              .join(" · ")}
                          </p>
                          {a.latestUpdate?.comment && (
                            <p className="plan-activity__update">
                              {formatLocalDate(a.latestUpdate.reportedOn)}: {a.latestUpdate.comment}
                            </p>
                          )}
                          {a.viewerCanRecordUpdate &&
                            (open === `update:${a.id}` ? (
                              <UpdateForm activityId={a.id} title={a.title} onDone={refresh} />
                            ) : (
                              <button type="button" className="button button--small" onClick={() => toggle(`update:${a.id}`)}>
                                {t("update.open")}
                                <span className="visually-hidden">: {a.title}</span>
                              </button>
                            ))}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
                {plan.viewerCanEdit && (
                  <div className="plan-goal__actions">
                    {open === `sub:${g.id}` ? (
                      <SubGoalForm planId={plan.id} goal={g} onDone={refresh} />
                    ) : open === `act:${g.id}` ? (
                      <ActivityForm
                        slug={slug}
                        year={year}
                        mode={{ kind: "create", planId: plan.id, goalId: g.id, goalNumber: g.number }}
                        onCancel={() => setOpen(null)}
                        onDone={(id) => navigate(`/a/${slug}/plans/${year}/activities/${encodeURIComponent(id)}`)}
                      />
                    ) : (
                      <>
                        <button type="button" className="button button--small" onClick={() => toggle(`sub:${g.id}`)}>
                          {t("page.addSubGoal")}
                          <span className="visually-hidden">: {g.title}</span>
                        </button>{" "}
                        <button type="button" className="button button--small" onClick={() => toggle(`act:${g.id}`)}>
                          {t("page.addActivity")}
                          <span className="visually-hidden">: {g.title}</span>
                        </button>
                      </>
                    )}
                  </div>
                )}
              </section>
            );
          })}
        </section>
      )}
    </>
  );
}
