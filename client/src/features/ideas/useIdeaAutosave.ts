import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { stringifyDocument, useClient } from "urql";
import { FormErrorsFragment, type FormErrors, noErrors, toFormErrors } from "../../forms/errors";
import { graphql, readFragment, type ResultOf } from "../../graphql";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../ui/QueryState";
import { draftKey, forgetSessionClientKey, removeDraft, writeDraft } from "./draftStore";
import {
  ALL_FIELDS,
  type IdeaField,
  type IdeaValues,
  IdeaDraftFragment,
  changedFields,
  fromIdea,
  hasContent,
  rebase,
  toInput,
} from "./ideaValues";

export const CreateIdeaDraftMutation = graphql(
  `
    mutation CreateIdeaDraft($input: CreateIdeaInput!) {
      createIdea(input: $input) {
        idea {
          id
          ...IdeaDraft_idea
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [IdeaDraftFragment, FormErrorsFragment],
);

export const SaveIdeaDraftMutation = graphql(
  `
    mutation SaveIdeaDraft($input: UpdateIdeaInput!) {
      updateIdea(input: $input) {
        idea {
          id
          ...IdeaDraft_idea
        }
        conflict {
          changedFields
          current {
            id
            ...IdeaDraft_idea
          }
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [IdeaDraftFragment, FormErrorsFragment],
);

type SavePayload = {
  idea?: ResultOf<typeof CreateIdeaDraftMutation>["createIdea"]["idea"];
  conflict?: ResultOf<typeof SaveIdeaDraftMutation>["updateIdea"]["conflict"];
  errors: ResultOf<typeof CreateIdeaDraftMutation>["createIdea"]["errors"];
};

/** How long after the last keystroke a change is sent. */
export const DEBOUNCE_MS = 1500;
const RETRY_MS = [2000, 4000, 8000, 15000, 30000];

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "retrying" }
  | { kind: "invalid" }
  | { kind: "failed"; message: string }
  | { kind: "conflict" };

export interface Conflict {
  /** What is saved now, and its version. */
  current: IdeaValues;
  version: number;
  /** Fields both sides changed to different values. */
  fields: IdeaField[];
}

export interface AutosaveStart {
  ideaId: string | null;
  clientKey: string;
  version: number | null;
  values: IdeaValues;
  /** What the server has at `version` (null before the idea exists). */
  base: IdeaValues | null;
  /** A stale local copy was found: its three-way merge with what is saved now. */
  conflict: Conflict | null;
}

export type Choice = "mine" | "saved";

interface Options {
  arenaId: string;
  slug: string;
  start: AutosaveStart;
  /** Field names the form shows, for errors from the server. */
  fieldNames: readonly string[];
  onCreated: (ideaId: string) => void;
}

/**
 * Autosave of an idea draft. Changes are sent 1.5 s after typing stops, when a field loses
 * focus, when the tab is hidden and when the page is left; only one request is in flight,
 * and changes made meanwhile follow it. Until the server confirms, the form's values are in
 * localStorage. A save based on an old version comes back as a conflict: fields only the
 * other side changed are taken over, fields both changed wait for the person's choice, and
 * nothing is sent until they have chosen.
 */
export function useIdeaAutosave({ arenaId, slug, start, fieldNames, onCreated }: Options) {
  const client = useClient();
  const { t } = useTranslation("ideas");
  const [values, setValuesState] = useState<IdeaValues>(start.values);
  const [ideaId, setIdeaId] = useState<string | null>(start.ideaId);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflict, setConflictState] = useState<Conflict | null>(start.conflict);
  const [takenOver, setTakenOver] = useState<IdeaField[]>([]);
  const [saveErrors, setSaveErrors] = useState<FormErrors>(noErrors);

  const valuesRef = useRef(start.values);
  const baseRef = useRef<IdeaValues | null>(start.base);
  const versionRef = useRef<number | null>(start.version);
  const ideaIdRef = useRef<string | null>(start.ideaId);
  const conflictRef = useRef<Conflict | null>(start.conflict);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const failures = useRef(0);
  const failed = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef<(force?: boolean) => Promise<void>>(async () => {});
  const callbacks = useRef({ onCreated, fieldNames, t });
  useEffect(() => {
    callbacks.current = { onCreated, fieldNames, t };
  });

  const isDirty = useCallback(() => {
    if (ideaIdRef.current === null) return hasContent(valuesRef.current);
    return baseRef.current === null || changedFields(valuesRef.current, baseRef.current).length > 0;
  }, []);

  /** Keeps the browser's copy in step: written while anything is unsaved, removed once the server has it all. */
  const persist = useCallback(() => {
    const key = draftKey(slug, ideaIdRef.current);
    if (!isDirty() && !conflictRef.current) return removeDraft(key);
    writeDraft(key, {
      clientKey: start.clientKey,
      ideaId: ideaIdRef.current,
      version: versionRef.current,
      values: valuesRef.current,
      base: baseRef.current,
      savedAt: new Date().toISOString(),
    });
  }, [slug, start.clientKey, isDirty]);

  const clearTimer = () => {
    if (timer.current !== undefined) window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  const schedule = useCallback((ms: number) => {
    clearTimer();
    timer.current = window.setTimeout(() => void saveRef.current(), ms);
  }, []);

  const replaceValues = useCallback((next: IdeaValues) => {
    valuesRef.current = next;
    setValuesState(next);
  }, []);

  const onConflict = useCallback(
    (current: IdeaValues, version: number) => {
      const result = rebase(valuesRef.current, baseRef.current ?? current, current);
      replaceValues(result.merged);
      setTakenOver(result.takenOver);
      if (result.conflicts.length === 0) {
        baseRef.current = current;
        versionRef.current = version;
        persist();
        // What is left of the edit goes on top of the saved version.
        if (isDirty()) {
          setStatus({ kind: "pending" });
          schedule(0);
        } else setStatus({ kind: "saved", at: new Date() });
        return;
      }
      // The base stays the old one until the person has chosen, so that a copy kept in the
      // browser meanwhile still merges the same way on return.
      const next = { current, version, fields: result.conflicts };
      conflictRef.current = next;
      setConflictState(next);
      setStatus({ kind: "conflict" });
      persist();
    },
    [isDirty, persist, replaceValues, schedule],
  );

  const save = useCallback(
    async (force = false): Promise<void> => {
      if (inFlight.current) {
        again.current = true;
        return inFlight.current;
      }
      if (conflictRef.current) return;
      clearTimer();
      const id = ideaIdRef.current;
      const mine = valuesRef.current;
      if (id === null && !force && !hasContent(mine)) return;
      const dirty = id === null || baseRef.current === null ? [...ALL_FIELDS] : changedFields(mine, baseRef.current);
      if (id !== null && dirty.length === 0) return;
      setStatus({ kind: "saving" });

      const run = async () => {
        const result =
          id === null
            ? await client
                .mutation(CreateIdeaDraftMutation, { input: { arenaId, clientKey: start.clientKey, ...toInput(mine, dirty) } })
                .toPromise()
            : await client
                .mutation(SaveIdeaDraftMutation, { input: { id, expectedVersion: versionRef.current ?? 1, ...toInput(mine, dirty) } })
                .toPromise();
        const { t: tr, fieldNames: names } = callbacks.current;
        if (result.error) {
          failed.current = true;
          persist();
          if (result.error.networkError) {
            setStatus({ kind: "retrying" });
            schedule(RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)]!);
            failures.current += 1;
          } else {
            setStatus({ kind: "failed", message: errorMessage(result.error, tr("state.networkError")) });
          }
          return;
        }
        failures.current = 0;
        const data = result.data as { createIdea?: SavePayload; updateIdea?: SavePayload } | undefined;
        const payload = data?.createIdea ?? data?.updateIdea;
        const conflictPayload = payload?.conflict ?? null;
        if (conflictPayload) {
          failed.current = false;
          const current = readFragment(IdeaDraftFragment, conflictPayload.current);
          onConflict(fromIdea(conflictPayload.current), current.version);
          return;
        }
        if (!payload?.idea) {
          failed.current = true;
          const errors = toFormErrors(payload?.errors ?? [], names);
          setSaveErrors(errors);
          setStatus(
            Object.keys(errors.fields).length > 0
              ? { kind: "invalid" }
              : { kind: "failed", message: errors.general.join(" ") || tr("state.networkError") },
          );
          persist();
          return;
        }
        failed.current = false;
        const saved = readFragment(IdeaDraftFragment, payload.idea);
        baseRef.current = fromIdea(payload.idea);
        versionRef.current = saved.version;
        if (id === null) {
          removeDraft(draftKey(slug, null));
          forgetSessionClientKey(slug);
          ideaIdRef.current = saved.id;
          setIdeaId(saved.id);
          callbacks.current.onCreated(saved.id);
        }
        setSaveErrors(noErrors);
        // "Sparat" only when everything is: what was typed meanwhile follows.
        setStatus(isDirty() ? { kind: "pending" } : { kind: "saved", at: new Date() });
        persist();
      };

      const promise = run().finally(() => {
        inFlight.current = null;
        if (again.current) {
          again.current = false;
          if (isDirty()) schedule(0);
        }
      });
      inFlight.current = promise;
      return promise;
    },
    [arenaId, client, isDirty, onConflict, persist, schedule, slug, start.clientKey],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const setField = useCallback(
    <F extends IdeaField>(field: F, value: IdeaValues[F]) => {
      replaceValues({ ...valuesRef.current, [field]: value });
      setSaveErrors((e) => {
        if (!(field in e.fields)) return e;
        const fields = { ...e.fields };
        delete fields[field];
        return { ...e, fields };
      });
      persist();
      if (!conflictRef.current) {
        setStatus((st) => (st.kind === "idle" || st.kind === "saved" ? { kind: "pending" } : st));
        schedule(DEBOUNCE_MS);
      }
    },
    [persist, replaceValues, schedule],
  );

  /** Saves now if anything is unsaved (a field lost focus). */
  const saveSoon = useCallback(() => {
    if (isDirty() && !conflictRef.current) void saveRef.current();
  }, [isDirty]);

  /** Applies the person's choice per conflicting field and saves on top of the current version. */
  const resolveConflict = useCallback(
    (choices: Partial<Record<IdeaField, Choice>>) => {
      const c = conflictRef.current;
      if (!c) return;
      const next = { ...valuesRef.current } as Record<IdeaField, IdeaValues[IdeaField]>;
      for (const f of c.fields) if (choices[f] === "saved") next[f] = c.current[f];
      replaceValues(next as IdeaValues);
      baseRef.current = c.current;
      versionRef.current = c.version;
      conflictRef.current = null;
      setConflictState(null);
      persist();
      if (isDirty()) void saveRef.current();
      else setStatus({ kind: "saved", at: new Date() });
    },
    [isDirty, persist, replaceValues],
  );

  /** Everything saved (or a reason it could not be): before submitting. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer();
    for (let i = 0; i < 5; i++) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (conflictRef.current) return false;
      if (ideaIdRef.current !== null && !isDirty()) return true;
      await saveRef.current(true);
      if (failed.current) return false;
    }
    return ideaIdRef.current !== null && !isDirty() && !conflictRef.current;
  }, [isDirty]);

  // Text put back from the browser's copy goes to the server soon after the page opens.
  useEffect(() => {
    if (isDirty() && !conflictRef.current) schedule(DEBOUNCE_MS);
  }, [isDirty, schedule]);

  // Leaving: the tab is hidden (save as usual), the page unloads (a keepalive request that
  // outlives it), the editor unmounts on an in-app navigation (save in the background).
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden") saveSoon();
    };
    const onPageHide = () => {
      const id = ideaIdRef.current;
      if (id === null || conflictRef.current || inFlight.current || !baseRef.current) return;
      const dirty = changedFields(valuesRef.current, baseRef.current);
      if (dirty.length === 0) return;
      const body = JSON.stringify({
        query: stringifyDocument(SaveIdeaDraftMutation),
        variables: { input: { id, expectedVersion: versionRef.current, ...toInput(valuesRef.current, dirty) } },
      });
      void fetch("/graphql", {
        method: "POST",
        keepalive: true,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept-Language": currentLanguage() },
        body,
      }).catch(() => {
        // The local copy has it.
      });
    };
    const onOnline = () => {
      if (failed.current) saveSoon();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      clearTimer();
      saveSoon();
    };
  }, [saveSoon]);

  return {
    values,
    ideaId,
    status,
    conflict,
    takenOver,
    saveErrors,
    setField,
    saveSoon,
    resolveConflict,
    flush,
    dismissTakenOver: () => setTakenOver([]),
    /** The idea's id as of now (it exists after the first save). */
    currentId: () => ideaIdRef.current,
    /** After submitting: the server has everything. */
    forgetLocalCopy: () => removeDraft(draftKey(slug, ideaIdRef.current)),
  };
}
