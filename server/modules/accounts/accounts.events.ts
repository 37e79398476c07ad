import { declareEvents } from "../../shared/events.js";

export const AccountEvents = declareEvents({
  registered: { kind: "user.registered" },
  signedIn: { kind: "user.signed_in" },
  roleGranted: { kind: "role.granted" },
  roleRevoked: { kind: "role.revoked" },
  passwordChanged: { kind: "user.password_changed" },
  passwordResetRequested: { kind: "user.password_reset_requested" },
  passwordReset: { kind: "user.password_reset" },
  profileChanged: { kind: "user.profile_changed" },
  emailChangeRequested: { kind: "user.email_change_requested" },
  emailChanged: { kind: "user.email_changed" },
  signedOutEverywhere: { kind: "user.signed_out_everywhere" },
  dataExported: { kind: "user.data_exported" },
  deleted: { kind: "user.deleted" },
  readTokenCreated: { kind: "user.read_token_created" },
  readTokenRevoked: { kind: "user.read_token_revoked" },
});
