import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useClient } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, type FormErrors, noErrors, toFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { ConflictPanel } from "./ConflictPanel";
import {
  FrameworkChoices,
  FrameworkChoicesFragment,
  GoalChoices,
  GoalChoicesFragment,
  PlaceChoices,
  PlaceChoicesFragment,
} from "./IdeaChoices";
import {
  ALL_FIELDS,
  type IdeaField,
  type IdeaStage,
  type IdeaValues,
  MAX_LENGTH,
  SECTORS,
  type TextField,
  VISIBILITIES,
} from "./ideaValues";
import { SaveStatusText } from "./SaveStatusText";
import { type AutosaveStart, useIdeaAutosave } from "./useIdeaAutosave";
import "./ideas.css";

export const IdeaEditorArenaFragment = graphql(
  `
    fragment IdeaEditor_arena on Arena {
      id
      slug
      name
      countyParts {
        id
        name
      }
      organisations {
        id
        name
      }
      strategies {
        id
        areas {
          id
          goals {
            id
            number
            title
            focusAreas {
              id
              code
              title
            }
          }
        }
      }
      ...PlaceChoices_arena
      ...GoalChoices_arena
    }
  `,
  [PlaceChoicesFragment, GoalChoicesFragment],
);

export const IdeaEditorFrameworksFragment = graphql(
  `
    fragment IdeaEditor_frameworks on Frameworks {
      agenda2030Goals {
        number
        title
      }
      publicHealthTargetAreas {
        number
        title
      }
      ...FrameworkChoices_frameworks
    }
  `,
  [FrameworkChoicesFragment],
);

