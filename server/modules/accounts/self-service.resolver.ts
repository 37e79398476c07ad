import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import {
  ChangeEmailInput,
  ChangePasswordInput,
  DeleteAccountInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UpdateProfileInput,
} from "./accounts.inputs.js";
import {
  AccountPayload,
  ChangeEmailPayload,
  DeleteAccountPayload,
  PasswordResetRequestPayload,
  PersonalDataPayload,
  SignOutPayload,
} from "./accounts.types.js";
import * as personalData from "./personal-data.service.js";
import * as service from "./self-service.service.js";

/** What people do with their own account: password, reset by mail, name and email, sessions, their data. */
@Resolver()
export class AccountSelfServiceResolver {
  @Authorized()
  @Mutation(() => AccountPayload, { description: "Change your password; your other sessions end. Needs the current password." })
  async changePassword(@Arg("input", () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    const r = await service.changePassword(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Mutation(() => PasswordResetRequestPayload, {
    description:
      "Mail a single-use reset link to the address if it has an account. The answer is the same either way. Rate-limited per IP.",
  })
  async requestPasswordReset(@Arg("input", () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context) {
    const r = await service.requestPasswordReset(ctx, input);
    return { requested: r.value === true, errors: r.errors };
  }

  @Mutation(() => AccountPayload, { description: "Set a new password with the token of a reset link; every session of the account ends." })
  async resetPassword(@Arg("input", () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context) {
    const r = await service.resetPassword(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => AccountPayload, { description: "Change your name and organisation." })
  async updateProfile(@Arg("input", () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context) {
    const r = await service.updateProfile(ctx, input);
    return { user: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => ChangeEmailPayload, {
    description: "Ask to change your email: it takes effect once confirmed through a mail to the new address.",
  })
  async changeEmail(@Arg("input", () => ChangeEmailInput) input: ChangeEmailInput, @Ctx() ctx: Context) {
    const r = await service.changeEmail(ctx, input);
    return { pendingEmail: r.value, errors: r.errors };
  }

  @Mutation(() => AccountPayload, { description: "Confirm a new email address with the token of the mailed link (no sign-in needed)." })
  async confirmEmailChange(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    const r = await service.confirmEmailChange(ctx, token);
    return { user: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, { description: "End every session of your account, this one included, and their live subscriptions." })
  signOutEverywhere(@Ctx() ctx: Context) {
    return service.signOutEverywhere(ctx);
  }

  @Authorized()
  @Mutation(() => PersonalDataPayload, { description: "Everything the arena keeps about you, as JSON. Recorded in the audit trail." })
  async exportMyData(@Ctx() ctx: Context) {
    const r = await personalData.exportMyData(ctx);
    return { json: r.value, errors: r.errors };
  }

  @Authorized()
  @Mutation(() => DeleteAccountPayload, {
    description: "Delete your account: personal data erased or pseudonymised; submitted ideas stay public under a neutral name.",
  })
  deleteMyAccount(@Arg("input", () => DeleteAccountInput) input: DeleteAccountInput, @Ctx() ctx: Context) {
    return personalData.deleteMyAccount(ctx, input);
  }

  @Authorized("ADMIN")
  @Mutation(() => PersonalDataPayload, {
    description: "Administrators, at a person's request: their data as JSON. Recorded in the audit trail.",
  })
  async exportPersonData(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    const r = await personalData.exportPersonData(ctx, userId);
    return { json: r.value, errors: r.errors };
  }

  @Authorized("ADMIN")
  @Mutation(() => DeleteAccountPayload, {
    description: "Administrators, at a person's request: delete their account. Recorded in the audit trail.",
  })
  deletePersonAccount(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return personalData.deletePersonAccount(ctx, userId);
  }
}
