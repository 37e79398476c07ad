import { useTranslation } from "react-i18next";
import { Choice, Fieldset } from "../../forms/Choices";
import { Loading } from "../../ui/QueryState";
import { type GuideCandidate, useGuideCandidates } from "./guideCandidates";
import "./guidance.css";

interface Props {
  arenaSlug: string;
  /** The ids chosen. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** People to offer even when the arena's list does not have them (e.g. the idea's current guides). */
  current?: readonly GuideCandidate[];
  error?: string;
  name: string;
}

/** Checkboxes of the people who can guide in the arena. */
export function GuidePicker({ arenaSlug, value, onChange, current, error, name }: Props) {
  const { t } = useTranslation("guidance");
  const { candidates, fetching } = useGuideCandidates(arenaSlug, current);
  return (
    <Fieldset legend={t("triage.guides")} hint={t("triage.guidesHint")} error={error} nested>
      {fetching ? (
        <Loading />
      ) : candidates.length === 0 ? (
        <p className="muted">{t("triage.noGuides")}</p>
      ) : (
        candidates.map((c) => (
          <Choice
            key={c.id}
            type="checkbox"
            name={name}
            value={c.id}
            label={c.name}
            checked={value.includes(c.id)}
            invalid={error !== undefined}
            onChange={(on) => onChange(on ? [...value, c.id] : value.filter((v) => v !== c.id))}
          />
        ))
      )}
    </Fieldset>
  );
}