const SubmitIdeaMutation = graphql(
  `
    mutation SubmitIdeaDraft($input: SubmitIdeaInput!) {
      submitIdea(input: $input) {
        idea {
          id
          stage
          version
          submittedAt
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

const SUBMIT_FIELDS = [...ALL_FIELDS, "acceptPublicNotice"];
const controlId = (field: string) => `idea-${field}`;

interface Props {
  arena: FragmentOf<typeof IdeaEditorArenaFragment>;
  frameworks: FragmentOf<typeof IdeaEditorFrameworksFragment>;
  start: AutosaveStart;
  /** null for a new idea. */
  stage: IdeaStage | null;
  /** Text that had not reached the server last time was put back. */
  restored: boolean;
  onCreated: (ideaId: string) => void;
}

/** The idea form: autosaved as a draft, merged on conflict, and submitted with the public-record notice. */
export function IdeaEditor({ arena: arenaRef, frameworks: frameworksRef, start, stage, restored, onCreated }: Props) {
  const { t } = useTranslation("ideas");
  const navigate = useNavigate();
  const client = useClient();
  const arena = readFragment(IdeaEditorArenaFragment, arenaRef);
  const frameworks = readFragment(IdeaEditorFrameworksFragment, frameworksRef);
  const auto = useIdeaAutosave({ arenaId: arena.id, slug: arena.slug, start, fieldNames: ALL_FIELDS, onCreated });
  const { values, conflict } = auto;
  const isDraft = stage === null || stage === "DRAFT";

  const summaryRef = useRef<HTMLDivElement>(null);
  const [submitErrors, setSubmitErrors] = useState<FormErrors>(noErrors);
  const [focusSummary, setFocusSummary] = useState(0);
  const [accepted, setAccepted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const errors: FormErrors = {
    fields: { ...auto.saveErrors.fields, ...submitErrors.fields },
    general: submitErrors.general,
  };

  const set = <F extends IdeaField>(field: F, value: IdeaValues[F]) => {
    auto.setField(field, value);
    if (field in submitErrors.fields) {
      const fields = { ...submitErrors.fields };
      delete fields[field];
      setSubmitErrors({ ...submitErrors, fields });
    }
  };

  const label = (f: IdeaField) => t(`ideaForm.fields.${f}`);
  const links: Record<string, { label: string; id: string }> = {
    acceptPublicNotice: { label: t("ideaForm.submit.acceptLabel"), id: controlId("acceptPublicNotice") },
  };
  for (const f of ALL_FIELDS) links[f] = { label: label(f), id: controlId(f) };

  const names = {
    countyPartIds: new Map(arena.countyParts.map((c) => [c.id, c.name])),
    municipalityIds: new Map(arena.organisations.map((o) => [o.id, o.name])),
    goalIds: new Map(
      arena.strategies.flatMap((s) => s.areas.flatMap((a) => a.goals.map((g) => [g.id, `${g.number} ${g.title}`] as const))),
    ),
    focusAreaIds: new Map(
      arena.strategies.flatMap((s) =>
        s.areas.flatMap((a) => a.goals.flatMap((g) => g.focusAreas.map((f) => [f.id, `${f.code} ${f.title}`] as const))),
      ),
    ),
    agenda2030Goals: new Map(frameworks.agenda2030Goals.map((g) => [g.number, `${g.number} ${g.title}`])),
    publicHealthTargetAreas: new Map(frameworks.publicHealthTargetAreas.map((a) => [a.number, `${a.number} ${a.title}`])),
  };
  const describe = (f: IdeaField, v: IdeaValues): string => {
    switch (f) {
      case "sector":
        return t(`sector.${v.sector}`);
      case "visibility":
        return t(`visibility.${v.visibility}.label`);
      case "consentToContact":
        return v.consentToContact ? t("ideaForm.consentYes") : t("ideaForm.consentNo");
      case "countyPartIds":
      case "municipalityIds":
      case "goalIds":
      case "focusAreaIds":
        return v[f].map((id) => names[f].get(id) ?? "?").join(", ");
      case "agenda2030Goals":
      case "publicHealthTargetAreas":
        return v[f].map((n) => names[f].get(n) ?? String(n)).join(", ");
      default:
        return v[f];
    }
  };

  const text = (f: TextField, opts: { multiline?: boolean; hint?: string; optional?: boolean; rows?: number } = {}) => (
    <Field name={f} id={controlId(f)} label={label(f)} hint={opts.hint} optional={opts.optional} error={errors.fields[f]}>
      {(p) =>
        opts.multiline ? (
          <textarea
            {...p}
            rows={opts.rows ?? 4}
            maxLength={MAX_LENGTH[f]}
            value={values[f]}
            onChange={(e) => set(f, e.currentTarget.value)}
          />
        ) : (
          <input {...p} type="text" maxLength={MAX_LENGTH[f]} value={values[f]} onChange={(e) => set(f, e.currentTarget.value)} />
        )
      }
    </Field>
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A second click while the first is under way does nothing (the button is disabled too).
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    setSubmitErrors(noErrors);
    const fail = (next: FormErrors) => {
      setSubmitErrors(next);
      setFocusSummary((n) => n + 1);
    };
    try {
      const saved = await auto.flush();
      const id = auto.currentId();
      if (!saved || id === null) return fail({ fields: {}, general: [t("ideaForm.submit.notSaved")] });
      const result = await client.mutation(SubmitIdeaMutation, { input: { id, acceptPublicNotice: accepted } }).toPromise();
      if (result.error) return fail({ fields: {}, general: [errorMessage(result.error, t("state.networkError"))] });
      const payload = result.data?.submitIdea;
      if (payload?.idea) {
        auto.forgetLocalCopy();
        void navigate(`/a/${arena.slug}/ideas/${id}`, { state: { submitted: true } });
        return;
      }
      fail(toFormErrors(payload?.errors ?? [], SUBMIT_FIELDS));
    } finally {
      submittingRef.current = false;
      setSubmitting(false);
    }
  };

  const sections = [
    { id: "idea-part-idea", title: t("ideaForm.sections.idea") },
    { id: "idea-part-need", title: t("ideaForm.sections.need") },
    { id: "idea-part-solution", title: t("ideaForm.sections.solution") },
    { id: "idea-part-place", title: t("ideaForm.sections.place") },
    { id: "idea-part-links", title: t("ideaForm.sections.links") },
    { id: "idea-part-bearer", title: t("ideaForm.sections.bearer") },
    { id: "idea-part-visibility", title: t("ideaForm.sections.visibility") },
    ...(isDraft ? [{ id: "idea-part-submit", title: t("ideaForm.sections.submit") }] : []),
  ];
  const heading = (i: number) => {
    const s = sections[i]!;
    return (
      <h2 id={s.id} className="form-section__title">
        <span className="form-section__number" aria-hidden="true">
          {i + 1}
        </span>
        {s.title}
      </h2>
    );
  };

  return (
    <div className="editor-layout">
      <div className="editor-main">
        {restored && (
          <div className="notice notice--info">
            <p>{t("ideaForm.restored")}</p>
          </div>
        )}
        {auto.takenOver.length > 0 && (
          <div className="notice notice--info">
            <p>{t("ideaForm.takenOver", { fields: auto.takenOver.map(label).join(", ") })}</p>
            <button type="button" className="button button--ghost" onClick={auto.dismissTakenOver}>
              {t("ideaForm.dismiss")}
            </button>
          </div>
        )}
        {conflict && <ConflictPanel conflict={conflict} mine={values} label={label} describe={describe} onResolve={auto.resolveConflict} />}
        <ErrorSummary ref={summaryRef} errors={errors} links={links} />

        <form
          className="idea-form"
          noValidate
          aria-label={t("ideaForm.formLabel")}
          onBlur={auto.saveSoon}
          onSubmit={(e) => {
            // Enter in a text field saves; it never submits the idea.
            e.preventDefault();
            auto.saveSoon();
          }}
        >
          <section className="form-section" aria-labelledby="idea-part-idea">
            {heading(0)}
            {text("title", { hint: t("ideaForm.hints.title") })}
            {text("summary", { multiline: true, rows: 3, hint: t("ideaForm.hints.summary") })}
          </section>

          <section className="form-section" aria-labelledby="idea-part-need">
            {heading(1)}
            {text("need", { multiline: true, rows: 5, hint: t("ideaForm.hints.need") })}
            {text("targetGroup", { multiline: true, rows: 3, optional: true, hint: t("ideaForm.hints.targetGroup") })}
          </section>

          <section className="form-section" aria-labelledby="idea-part-solution">
            {heading(2)}
            {text("solution", { multiline: true, rows: 5, hint: t("ideaForm.hints.solution") })}
            {text("expectedBenefit", { multiline: true, rows: 3, optional: true, hint: t("ideaForm.hints.expectedBenefit") })}
            {text("triedBefore", { multiline: true, rows: 3, optional: true, hint: t("ideaForm.hints.triedBefore") })}
          </section>

          <section className="form-section" aria-labelledby="idea-part-place">
            {heading(3)}
            <PlaceChoices
              arena={arena}
              countyPartIds={values.countyPartIds}
              municipalityIds={values.municipalityIds}
              onCountyParts={(ids) => set("countyPartIds", ids)}
              onMunicipalities={(ids) => set("municipalityIds", ids)}
            />
          </section>

          <section className="form-section" aria-labelledby="idea-part-links">
            {heading(4)}
            <p className="muted">{t("ideaForm.linksIntro")}</p>
            <GoalChoices
              arena={arena}
              goalIds={values.goalIds}
              focusAreaIds={values.focusAreaIds}
              onChange={(goalIds, focusAreaIds) => {
                set("goalIds", goalIds);
                set("focusAreaIds", focusAreaIds);
              }}
            />
            <FrameworkChoices
              frameworks={frameworks}
              agenda2030Goals={values.agenda2030Goals}
              publicHealthTargetAreas={values.publicHealthTargetAreas}
              onAgenda={(n) => set("agenda2030Goals", n)}
              onHealth={(n) => set("publicHealthTargetAreas", n)}
            />
          </section>

          <section className="form-section" aria-labelledby="idea-part-bearer">
            {heading(5)}
            <div className="form-row">
              {text("organisationName", { optional: true, hint: t("ideaForm.hints.organisationName") })}
              <Field name="sector" id={controlId("sector")} label={label("sector")} error={errors.fields.sector}>
                {(p) => (
                  <select {...p} value={values.sector} onChange={(e) => set("sector", e.currentTarget.value as IdeaValues["sector"])}>
                    {SECTORS.map((s) => (
                      <option key={s} value={s}>
                        {t(`sector.${s}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </section>

          <section className="form-section" aria-labelledby="idea-part-visibility">
            {heading(6)}
            <Fieldset legend={label("visibility")} hint={t("ideaForm.hints.visibility")}>
              {VISIBILITIES.map((v) => (
                <Choice
                  key={v}
                  type="radio"
                  name="visibility"
                  value={v}
                  id={v === values.visibility ? controlId("visibility") : undefined}
                  label={t(`visibility.${v}.label`)}
                  hint={t(`visibility.${v}.explanation`)}
                  checked={values.visibility === v}
                  onChange={() => set("visibility", v)}
                />
              ))}
            </Fieldset>
            <Fieldset legend={label("consentToContact")}>
              <Choice
                type="checkbox"
                name="consentToContact"
                id={controlId("consentToContact")}
                label={t("ideaForm.consentLabel")}
                hint={t("ideaForm.hints.consentToContact")}
                checked={values.consentToContact}
                onChange={(on) => set("consentToContact", on)}
              />
            </Fieldset>
          </section>
        </form>

        {isDraft ? (
          <form className="form-section submit-panel" noValidate onSubmit={onSubmit} aria-labelledby="idea-part-submit">
            {heading(7)}
            <p>{t("ideaForm.submit.intro")}</p>
            <ul className="notice-list">
              <li>{t("ideaForm.submit.whatHappens")}</li>
              <li>{t("ideaForm.submit.whatIsPublic")}</li>
              <li>{t("ideaForm.submit.publicRecord")}</li>
              <li>{t("ideaForm.submit.noSensitive")}</li>
            </ul>
            <div className={`field${errors.fields.acceptPublicNotice ? " field--invalid" : ""}`}>
              {errors.fields.acceptPublicNotice && (
                <p className="field__error" id="idea-acceptPublicNotice-error">
                  <span className="visually-hidden">{t("form.error")} </span>
                  {errors.fields.acceptPublicNotice}
                </p>
              )}
              <Choice
                type="checkbox"
                name="acceptPublicNotice"
                id={controlId("acceptPublicNotice")}
                label={t("ideaForm.submit.acceptLabel")}
                checked={accepted}
                invalid={!!errors.fields.acceptPublicNotice}
                describedBy={errors.fields.acceptPublicNotice ? "idea-acceptPublicNotice-error" : undefined}
                onChange={(on) => {
                  setAccepted(on);
                  if (errors.fields.acceptPublicNotice) {
                    const fields = { ...submitErrors.fields };
                    delete fields.acceptPublicNotice;
                    setSubmitErrors({ ...submitErrors, fields });
                  }
                }}
              />
            </div>
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={submitting}>
                {submitting ? t("ideaForm.submit.submitting") : t("ideaForm.submit.button")}
              </button>
            </div>
          </form>
        ) : (
          <div className="form-section">
            <p>{t("ideaForm.liveEdit")}</p>
            {auto.ideaId && (
              <Link className="button button--secondary" to={`/a/${arena.slug}/ideas/${auto.ideaId}`}>
                {t("ideaForm.backToIdea")}
              </Link>
            )}
          </div>
        )}
      </div>

      <aside className="editor-aside" aria-label={t("ideaForm.asideLabel")}>
        <div className="editor-aside__inner">
          <SaveStatusText status={auto.status} exists={auto.ideaId !== null} />
          <p className="editor-aside__note">{isDraft ? t("ideaForm.draftNote") : t("ideaForm.liveNote")}</p>
          <nav aria-label={t("ideaForm.sectionsNav")}>
            <ol className="section-nav">
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </div>
      </aside>
    </div>
  );
}
