/**
 * The vocabulary of events: every kind of event (a row of `events`) and of notification is
 * declared once, by the module that owns it, in its `<module>.events.ts`, with how a timeline
 * names it, who sees it there, and its notification text. Lower modules read the declarations
 * from here without knowing who declared them (the idea's timeline, notifications), so a module
 * adds kinds without touching those below it. `server/modules/events.ts` loads every module's
 * declarations.
 */

export type Lang = "sv" | "en";
/** A text in both languages of the product, Swedish first. */
export type Localized = Readonly<Record<Lang, string>>;

declare const declared: unique symbol;
/**
 * A declared kind, such as idea.submitted. Only declareEvents makes one, so a kind spelled by
 * hand (or misspelled) where a kind is recorded or notified does not compile.
 */
export type EventKind<K extends string = string> = K & { readonly [declared]: true };

export type EventData = Readonly<Record<string, unknown>>;

export interface NotificationTemplate {
  /**
   * What the notification says, in the reader's language; `{title}`, `{by}`, `{other}`,
   * `{actor}`, `{step}` and `{due}` come from its data. A function picks among variants
   * (undefined: the generic message).
   */
  text: Localized | ((data: EventData) => Localized | undefined);
  /** Further placeholders, from the data, in the reader's language. */
  params?(data: EventData, lang: Lang): Record<string, string>;
  /** More for the mail than the one line, in the reader's language (a meeting's notice carries its agenda). */
  mailBody?(data: EventData, lang: Lang): string;
}

/**
 * One kind. `Access` is how the subject's module grades its readers (an idea's IdeaAccess);
 * the rules are methods so that a declaration over a narrower access fits the registry.
 */
export interface EventDeclaration<Access extends string = string> {
  kind: string;
  /** How a timeline names it; `{stage}` is the stage it led to. None: it never shows on one. */
  label?: Localized;
  /** On a timeline, the label is followed by ": " and the stage it led to or what it concerns. */
  detail?: boolean;
  /** Who sees it on a timeline, from the viewer's access to the subject; without a rule, whoever reads the subject. */
  visibleTo?(access: Access): boolean;
  /** What those who may not see it see in its place, if anything (e.g. the change of stage it caused). */
  seenOtherwiseAs?(data: EventData): EventKind | null;
  /** Consecutive events of this kind by the same person show as one on a timeline: the latest. */
  mergesRepeats?: boolean;
  notification?: NotificationTemplate;
}

const registry = new Map<string, EventDeclaration>();

/**
 * Declares a module's kinds, keyed by the names its code uses (`IdeaEvents.submitted`), and
 * registers them. A kind declared twice is a mistake found at start-up.
 */
export function declareEvents<const D extends Record<string, EventDeclaration<never>>>(
  declarations: D,
): { readonly [N in keyof D]: EventKind<D[N]["kind"]> } {
  const kinds: Record<string, string> = {};
  for (const [name, d] of Object.entries(declarations)) {
    if (registry.has(d.kind)) throw new Error(`Event kind ${d.kind} is declared twice`);
    registry.set(d.kind, d as EventDeclaration);
    kinds[name] = d.kind;
  }
  return kinds as { readonly [N in keyof D]: EventKind<D[N]["kind"]> };
}

/** The declaration of a stored kind; undefined for a kind no module declares (any more). */
export const eventDeclaration = (kind: string): EventDeclaration | undefined => registry.get(kind);

/** Every declaration, in the order the modules registered them. */
export const eventDeclarations = (): EventDeclaration[] => [...registry.values()];

/** Fills `{name}` placeholders; a missing value reads as nothing. */
export const fillText = (text: string, params: Readonly<Record<string, string>>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
