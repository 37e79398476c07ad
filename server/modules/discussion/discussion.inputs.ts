import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";
import { Length, OneOf } from "../../graphql/validation.js";
import { CommentThreadEnum, ModerationDecisionEnum } from "./discussion.types.js";

export const COMMENT_MAX = 5000;

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => CommentThreadEnum, { defaultValue: CommentThreadEnum.PUBLIC })
  @OneOf(Object.values(CommentThreadEnum))
  thread!: CommentThreadEnum;

  @Field(() => ID, { nullable: true, description: "The top-level comment this replies to, in the same thread." })
  parentId?: string | null;

  @Field(() => String)
  @Length(1, COMMENT_MAX)
  body!: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Length(1, COMMENT_MAX)
  body!: string;
}

@InputType()
export class ReportCommentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Why, in a few words (optional)." })
  @Length(0, 1000)
  reason?: string | null;
}

@InputType()
export class ModerateCommentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationDecisionEnum)
  @OneOf(Object.values(ModerationDecisionEnum))
  decision!: ModerationDecisionEnum;
}

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => CommentThreadEnum, { defaultValue: CommentThreadEnum.PUBLIC })
  thread!: CommentThreadEnum;
}

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => ID)
  arenaId!: string;
}
