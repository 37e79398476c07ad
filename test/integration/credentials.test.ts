import { describe, expect, it } from "vitest";
import { recordStatements } from "../../server/db/statement-counter.js";
import { useTestServer } from "../support/app.js";
import { demo } from "../support/client.js";
import { comment, registered } from "../support/discussion.js";
import { submittedIdea } from "../support/ideas.js";

const { client } = useTestServer();

const invite = `mutation($input: InviteCoBearerInput!) { inviteCoBearer(input: $input) { coBearer { id } errors { code } } }`;
const respond = `mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { errors { code } } }`;

/** Typical reads: lists with bearers, an idea page, comments, members, guides, the viewer, accounts. */
const reads = {
  ideas: `{ ideas(first: 20) { edges { node { id title bearer { id name } coBearers { name } latestEvent { actorName } } } } }`,
  idea: `query($id: ID!) { idea(id: $id) { title bearer { name email } coBearers { name email status } guides { name }
    timeline { kind actorName } comments(thread: PUBLIC, first: 20) { edges { node { body author { name }
    replies { body author { name } } } } } } }`,
  members: `{ arenas { slug guidanceTeam { name email } bodies { name memberships { person { name email } } } } }`,
  me: `{ me { id name email organisation roles { role } } }`,
  users: `{ users(first: 20) { edges { node { name email organisation } } } }`,
};

describe("credentials stay where they are used", () => {
  it("no read path outside signing in selects password_hash", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer);
    const co = await registered(client());
    const inv = await bearer.raw<{ inviteCoBearer: { coBearer: { id: string } } }>(invite, { input: { ideaId: idea.id, email: co.email } });
    await co.client.raw(respond, { input: { id: inv.data!.inviteCoBearer.coBearer.id, accept: true } });
    const guide = await client().signInAs(demo.guide);
    const admin = await client().signInAs(demo.admin);
    const c = await comment(guide, idea.id, "Har ni pratat med biblioteket?");
    await comment(bearer, idea.id, "Ja.", { parentId: c.id });

    const recording = recordStatements();
    let texts: string[];
    try {
      for (const who of [client(), bearer, guide, admin, co.client]) {
        for (const [name, query] of Object.entries(reads)) {
          const r = await who.raw(query, { id: idea.id });
          // Some reads are refused to some people; none may fail otherwise.
          const unexpected = (r.errors ?? []).filter((e) => !["FORBIDDEN", "UNAUTHENTICATED"].includes(e.extensions?.code ?? ""));
          expect(unexpected, name).toEqual([]);
        }
      }
    } finally {
      texts = recording.stop();
    }
    // The recording saw the reads (users, bearers and authors are selected)...
    expect(texts.some((t) => /from "users"/.test(t))).toBe(true);
    // ...and none of them took the credential.
    expect(texts.filter((t) => t.includes("password_hash"))).toEqual([]);

    // Signing in, which needs it, still reads it: the recording would have caught a leak.
    const signIn = recordStatements();
    await client().signInAs(demo.bearer);
    expect(signIn.stop().some((t) => t.includes("password_hash"))).toBe(true);
  });
});
