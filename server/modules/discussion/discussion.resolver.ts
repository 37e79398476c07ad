import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { User, toUser } from "../accounts/accounts.types.js";
import { ideaById } from "../ideas/ideas.service.js";
import { Idea } from "../ideas/ideas.types.js";
import {
  AddCommentInput,
  CommentsArgs,
  EditCommentInput,
  ModerateCommentInput,
  ModerationQueueArgs,
  ReportCommentInput,
} from "./discussion.inputs.js";
import * as service from "./discussion.service.js";
import { Comment, CommentConnection, CommentPayload, CommentReport } from "./discussion.types.js";

type Result = Awaited<ReturnType<typeof service.addComment>>;
const payload = (r: Result) => ({ comment: r.value?.comment ?? null, idea: r.value?.idea ?? null, errors: r.errors });

/** The discussion of an idea, added to the Idea type from this module. */
@Resolver(() => Idea)
export class IdeaDiscussionResolver {
  @FieldResolver(() => CommentConnection, {
    nullable: true,
    description:
      "A thread of the idea, oldest first, replies under each comment. INTERNAL is null unless you carry the idea or are on the arena's guidance team.",
  })
  comments(@Root() idea: Idea, @Args(() => CommentsArgs) args: CommentsArgs, @Ctx() ctx: Context) {
    return service.ideaComments(ctx, idea, args);
  }

  @FieldResolver(() => Int, { description: "Visible comments in the public thread." })
  async commentCount(@Root() idea: Idea, @Ctx() ctx: Context) {
    return (await ctx.loaders.publicCommentCountByIdea.load(idea.rawId))?.n ?? 0;
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized()
  @Query(() => CommentConnection, {
    description: "Reported or hidden comments of an arena awaiting a decision, oldest first: for its coordinators and admins.",
  })
  moderationQueue(@Args(() => ModerationQueueArgs) args: ModerationQueueArgs, @Ctx() ctx: Context) {
    return service.moderationQueue(ctx, args);
  }

  @FieldResolver(() => User, { nullable: true, description: "Null when the comment is a placeholder." })
  async author(@Root() c: Comment, @Ctx() ctx: Context) {
    if (!c.authorRawId) return null;
    const row = await ctx.loaders.userById.load(c.authorRawId);
    return row && toUser(row);
  }

  @FieldResolver(() => [Comment], { description: "Replies you may read, oldest first (top-level comments only; one level)." })
  replies(@Root() c: Comment, @Ctx() ctx: Context) {
    return service.repliesOf(ctx, c);
  }

  @FieldResolver(() => Idea, { nullable: true })
  idea(@Root() c: Comment, @Ctx() ctx: Context) {
    return ideaById(ctx, c.ideaRawId);
  }

  @FieldResolver(() => Boolean, { description: "Whether you have reported it." })
  async viewerHasReported(@Root() c: Comment, @Ctx() ctx: Context) {
    if (!ctx.viewer) return false;
    return (await ctx.loaders.reportedBy.load(`${ctx.viewer.id}:${c.rawId}`)) !== null;
  }

  @FieldResolver(() => [CommentReport], { nullable: true, description: "Moderators only." })
  async reports(@Root() c: Comment, @Ctx() ctx: Context) {
    if (!c.view.canModerate) return null;
    return (await ctx.loaders.reportsByComment.load(c.rawId)).map((r) =>
      Object.assign(new CommentReport(), { reporterRawId: r.reporterId, reason: r.reason, createdAt: r.createdAt }),
    );
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Comment on an idea, or reply to a top-level comment." })
  async addComment(@Arg("input", () => AddCommentInput) input: AddCommentInput, @Ctx() ctx: Context) {
    return payload(await service.addComment(ctx, input));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Edit your own comment, within 15 minutes of posting." })
  async editComment(@Arg("input", () => EditCommentInput) input: EditCommentInput, @Ctx() ctx: Context) {
    return payload(await service.editComment(ctx, input));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Delete your own comment." })
  async deleteComment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return payload(await service.deleteComment(ctx, id));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Report a comment to the moderators (once per person). Enough reports hide it." })
  async reportComment(@Arg("input", () => ReportCommentInput) input: ReportCommentInput, @Ctx() ctx: Context) {
    return payload(await service.reportComment(ctx, input));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Restore or remove a comment: coordinators and admins of the idea's arena." })
  async moderateComment(@Arg("input", () => ModerateCommentInput) input: ModerateCommentInput, @Ctx() ctx: Context) {
    return payload(await service.moderateComment(ctx, input));
  }
}

@Resolver(() => CommentReport)
export class CommentReportResolver {
  @FieldResolver(() => User, { nullable: true })
  async reporter(@Root() r: CommentReport, @Ctx() ctx: Context) {
    const row = await ctx.loaders.userById.load(r.reporterRawId);
    return row && toUser(row);
  }
}
