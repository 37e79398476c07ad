import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Logo } from "./Logo";
import "./shell.css";
import "../statements/statements.css";

export function Footer() {
  const { t } = useTranslation("shell");
  const { t: ts } = useTranslation("statements");
  const { t: tp } = useTranslation("places");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <Link to="/" className="brand brand--footer">
          <Logo />
          <span className="brand__name">{t("app.name")}</span>
        </Link>
        <p>{t("app.footer")}</p>
        <nav aria-label={ts("footer.label")}>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{ts("footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/cookies">{ts("footer.cookies")}</Link>
            </li>
            <li>
              <Link to="/accessibility">{ts("footer.accessibility")}</Link>
            </li>
            <li>
              <Link to="/open-data">{tp("openData.title")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
