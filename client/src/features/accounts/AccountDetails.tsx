import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";

export const AccountDetailsFragment = graphql(`
  fragment AccountDetails_user on User {
    id
    name
    email
    organisation
    sector
    createdAt
    roles {
      id
      role
      arena {
        id
        slug
        name
      }
    }
  }
`);

export function AccountDetails({ user: ref }: { user: FragmentOf<typeof AccountDetailsFragment> }) {
  const { t, i18n } = useTranslation("accounts");
  const user = readFragment(AccountDetailsFragment, ref);
  const roles = user.roles ?? [];
  const isAdmin = roles.some((g) => g.role === "ADMIN");
  const created = user.createdAt
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage === "en" ? "en-GB" : "sv-SE", { dateStyle: "long" }).format(new Date(user.createdAt))
    : null;
  return (
    <>
      <section className="card" aria-labelledby="account-details">
        <h2 id="account-details" className="visually-hidden">
          {t("myAccount.title")}
        </h2>
        <dl className="details">
          <div>
            <dt>{t("myAccount.name")}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{t("myAccount.email")}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t("myAccount.organisation")}</dt>
            <dd>{user.organisation || <span className="muted">{t("myAccount.organisationNone")}</span>}</dd>
          </div>
          <div>
            <dt>{t("myAccount.sector")}</dt>
            <dd>{t(`sector.${user.sector}`)}</dd>
          </div>
          {created && (
            <div>
              <dt>{t("myAccount.memberSince")}</dt>
              <dd>{created}</dd>
            </div>
          )}
        </dl>
      </section>
      <section className="section" aria-labelledby="account-roles">
        <h2 id="account-roles">{t("myAccount.roles")}</h2>
        <p className="muted">{t("myAccount.rolesIntro")}</p>
        {roles.length === 0 ? (
          <p className="empty">{t("myAccount.noRoles")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("myAccount.arena")}</th>
                <th scope="col">{t("myAccount.role")}</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link to={`/a/${g.arena.slug}`}>{g.arena.name}</Link>
                  </td>
                  <td>{t(`roles.${g.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {isAdmin && (
        <section className="section" aria-labelledby="account-admin">
          <h2 id="account-admin">{t("myAccount.admin")}</h2>
          <ul className="plain-list">
            <li>
              <Link to="/admin/outbox">{t("outbox.title", { ns: "notifications" })}</Link> –{" "}
              <span className="muted">{t("myAccount.outboxText")}</span>
            </li>
            <li>
              <Link to="/admin/people">{t("people.title")}</Link> – <span className="muted">{t("myAccount.peopleText")}</span>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
