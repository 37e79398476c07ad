import { type ApiClient, newPerson } from "./client.js";
import { graphql } from "./graphql.js";

/** Documents and small builders for comments and notifications, through the API. */
export const AddComment = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        body
        thread
        createdAt
        editedAt
        editableUntil
        viewerIsAuthor
        author {
          name
        }
      }
      idea {
        id
        commentCount
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const IdeaComments = graphql(`
  query IdeaComments($id: ID!, $thread: CommentThread!, $first: Int, $after: String) {
    idea(id: $id) {
      id
      commentCount
      comments(thread: $thread, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            body
            hidden
            removed
            viewerIsAuthor
            reportCount
            author {
              name
            }
            replies {
              id
              body
              hidden
              author {
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const MyNotifications = graphql(`
  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    unreadNotificationCount
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          targetId
          commentId
          createdAt
          readAt
        }
      }
    }
  }
`);

/** Posts a comment (or a reply, with parentId) and fails the test on any payload error. */
export async function comment(
  c: ApiClient,
  ideaId: string,
  body: string,
  opts: { thread?: "PUBLIC" | "INTERNAL"; parentId?: string } = {},
) {
  const { addComment } = await c.ok(AddComment, { input: { ideaId, body, ...opts } });
  if (addComment.errors.length > 0) throw new Error(JSON.stringify(addComment.errors));
  return addComment.comment!;
}

export async function notificationsOf(c: ApiClient, first = 50) {
  const r = await c.ok(MyNotifications, { first });
  return r.myNotifications.edges.map((e) => e.node);
}

const RegisterPerson = graphql(`
  mutation RegisterPerson($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        name
      }
      errors {
        code
      }
    }
  }
`);

/** Registers a new person on the client (which is then signed in as them). */
export async function registered(c: ApiClient, input: ReturnType<typeof newPerson> & { locale?: "SV" | "EN" } = newPerson()) {
  const { register } = await c.ok(RegisterPerson, { input });
  if (!register.user) throw new Error(JSON.stringify(register.errors));
  return { client: c, id: register.user.id, name: input.name, email: input.email };
}
