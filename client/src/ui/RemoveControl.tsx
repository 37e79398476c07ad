import { useRef, useState } from "react";
import "./RemoveControl.css";

export interface RemoveLabels {
  /** The button: "Ta bort". */
  remove: string;
  /** The button's accessible name, naming what goes: "Ta bort Utbildning i SIP". */
  removeLabel: string;
  /** The question: "Ta bort Utbildning i SIP?". */
  confirm: string;
  yes: string;
  cancel: string;
}

/**
 * Removes one thing after an inline confirmation (no dialog to trap focus in), and shows the
 * server's refusal beside the button. `onRemove` returns the refusal to show, or null when the
 * thing is gone (the caller refreshes its list).
 */
export function RemoveControl({ labels, onRemove }: { labels: RemoveLabels; onRemove: () => Promise<string | null> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const askRef = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setRefusal(null);
    setBusy(true);
    const refused = await onRemove().finally(() => setBusy(false));
    setConfirming(false);
    if (refused === null) return;
    setRefusal(refused);
    askRef.current?.focus();
  };

  return (
    <span className="remove-control">
      {confirming ? (
        <span className="remove-control__confirm" role="group" aria-label={labels.confirm}>
          <span>{labels.confirm}</span>
          <button type="button" className="link-button link-button--danger" onClick={() => void remove()} disabled={busy}>
            {labels.yes}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {labels.cancel}
          </button>
        </span>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="link-button link-button--danger"
          aria-label={labels.removeLabel}
          onClick={() => setConfirming(true)}
        >
          {labels.remove}
        </button>
      )}
      {refusal && (
        <span className="remove-control__refusal" role="alert">
          {refusal}
        </span>
      )}
    </span>
  );
}
