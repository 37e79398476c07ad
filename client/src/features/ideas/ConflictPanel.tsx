import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Choice } from "../../forms/Choices";
import type { IdeaField, IdeaValues } from "./ideaValues";
import type { Choice as Side, Conflict } from "./useIdeaAutosave";
import "./ideas.css";

interface Props {
  conflict: Conflict;
  mine: IdeaValues;
  label: (field: IdeaField) => string;
  /** The value of a field as a person reads it (names for ids, labels for enums). */
  describe: (field: IdeaField, values: IdeaValues) => string;
  onResolve: (choices: Partial<Record<IdeaField, Side>>) => void;
}

/**
 * Shown when someone else saved the idea while you were editing it. Nothing you typed is
 * gone: for each field that both of you changed, you see the saved version beside your
 * text and choose which to keep. Your text stays in the form until then.
 */
export function ConflictPanel({ conflict, mine, label, describe, onResolve }: Props) {
  const { t } = useTranslation("ideas");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<IdeaField, Side>>>({});

  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "start" });
  }, [conflict]);

  const choose = (field: IdeaField, side: Side) => setChoices((c) => ({ ...c, [field]: side }));
  const empty = (s: string) => (s.trim() === "" ? <span className="muted">{t("conflict.empty")}</span> : s);

  return (
    <section className="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        {t("conflict.title")}
      </h2>
      <p>{t("conflict.intro", { count: conflict.fields.length })}</p>
      <div className="conflict-fields">
        {conflict.fields.map((f) => {
          const side = choices[f] ?? "mine";
          return (
            <fieldset key={f} className="conflict-field">
              <legend className="conflict-field__legend">{label(f)}</legend>
              <div className="conflict-compare">
                <div className={`conflict-version${side === "saved" ? " conflict-version--chosen" : ""}`}>
                  <p className="conflict-version__label">{t("conflict.saved")}</p>
                  <p className="conflict-version__text">{empty(describe(f, conflict.current))}</p>
                </div>
                <div className={`conflict-version${side === "mine" ? " conflict-version--chosen" : ""}`}>
                  <p className="conflict-version__label">{t("conflict.mine")}</p>
                  <p className="conflict-version__text">{empty(describe(f, mine))}</p>
                </div>
              </div>
              <div className="conflict-choices">
                <Choice
                  type="radio"
                  name={`conflict-${f}`}
                  value="mine"
                  label={t("conflict.keepMine")}
                  checked={side === "mine"}
                  onChange={() => choose(f, "mine")}
                />
                <Choice
                  type="radio"
                  name={`conflict-${f}`}
                  value="saved"
                  label={t("conflict.takeSaved")}
                  checked={side === "saved"}
                  onChange={() => choose(f, "saved")}
                />
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => onResolve(choices)}>
          {t("conflict.apply")}
        </button>
      </div>
    </section>
  );
}
