import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import { GuidePicker } from "./GuidePicker";
import "./guidance.css";
import { GuideListFragment } from "./fragments";

const AssignGuidesMutation = graphql(
  `
    mutation AssignGuides($input: AssignGuidesInput!) {
      assignGuides(input: $input) {
        idea {
          id
          ...GuideList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [GuideListFragment, IdeaTimelineFragment, FormErrorsFragment],
);

/** The idea's guides; coordinators change them. */
export function GuideList({ idea: ref, canAssign }: { idea: FragmentOf<typeof GuideListFragment>; canAssign: boolean }) {
  const { t } = useTranslation("guidance");
  const idea = readFragment(GuideListFragment, ref);
  const guides = idea.guides ?? [];
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, assign] = useMutation(AssignGuidesMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(noErrors);
    const r = await assign({ input: { ideaId: idea.id, guideIds: chosen } });
    if (r.error) return setErrors({ fields: {}, general: [errorMessage(r.error, t("state.networkError", { ns: "translation" }))] });
    const payload = r.data?.assignGuides;
    if (payload?.idea && payload.errors.length === 0) {
      setEditing(false);
      setSaved(true);
      return;
    }
    setErrors(toFormErrors(payload?.errors ?? [], ["guideIds"]));
  };

  return (
    <section className="guidance-part" aria-labelledby="guides-heading">
      <h3 id="guides-heading">{t("panel.guides")}</h3>
      {guides.length === 0 ? (
        <p className="muted">{t("panel.noGuides")}</p>
      ) : (
        <p className="guide-names">{guides.map((g) => g.name).join(", ")}</p>
      )}
      {canAssign &&
        (editing ? (
          <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary ref={summaryRef} errors={errors} />
            <GuidePicker
              arenaSlug={idea.arena.slug}
              name="guides"
              value={chosen}
              onChange={setChosen}
              current={guides}
              error={errors.fields.guideIds}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={fetching}>
                {fetching ? t("common.saving") : t("panel.saveGuides")}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setEditing(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setChosen(guides.map((g) => g.id));
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("panel.changeGuides")}
            </button>
            <p className="form__status" role="status">
              {saved ? t("panel.guidesSaved") : ""}
            </p>
          </>
        ))}
    </section>
  );
}
