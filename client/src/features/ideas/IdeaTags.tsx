import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import "./ideas.css";

export const IdeaTagsFragment = graphql(`
  fragment IdeaTags_idea on Idea {
    id
    countyParts {
      id
      name
    }
    municipalities {
      id
      name
    }
    goals {
      id
      number
      title
    }
    focusAreas {
      id
      code
      title
    }
    agenda2030Goals {
      number
      title
    }
    publicHealthTargetAreas {
      number
      title
    }
  }
`);

/** Where the idea would take place and what it links to: the strategy's goals, Agenda 2030, public health. */
export function IdeaTags({ idea: ref }: { idea: FragmentOf<typeof IdeaTagsFragment> }) {
  const { t } = useTranslation("ideas");
  const idea = readFragment(IdeaTagsFragment, ref);
  const places = [
    ...idea.countyParts.map((c) => ({ id: c.id, name: c.name })),
    ...idea.municipalities.map((m) => ({ id: m.id, name: m.name })),
  ];
  const groups = [
    {
      key: "places",
      title: t("idea.places"),
      items: places.map((p) => ({ id: p.id, content: p.name })),
    },
    {
      key: "goals",
      title: t("idea.goals"),
      items: idea.goals.map((g) => ({
        id: g.id,
        content: (
          <>
            <span className="code">{g.number}</span> {g.title}
          </>
        ),
      })),
    },
    {
      key: "focusAreas",
      title: t("idea.focusAreas"),
      items: idea.focusAreas.map((f) => ({
        id: f.id,
        content: (
          <>
            <span className="code">{f.code}</span> {f.title}
          </>
        ),
      })),
    },
    {
      key: "agenda",
      title: t("idea.agenda"),
      items: idea.agenda2030Goals.map((g) => ({
        id: String(g.number),
        content: (
          <span className={`sdg-tag sdg--${g.number}`}>
            <span className="sdg-tag__number">{g.number}</span> {g.title}
          </span>
        ),
      })),
    },
    {
      key: "health",
      title: t("idea.publicHealth"),
      items: idea.publicHealthTargetAreas.map((a) => ({ id: String(a.number), content: `${a.number}. ${a.title}` })),
    },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="idea-tags" aria-labelledby="idea-tags-heading">
      <h2 id="idea-tags-heading" className="aside-heading">
        {t("idea.tagsHeading")}
      </h2>
      {groups.map((g) => (
        <div key={g.key} className="idea-tags__group">
          <h3 className="idea-tags__title" id={`idea-tags-${g.key}`}>
            {g.title}
          </h3>
          <ul className="tag-list" aria-labelledby={`idea-tags-${g.key}`}>
            {g.items.map((i) => (
              <li key={i.id}>{i.content}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
