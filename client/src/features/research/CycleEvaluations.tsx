import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useQuery } from "../../ui/useQuery";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { Badge } from "../../ui/Badge";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { EvaluationFieldsFragment, EvaluationForm } from "./EvaluationForm";
import "./research.css";

const CycleEvaluationsQuery = graphql(
  `
    query CycleEvaluations($id: ID!) {
      node(id: $id) {
        id
        ... on TestCycle {
          viewerCanEvaluate
          evaluations {
            id
            ...EvaluationFields_evaluation
          }
        }
      }
    }
  `,
  [EvaluationFieldsFragment],
);

const ShareMutation = graphql(
  `
    mutation ShareEvaluation($id: ID!, $share: Boolean!) {
      shareEvaluationWithBearers(id: $id, share: $share) {
        evaluation {
          id
          ...EvaluationFields_evaluation
        }
        errors {
          field
          code
          message
        }
      }
    }
  `,
  [EvaluationFieldsFragment],
);

function EvaluationItem({
  evaluation: ref,
  cycleId,
  onNotice,
}: {
  evaluation: FragmentOf<typeof EvaluationFieldsFragment>;
  cycleId: string;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation("research");
  const e = readFragment(EvaluationFieldsFragment, ref);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, share] = useMutation(ShareMutation);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const toggleShare = async () => {
    setError(null);
    const r = await share({ id: e.id, share: !e.sharedWithBearers });
    if (r.error) return setError(errorMessage(r.error, t("state.networkError", { ns: "translation" })));
    const errors = r.data?.shareEvaluationWithBearers.errors ?? [];
    if (errors.length > 0) return setError(errors.map((x) => x.message).join(" "));
    onNotice(e.sharedWithBearers ? t("evaluations.unsharedNotice") : t("evaluations.sharedNotice"));
  };

  if (editing)
    return (
      <li>
        <EvaluationForm
          cycleId={cycleId}
          editing={{ id: e.id, values: e }}
          onSaved={(m) => {
            setEditing(false);
            onNotice(m);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      </li>
    );
  return (
    <li className="evaluation" aria-labelledby={headingId}>
      <p className="evaluation__head">
        <strong id={headingId}>
          {t("evaluations.by", { name: e.author?.name ?? t("evaluations.unknownAuthor"), date: formatDate(e.createdAt) })}
        </strong>{" "}
        {e.sharedWithBearers ? (
          <Badge tone="success">{t("evaluations.shared")}</Badge>
        ) : (
          <Badge tone="muted">{t("evaluations.internal")}</Badge>
        )}{" "}
        <Badge tone="level">
          {t("evaluations.confidence")}: {t(`confidence.${e.confidence}`)}
        </Badge>
      </p>
      <dl className="evaluation__fields">
        <div>
          <dt>{t("evaluations.method")}</dt>
          <dd>{e.method}</dd>
        </div>
        {e.dataSources && (
          <div>
            <dt>{t("evaluations.dataSources")}</dt>
            <dd>{e.dataSources}</dd>
          </div>
        )}
        <div className="evaluation__wide">
          <dt>{t("evaluations.findings")}</dt>
          <dd className="prose">{e.findings}</dd>
        </div>
        {e.ethicsNotes && (
          <div className="evaluation__wide">
            <dt>{t("evaluations.ethicsNotes")}</dt>
            <dd className="prose">{e.ethicsNotes}</dd>
          </div>
        )}
      </dl>
      {e.viewerIsAuthor && (
        <div className="button-row">
          <button ref={editRef} type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t("evaluations.edit")}
          </button>
          <button type="button" className="button button--ghost" disabled={fetching} onClick={() => void toggleShare()}>
            {e.sharedWithBearers ? t("evaluations.unshare") : t("evaluations.share")}
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** Researchers' evaluations of one test cycle (rendered inside each cycle), and the form for researchers. */
export function CycleEvaluations({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation("research");
  const [{ data, error }, reexecute] = useQuery({ query: CycleEvaluationsQuery, variables: { id: cycleId } });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState("");
  const addRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  if (error && !data)
    return (
      <div className="notice notice--error" role="alert">
        <p>{t("evaluations.loadError")}</p>
        <button type="button" className="button button--secondary" onClick={() => reexecute({ requestPolicy: "network-only" })}>
          {t("evaluations.retry")}
        </button>
      </div>
    );
  const node = data?.node;
  if (!node || !("evaluations" in node)) return null;
  const list = node.evaluations;
  // Nothing to show to those who neither read evaluations nor write them.
  if (list.length === 0 && !node.viewerCanEvaluate) return null;

  return (
    <section className="cycle-evaluations" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("evaluations.heading")}</h4>
      <p className="muted">{t("evaluations.intro")}</p>
      <p role="status" className="form__status">
        {notice}
      </p>
      {list.length === 0 ? (
        <p className="empty">{t("evaluations.none")}</p>
      ) : (
        <ul className="evaluations">
          {list.map((e) => (
            <EvaluationItem key={e.id} evaluation={e} cycleId={cycleId} onNotice={setNotice} />
          ))}
        </ul>
      )}
      {node.viewerCanEvaluate &&
        (adding ? (
          <EvaluationForm
            cycleId={cycleId}
            onSaved={(m) => {
              setAdding(false);
              setNotice(m);
              requestAnimationFrame(() => addRef.current?.focus());
            }}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => addRef.current?.focus());
            }}
          />
        ) : (
          <button ref={addRef} type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t("evaluations.add")}
          </button>
        ))}
    </section>
  );
}
