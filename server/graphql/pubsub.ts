import { createPubSub } from "@graphql-yoga/subscription";

/** Topics and payloads of every subscription. */
export type ArenaTopics = {
  STRUCTURE_CHANGED: [{ arenaId: string; kind: string; subjectId: string; actorId: string }];
};

export const createArenaPubSub = () => createPubSub<ArenaTopics>();
export type ArenaPubSub = ReturnType<typeof createArenaPubSub>;
