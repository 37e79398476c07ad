import { graphql } from "../../graphql";

/** The bell's number; the cache keeps it in step with the subscription and with marking read. */
export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
