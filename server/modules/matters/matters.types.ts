import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/errors.js";
import { Node, connectionType, toGlobalId } from "../../graphql/relay.js";
import type { MatterAccess } from "./matters.read.js";
import type { MatterRow } from "./matters.lifecycle.js";
import type { matterAttachments, matterLinks } from "./matters.tables.js";
import { MatterKindEnum, MatterLinkKindEnum, MatterStageEnum } from "./matters.vocabulary.js";

@ObjectType({ description: "What a matter may do next for you, so that the client shows only what you may do." })
export class MatterPermissions {
  @Field(() => Boolean, { description: "Name its preparer (the kansli)." })
  assignPreparer!: boolean;
  @Field(() => Boolean, { description: "Edit the basis, attach files and link cycles and evaluations (the beredning, the kansli)." })
  prepare!: boolean;
  @Field(() => Boolean, { description: "Place it at a body (the beredning)." })
  place!: boolean;
  @Field(() => Boolean, { description: "Return it for more preparation (the kansli, the beredning)." })
  return!: boolean;
  @Field(() => Boolean, { description: "Withdraw it (the kansli)." })
  withdraw!: boolean;
}

@ObjectType({
  implements: Node,
  description:
    "A matter (ärende) the partnership's bodies prepare, place, decide and dispatch. The arena's kansli, beredning and bodies' members read all of it; the bearers of a linked idea read it without preparation notes and attachments; anyone reads it once it has a public decision (published minutes, or a decision without a meeting), never its preparation notes.",
})
export class Matter extends Node {
  rawId!: string;
  arenaRawId!: string;
  bodyRawId!: string | null;
  preparerRawId!: string | null;
  access!: MatterAccess;
  notes!: string;

  @Field(() => Int, { description: "Its number in the arena: “ärende 12”." })
  number!: number;
  @Field(() => MatterKindEnum)
  kind!: MatterKindEnum;
  @Field(() => MatterStageEnum)
  stage!: MatterStageEnum;
  @Field(() => DateTimeResolver, { description: "When it entered its stage." })
  stageSince!: Date;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => String, { description: "Basis for the decision: background." })
  background!: string;
  @Field(() => String)
  proposedDecision!: string;
  @Field(() => String, { description: "Consequences of deciding as proposed." })
  consequences!: string;
  @Field(() => String, { description: "Consequences of doing nothing." })
  consequencesOfNothing!: string;
  @Field(() => String, { description: "Effort against expected effect." })
  effortAndEffect!: string;
  @Field(() => Boolean, {
    description:
      "Waiting too long: initiated, in preparation or placed for more than ten Swedish working days, or an assignment of its decisions is open past its due date.",
  })
  overdue!: boolean;
  @Field(() => Int, { description: "Optimistic concurrency: send it back with an edit of the basis." })
  version!: number;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true })
  closedAt!: Date | null;
}

export const MatterConnection = connectionType("Matter", Matter);

export function toMatter(row: MatterRow & { overdue: boolean }, access: MatterAccess): Matter {
  return Object.assign(new Matter(), {
    __typename: "Matter",
    id: toGlobalId("Matter", row.id),
    rawId: row.id,
    arenaRawId: row.arenaId,
    bodyRawId: row.bodyId,
    preparerRawId: row.preparerId,
    access,
    notes: row.preparationNotes,
    number: row.number,
    kind: row.kind as MatterKindEnum,
    stage: row.stage as MatterStageEnum,
    stageSince: row.stageSince,
    title: row.title,
    summary: row.summary,
    background: row.background,
    proposedDecision: row.proposedDecision,
    consequences: row.consequences,
    consequencesOfNothing: row.consequencesOfNothing,
    effortAndEffect: row.effortAndEffect,
    overdue: row.overdue,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  });
}

@ObjectType({
  implements: Node,
  description:
    "What a matter links to: the idea, test cycle, learning or evaluation it came from, or one linked in preparation. Linked, not copied: the target shows its current state, to those who may read it.",
})
export class MatterLink extends Node {
  rawId!: string;
  matterRawId!: string;
  targetRawId!: string;
  ideaRawId!: string | null;

  @Field(() => MatterLinkKindEnum)
  kind!: MatterLinkKindEnum;
  @Field(() => Boolean, { description: "What the matter came from." })
  isOrigin!: boolean;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

export function toMatterLink(row: typeof matterLinks.$inferSelect): MatterLink {
  return Object.assign(new MatterLink(), {
    __typename: "MatterLink",
    id: toGlobalId("MatterLink", row.id),
    rawId: row.id,
    matterRawId: row.matterId,
    targetRawId: row.targetId,
    ideaRawId: row.ideaId,
    kind: row.kind as MatterLinkKindEnum,
    isOrigin: row.isOrigin,
    createdAt: row.createdAt,
  });
}

export type AttachmentMeta = Omit<typeof matterAttachments.$inferSelect, "content">;

@ObjectType({ implements: Node, description: "A basis document of a matter: read by the arena's kansli, beredning and bodies' members." })
export class MatterAttachment extends Node {
  rawId!: string;
  uploaderRawId!: string | null;

  @Field(() => String)
  fileName!: string;
  @Field(() => String)
  mediaType!: string;
  @Field(() => Int)
  byteSize!: number;
  @Field(() => String, { description: "SHA-256 of the content, hex." })
  sha256!: string;
  @Field(() => String, { description: "Where to download it (a link that checks your rights)." })
  url!: string;
  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

export function toAttachment(row: AttachmentMeta): MatterAttachment {
  return Object.assign(new MatterAttachment(), {
    __typename: "MatterAttachment",
    id: toGlobalId("MatterAttachment", row.id),
    rawId: row.id,
    uploaderRawId: row.uploadedBy,
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    url: `/files/matter-attachments/${row.id}`,
    createdAt: row.createdAt,
  });
}

@ObjectType({ description: "A step of a matter, as its timeline shows it." })
export class MatterEvent {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  kind!: string;
  @Field(() => String, { description: "The step in words, in your language, naming the body and the day where it matters." })
  label!: string;
  @Field(() => DateTimeResolver)
  at!: Date;
  @Field(() => String, { nullable: true, description: "Who took the step; to the arena's kansli, beredning and bodies' members." })
  actorName!: string | null;
  @Field(() => String, { nullable: true, description: "Why (a return or withdrawal); not to the public." })
  reason!: string | null;
}

@ObjectType()
export class MatterPayload {
  @Field(() => Matter, { nullable: true })
  matter!: Matter | null;
  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class MatterAttachmentPayload {
  @Field(() => MatterAttachment, { nullable: true })
  attachment!: MatterAttachment | null;
  @Field(() => Matter, { nullable: true })
  matter!: Matter | null;
  @Field(() => [UserError])
  errors!: UserError[];
}
