import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test/support/app.js";
import { demo } from "../../../test/support/client.js";
import { IdeaTimeline, submittedIdea } from "../../../test/support/ideas.js";
import { MatterByNumber, openedMatter } from "../../../test/support/matters.js";

const { client } = useTestServer();

describe("matters: the core", () => {
  it("the kansli turns an idea into a matter with one action, numbered in the arena, and the step shows on the idea's timeline", async () => {
    const bearer = await client().signInAs(demo.bearer);
    const idea = await submittedIdea(bearer, { title: "Läxhjälp i biblioteket" });
    const { coordinator, matter } = await openedMatter(client, { title: null, origin: { kind: "IDEA", id: idea.id } });
    expect(matter).toMatchObject({ number: 1, stage: "INITIATED", title: "Läxhjälp i biblioteket" });
    expect(matter.links).toEqual([{ kind: "IDEA", isOrigin: true, idea: { id: idea.id } }]);
    const second = await openedMatter(client, { title: "Ett ärende till" });
    expect(second.matter.number).toBe(2);

    const { matter: read } = await coordinator.ok(MatterByNumber, { slug: "gavleborg", number: 1 });
    expect(read!.timeline.map((e) => e.label)).toEqual(["Ärende 1 öppnat i partnerskapet"]);
    const { idea: timeline } = await bearer.ok(IdeaTimeline, { id: idea.id });
    expect(timeline!.timeline.map((e) => e.kind)).toContain("matter.created");
  });
});
