import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageTitle } from "../../ui/PageTitle";
import { Loading } from "../../ui/QueryState";

interface Props {
  /** The page's h1, so that focus after navigation lands on it here too. */
  heading: ReactNode;
  title: string;
  signedIn: boolean;
  /** The viewer is still being asked for. */
  fetching: boolean;
  /** Shown to a signed-in person without the role the page needs. */
  forbidden: string;
  signInRequired: string;
}

/** What a page for a role shows to someone who is not signed in, or lacks the role: the page's heading and why. */
export function AccessNotice({ heading, title, signedIn, fetching, forbidden, signInRequired }: Props) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle parts={[title]} />
      {heading}
      {fetching ? (
        <Loading />
      ) : (
        <div className="notice">
          <p>{signedIn ? forbidden : signInRequired}</p>
          {!signedIn && (
            <p className="button-row">
              <Link className="button button--primary" to="/sign-in">
                {t("account.signIn")}
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
