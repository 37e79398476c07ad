import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../graphql/relay.js";

@ArgsType()
export class MyNotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: "Only those not yet read." })
  unreadOnly?: boolean | null;
}
