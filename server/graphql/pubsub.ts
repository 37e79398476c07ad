import { createPubSub } from "@graphql-yoga/subscription";
import type { notifications } from "../modules/notifications/notifications.tables.js";

/** Topics and payloads of every subscription. */
export type ArenaTopics = {
  STRUCTURE_CHANGED: [{ arenaId: string; kind: string; subjectId: string; actorId: string }];
  /** A notification was recorded (published after its transaction commits); subscribers filter on userId. */
  NOTIFICATION_ADDED: [typeof notifications.$inferSelect];
};

export const createArenaPubSub = () => createPubSub<ArenaTopics>();
export type ArenaPubSub = ReturnType<typeof createArenaPubSub>;
