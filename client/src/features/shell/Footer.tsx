import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Logo } from "./Logo";
import "./shell.css";

export function Footer() {
  const { t } = useTranslation("shell");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <Link to="/" className="brand brand--footer">
          <Logo />
          <span className="brand__name">{t("app.name")}</span>
        </Link>
        <p>{t("app.footer")}</p>
      </div>
    </footer>
  );
}
