import { type FormEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { FormErrorsFragment, noErrors, toFormErrors, useFormErrors } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { formatDate } from "../../ui/format";
import { errorMessage } from "../../ui/QueryState";
import { IdeaTimelineFragment } from "../ideas/IdeaTimeline";
import "./guidance.css";
import { QuestionListFragment } from "./fragments";

const AnswerQuestionMutation = graphql(
  `
    mutation AnswerQuestion($input: AnswerQuestionInput!) {
      answerQuestion(input: $input) {
        idea {
          id
          stage
          hearBackBy
          ...QuestionList_idea
          ...IdeaTimeline_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [QuestionListFragment, IdeaTimelineFragment, FormErrorsFragment],
);

function AnswerForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation("guidance");
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useFormErrors(formRef, summaryRef);
  const [{ fetching }, answer] = useMutation(AnswerQuestionMutation);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("answer") ?? "").trim();
    setErrors(noErrors);
    const result = await answer({ input: { questionId, answer: text } });
    if (result.error)
      return setErrors({ fields: {}, general: [errorMessage(result.error, t("state.networkError", { ns: "translation" }))] });
    const payload = result.data?.answerQuestion;
    if (payload?.idea && payload.errors.length === 0) return;
    setErrors(toFormErrors(payload?.errors ?? [], ["answer"]));
  };
  return (
    <form ref={formRef} className="form answer-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <Field name="answer" label={t("questions.answerLabel")} hint={t("questions.answerHint")} error={errors.fields.answer}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t("questions.sending") : t("questions.send")}
        </button>
      </div>
    </form>
  );
}

/** The arena's questions to the bearers, and their answers; the bearers answer here. */
export function QuestionList({ idea: ref, canAnswer }: { idea: FragmentOf<typeof QuestionListFragment>; canAnswer: boolean }) {
  const { t } = useTranslation("guidance");
  const { questions } = readFragment(QuestionListFragment, ref);
  if (!questions || questions.length === 0) return null;
  return (
    <section className="guidance-part" aria-labelledby="questions-heading">
      <h3 id="questions-heading">{t("questions.heading")}</h3>
      <ol className="question-list">
        {questions.map((q) => (
          <li key={q.id} className="question">
            <p className="question__text">{q.question}</p>
            <p className="question__when muted">
              <time dateTime={q.askedAt}>{t("questions.asked", { date: formatDate(q.askedAt) })}</time>
            </p>
            {q.answer !== null ? (
              <div className="question__answer">
                <p className="question__label">{t("questions.yourAnswer")}</p>
                <p>{q.answer}</p>
                {q.answeredAt && <p className="muted">{t("questions.answered", { date: formatDate(q.answeredAt) })}</p>}
              </div>
            ) : canAnswer ? (
              <AnswerForm questionId={q.id} />
            ) : (
              <p className="muted">{t("questions.waiting")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
