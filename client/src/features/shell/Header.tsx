import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../ui/useQuery";
import { graphql } from "../../graphql";
import { loadAllNamespaces } from "../../i18n";
import { UserMenu, UserMenuFragment } from "../accounts/UserMenu";
import { NotificationBell } from "../notifications/NotificationBell";
import { ArenaNav } from "./ArenaNav";
import { ArenaSwitcher, ArenaSwitcherFragment } from "./ArenaSwitcher";
import { LanguageSwitch } from "./LanguageSwitch";
import { Logo } from "./Logo";
import "./shell.css";

const ShellQuery = graphql(
  `
    query Shell {
      me {
        id
        ...UserMenu_user
      }
      arenas {
        id
        ...ArenaSwitcher_arena
      }
    }
  `,
  [UserMenuFragment, ArenaSwitcherFragment],
);

export function Header({ arenaSlug }: { arenaSlug: string | undefined }) {
  const { t } = useTranslation("shell");
  const [{ data }] = useQuery({ query: ShellQuery });
  const signedIn = Boolean(data?.me);
  useEffect(() => {
    if (signedIn) void loadAllNamespaces().catch(() => undefined);
  }, [signedIn]);
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <div className="site-header__start">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__text">
              <span className="brand__name">{t("app.name")}</span>
              <span className="brand__tagline">{t("app.tagline")}</span>
            </span>
          </Link>
          {/* Until the shell's query answers, empty boxes of the same size hold the header's height, so that the page below does not jump. */}
          {data ? (
            <ArenaSwitcher arenas={data.arenas} currentSlug={arenaSlug} />
          ) : (
            <span className="header-pending header-pending--switcher" />
          )}
        </div>
        <div className="site-header__end">
          <LanguageSwitch />
          {/* The bell's strings load with it, for those signed in. */}
          <Suspense fallback={null}>{data?.me && <NotificationBell />}</Suspense>
          {data ? <UserMenu user={data.me} arenaSlug={arenaSlug} /> : <span className="header-pending header-pending--user" />}
        </div>
      </div>
      {arenaSlug && <ArenaNav slug={arenaSlug} />}
    </header>
  );
}
