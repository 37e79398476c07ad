import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./shell.css";

export const ArenaCardFragment = graphql(`
  fragment ArenaCard_arena on Arena {
    id
    slug
    name
    region
    description
  }
`);

export function ArenaCard({ arena: ref }: { arena: FragmentOf<typeof ArenaCardFragment> }) {
  const { t } = useTranslation("shell");
  const arena = readFragment(ArenaCardFragment, ref);
  return (
    <article className="card arena-card">
      <p className="eyebrow">{arena.region}</p>
      <h3 className="arena-card__title">
        <Link to={`/a/${arena.slug}`} className="card-link">
          {arena.name}
        </Link>
      </h3>
      <p className="arena-card__description">{arena.description}</p>
      <span className="arena-card__cta" aria-hidden="true">
        {t("landing.openArena", { name: arena.region })} →
      </span>
    </article>
  );
}
