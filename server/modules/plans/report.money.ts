import type { Context } from "../../graphql/context.js";

/** Committed and spent on an activity, in whole kronor. */
export interface ActivityMoneyFigures {
  committed: number;
  spent: number;
}

/**
 * The follow-up report's money column: committed and spent per activity, from the funding plans,
 * costs and payments of co-funding (issue 14 item 3). This is the slot co-funding fills, through a
 * per-request loader so the report keeps its statement count; until then no activity has money
 * on record and the report shows "—".
 */
export async function moneyOfActivity(_ctx: Context, _activityId: string): Promise<ActivityMoneyFigures | null> {
  return null;
}
