import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import "./Tabs.css";

export interface Tab {
  key: string;
  label: ReactNode;
  content: ReactNode;
}

/**
 * Tabs after the WAI-ARIA pattern: one tab stop, arrow keys (and Home/End) move between
 * tabs and select them; the panel follows.
 */
export function Tabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const id = useId();
  const [selected, setSelected] = useState(tabs[0]?.key ?? "");
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((t) => t.key === selected) ?? tabs[0];

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next]!;
    setSelected(tab.key);
    refs.current[tab.key]?.focus();
  };

  if (!current) return null;
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[tab.key] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === current.key}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === current.key ? 0 : -1}
            className="tabs__tab"
            onClick={() => setSelected(tab.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-${current.key}`}
        aria-labelledby={`${id}-tab-${current.key}`}
        tabIndex={0}
        className="tabs__panel"
      >
        {current.content}
      </div>
    </div>
  );
}
