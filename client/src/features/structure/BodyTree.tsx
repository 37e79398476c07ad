import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment, type ResultOf } from "../../graphql";
import { BodyCard, BodyCardFragment } from "./BodyCard";
import "./structure.css";

export const BodyTreeFragment = graphql(
  `
    fragment BodyTree_body on Body {
      id
      name
      parent {
        id
      }
      ...BodyCard_body
    }
  `,
  [BodyCardFragment],
);

type BodyRef = FragmentOf<typeof BodyTreeFragment>;
type TreeBody = ResultOf<typeof BodyTreeFragment>;

/** The bodies as nested lists, built from the flat list by parent id; order within a level is kept. */
export function BodyTree({ bodies: refs }: { bodies: readonly BodyRef[] }) {
  const bodies = readFragment(BodyTreeFragment, refs);
  const ids = new Set(bodies.map((b) => b.id));
  const children = new Map<string | null, TreeBody[]>();
  for (const b of bodies) {
    // A parent outside the list (should not happen) makes the body a root rather than hiding it.
    const parentId = b.parent && ids.has(b.parent.id) ? b.parent.id : null;
    children.set(parentId, [...(children.get(parentId) ?? []), b]);
  }
  return <Level parentId={null} name={null} depth={0} childrenOf={children} />;
}

interface LevelProps {
  parentId: string | null;
  name: string | null;
  depth: number;
  childrenOf: Map<string | null, TreeBody[]>;
}

function Level({ parentId, name, depth, childrenOf }: LevelProps) {
  const { t } = useTranslation("structure");
  const items = childrenOf.get(parentId) ?? [];
  if (items.length === 0) return null;
  return (
    <ul
      className={depth === 0 ? "body-tree" : "body-tree body-tree--nested"}
      aria-label={name ? t("structure.subBodies", { name }) : undefined}
    >
      {items.map((b) => (
        <li key={b.id} className="body-tree__item">
          <BodyCard body={b} depth={depth} />
          <Level parentId={b.id} name={b.name} depth={depth + 1} childrenOf={childrenOf} />
        </li>
      ))}
    </ul>
  );
}
