import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

type Definition = OperationDefinitionNode | FragmentDefinitionNode;

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/**
 * Refuses operations whose fields nest deeper than maxDepth (top-level fields are at depth 0;
 * introspection fields are not counted). Unlike graphql-depth-limit, it follows each fragment
 * at most once per path, so a fragment cycle (which NoFragmentCyclesRule reports) cannot make
 * it recurse without end.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    const name = (op: OperationDefinitionNode) => op.name?.value ?? "";

    /** The fields of `set` are at `depth`. Reports once and stops when too deep; returns whether it reported. */
    const walk = (set: SelectionSetNode, depth: number, path: Set<string>, op: OperationDefinitionNode): boolean => {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value.startsWith("__")) continue;
          if (depth > maxDepth) {
            context.reportError(
              new GraphQLError(`'${name(op)}' exceeds maximum operation depth of ${maxDepth}`, {
                nodes: [s],
                extensions: { code: "GRAPHQL_VALIDATION_FAILED", maxDepth },
              }),
            );
            return true;
          }
          if (s.selectionSet && walk(s.selectionSet, depth + 1, path, op)) return true;
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (walk(s.selectionSet, depth, path, op)) return true;
        } else {
          const fragment = fragments.get(s.name.value);
          if (!fragment || path.has(fragment.name.value)) continue;
          path.add(fragment.name.value);
          const reported = walk(fragment.selectionSet, depth, path, op);
          path.delete(fragment.name.value);
          if (reported) return true;
        }
      }
      return false;
    };

    return {
      OperationDefinition(op) {
        walk(op.selectionSet, 0, new Set(), op);
        return false;
      },
    };
  };
}

export interface RepeatLimits {
  /** How often one field that takes arguments (e.g. `Query.ideas`) may appear in an operation. */
  maxPerFieldWithArguments: number;
  /** How many aliased fields an operation may have in all. */
  maxAliases: number;
}

interface Tally {
  /** Occurrences of each field coordinate that was given arguments. */
  withArgs: Map<string, number>;
  aliases: number;
  /** Fragment spreads, by name, and how often each is spread here. */
  spreads: Map<string, number>;
}

/**
 * Refuses operations that repeat a field with arguments more than a few times, or use many
 * aliases: `{ a0: ideas(search: "x") { totalCount } … a2499: … }` would otherwise run one
 * search per alias. Counts are taken after fragments are expanded (each spread counts its
 * fragment's fields again), and a fragment's totals are computed once, so neither cycles nor
 * fragments spread many times inside each other make the rule itself expensive.
 */
export function repeatLimitRule(limits: RepeatLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const own = new Map<Definition, Tally>();
    let current: Tally | undefined;
    const begin = (d: Definition) => {
      current = { withArgs: new Map(), aliases: 0, spreads: new Map() };
      own.set(d, current);
    };

    return {
      OperationDefinition: { enter: begin },
      FragmentDefinition: { enter: begin },
      Field(node) {
        if (!current) return;
        if (node.alias) current.aliases++;
        if (node.arguments && node.arguments.length > 0) {
          const coordinate = `${context.getParentType()?.name ?? "?"}.${node.name.value}`;
          current.withArgs.set(coordinate, (current.withArgs.get(coordinate) ?? 0) + 1);
        }
      },
      FragmentSpread(node) {
        if (current) current.spreads.set(node.name.value, (current.spreads.get(node.name.value) ?? 0) + 1);
      },
      Document: {
        leave(document) {
          const fragments = fragmentsOf(document);
          const expanded = new Map<string, Tally>();
          const inProgress = new Set<string>();
          const total = (d: Definition): Tally => {
            const mine = own.get(d) ?? { withArgs: new Map(), aliases: 0, spreads: new Map() };
            const sum: Tally = { withArgs: new Map(mine.withArgs), aliases: mine.aliases, spreads: new Map() };
            for (const [name, times] of mine.spreads) {
              const fragment = fragments.get(name);
              // Unknown fragments and cycles are reported by graphql's own rules.
              if (!fragment || inProgress.has(name)) continue;
              let t = expanded.get(name);
              if (!t) {
                inProgress.add(name);
                t = total(fragment);
                inProgress.delete(name);
                expanded.set(name, t);
              }
              sum.aliases += t.aliases * times;
              for (const [c, n] of t.withArgs) sum.withArgs.set(c, (sum.withArgs.get(c) ?? 0) + n * times);
            }
            return sum;
          };
          for (const d of document.definitions) {
            if (d.kind !== Kind.OPERATION_DEFINITION) continue;
            const t = total(d);
            const op = d.name?.value ?? "";
            if (t.aliases > limits.maxAliases)
              context.reportError(
                new GraphQLError(`'${op}' uses ${t.aliases} aliases; at most ${limits.maxAliases} are allowed`, {
                  nodes: [d],
                  extensions: { code: "GRAPHQL_VALIDATION_FAILED", maxAliases: limits.maxAliases },
                }),
              );
            for (const [coordinate, n] of t.withArgs)
              if (n > limits.maxPerFieldWithArguments)
                context.reportError(
                  new GraphQLError(
                    `'${op}' asks for ${coordinate} ${n} times; a field with arguments may appear at most ${limits.maxPerFieldWithArguments} times`,
                    { nodes: [d], extensions: { code: "GRAPHQL_VALIDATION_FAILED", coordinate, max: limits.maxPerFieldWithArguments } },
                  ),
                );
          }
        },
      },
    };
  };
}
