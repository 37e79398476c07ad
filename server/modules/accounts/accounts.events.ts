import { declareEvents } from "../../shared/events.js";

export const AccountEvents = declareEvents({
  registered: { kind: "user.registered" },
  signedIn: { kind: "user.signed_in" },
  roleGranted: { kind: "role.granted" },
  roleRevoked: { kind: "role.revoked" },
});
