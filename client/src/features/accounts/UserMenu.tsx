import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./accounts.css";

export const UserMenuFragment = graphql(`
  fragment UserMenu_user on User {
    id
    name
    roles {
      id
      role
      arena {
        id
        slug
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
      errors {
        message
      }
    }
  }
`);

interface Props {
  user: FragmentOf<typeof UserMenuFragment> | null | undefined;
  /** The arena being looked at; its roles are the ones shown. */
  arenaSlug: string | undefined;
}

/** The header's account area: sign in and register, or who is signed in, their roles, and sign out. */
export function UserMenu({ user: userRef, arenaSlug }: Props) {
  const { t } = useTranslation("accounts");
  const navigate = useNavigate();
  const location = useLocation();
  const [signOutState, signOut] = useMutation(SignOutMutation);
  const user = readFragment(UserMenuFragment, userRef);

  if (!user) {
    return (
      <div className="user-menu">
        <Link className="button button--ghost" to="/sign-in">
          {t("account.signIn")}
        </Link>
        <Link className="button button--primary" to="/register">
          {t("account.register")}
        </Link>
      </div>
    );
  }

  const grants = (user.roles ?? []).filter((g) => !arenaSlug || g.arena.slug === arenaSlug);
  const roleNames: string[] = [...new Set(grants.map((g) => g.role))].map((r) => t(`roles.${r}`));
  if (roleNames.length === 0) roleNames.push(t("account.ideaBearer"));

  const onSignOut = async () => {
    const result = await signOut({});
    if (result.data?.signOut.signedOut) {
      void navigate(arenaSlug ? `/a/${arenaSlug}` : "/", { replace: location.pathname === "/account" });
    }
  };

  return (
    <div className="user-menu">
      <div className="user-menu__who">
        <Link to="/account" className="user-menu__name">
          <span className="visually-hidden">{t("account.myAccount")}: </span>
          {user.name}
        </Link>
        <span className="user-menu__roles">
          <span className="visually-hidden">{t("account.rolesLabel")}: </span>
          {roleNames.join(", ")}
        </span>
      </div>
      <Link className="button button--ghost user-menu__ideas" to="/my/ideas">
        {t("nav.myIdeas")}
      </Link>
      <button type="button" className="button button--ghost" onClick={onSignOut} disabled={signOutState.fetching}>
        {signOutState.fetching ? t("account.signingOut") : t("account.signOut")}
      </button>
    </div>
  );
}
