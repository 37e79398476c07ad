import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Field } from "../../forms/Field";
import { graphql, readFragment, type VariablesOf } from "../../graphql";
import { errorMessage } from "../../ui/QueryState";
import { usePersonLookup } from "./PersonLookup";
import { oneOf, textOf, useStructureEditing } from "./StructureEdit";

const PersonRolesFragment = graphql(`
  fragment RolesPanel_user on User {
    id
    name
    roles {
      id
      role
      arena {
        id
      }
    }
  }
`);
const GrantRoleMutation = graphql(
  `
    mutation GrantRoleForm($input: RoleInput!) {
      grantRole(input: $input) {
        user {
          ...RolesPanel_user
        }
        errors {
          code
          message
        }
      }
    }
  `,
  [PersonRolesFragment],
);
const RevokeRoleMutation = graphql(
  `
    mutation RevokeRoleForm($input: RoleInput!) {
      revokeRole(input: $input) {
        user {
          ...RolesPanel_user
        }
        errors {
          code
          message
        }
      }
    }
  `,
  [PersonRolesFragment],
);

type Role = VariablesOf<typeof GrantRoleMutation>["input"]["role"];
const ROLES = ["COORDINATOR", "GUIDE", "RESEARCHER", "BODY_MEMBER", "ADMIN"] as const satisfies readonly Role[];

interface Person {
  id: string;
  name: string;
  roles: readonly { id: string; role: Role; arena: { id: string } }[] | null;
}

/** For the arena's admins: find a person by the email of their account, and grant or revoke their roles here. */
export function RolesPanel() {
  const { t } = useTranslation("structure");
  const { t: tAccounts } = useTranslation("accounts");
  const editing = useStructureEditing();
  const lookUp = usePersonLookup(editing?.slug ?? "");
  const [person, setPerson] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const [searching, setSearching] = useState(false);
  const [{ fetching: granting }, grant] = useMutation(GrantRoleMutation);
  const [{ fetching: revoking }, revoke] = useMutation(RevokeRoleMutation);
  const resultRef = useRef<HTMLHeadingElement>(null);
  if (!editing?.isAdmin) return null;
  const held = (person?.roles ?? []).filter((r) => r.arena.id === editing.arenaId);

  const find = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setDone("");
    setSearching(true);
    const found = await lookUp(textOf(new FormData(event.currentTarget), "email"));
    setSearching(false);
    setPerson(found ?? null);
    if (found === undefined) setProblem(t("state.networkError", { ns: "translation" }));
    else if (found === null) setProblem(t("memberForm.noSuchPerson"));
    else setTimeout(() => resultRef.current?.focus());
  };

  const change = async (kind: "grant" | "revoke", role: Role) => {
    if (!person) return;
    setProblem(null);
    setDone("");
    const input = { userId: person.id, arenaId: editing.arenaId, role };
    const r = kind === "grant" ? await grant({ input }) : await revoke({ input });
    const payload = r.data && ("grantRole" in r.data ? r.data.grantRole : r.data.revokeRole);
    if (r.error) return setProblem(errorMessage(r.error, t("state.networkError", { ns: "translation" })));
    if (!payload?.user || payload.errors.length > 0) return setProblem(payload?.errors.map((e) => e.message).join(" ") ?? "");
    setPerson(readFragment(PersonRolesFragment, payload.user));
    setDone(t(kind === "grant" ? "roles.granted" : "roles.revoked", { name: person.name, role: tAccounts(`roles.${role}`) }));
    editing.refresh();
  };

  return (
    <section className="section edit-panel" aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t("roles.heading")}</h2>
      <p className="muted">{t("roles.intro")}</p>
      <form className="form form--inline" noValidate onSubmit={(e) => void find(e)} aria-labelledby="roles-heading">
        <Field name="email" label={t("roles.email")} error={problem && !person ? problem : undefined}>
          {(p) => <input {...p} type="email" autoComplete="off" />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={searching}>
            {t("roles.find")}
          </button>
        </div>
      </form>
      {person && (
        <div className="roles-person">
          <h3 ref={resultRef} tabIndex={-1}>
            {person.name}
          </h3>
          {held.length === 0 ? (
            <p className="empty">{t("roles.none")}</p>
          ) : (
            <ul className="plain-list" aria-label={t("roles.held", { name: person.name })}>
              {held.map((g) => (
                <li key={g.id}>
                  {tAccounts(`roles.${g.role}`)}{" "}
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    disabled={revoking}
                    onClick={() => void change("revoke", g.role)}
                  >
                    {t("roles.revoke", { role: tAccounts(`roles.${g.role}`) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="form form--inline"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void change("grant", oneOf(ROLES, textOf(new FormData(e.currentTarget), "role"), "GUIDE"));
            }}
          >
            <Field name="role" label={t("roles.role")}>
              {(p) => (
                <select {...p} defaultValue="GUIDE">
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {tAccounts(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={granting}>
                {t("roles.grant")}
              </button>
            </div>
          </form>
          {problem && (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
      <p role="status" className="form__status">
        {done}
      </p>
    </section>
  );
}
