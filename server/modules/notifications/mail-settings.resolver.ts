import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import * as service from "./mail-settings.service.js";
import { MailSettings, MailSettingsInput, MailSettingsPayload, UnsubscribePayload } from "./mail-settings.types.js";

@Resolver(() => MailSettings)
export class MailSettingsResolver {
  @Authorized()
  @Query(() => MailSettings, { description: "Your mail settings: which notifications also go by mail, and how." })
  myMailSettings(@Ctx() ctx: Context) {
    return service.mySettings(ctx);
  }

  @Authorized()
  @Mutation(() => MailSettingsPayload)
  async updateMailSettings(@Arg("input", () => MailSettingsInput) input: MailSettingsInput, @Ctx() ctx: Context) {
    const r = await service.updateMySettings(ctx, input);
    return { settings: r.value, errors: r.errors };
  }

  @Mutation(() => UnsubscribePayload, {
    description: "Follow a mail's unsubscribe link: that kind of mail (or all of it) stops. No sign-in needed: the link is signed.",
  })
  unsubscribe(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return service.unsubscribe(ctx, token);
  }
}
