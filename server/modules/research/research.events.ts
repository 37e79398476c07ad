import { declareEvents } from "../../shared/events.js";

/** Events of evaluations and access requests: their subjects are internal, not on the idea's timeline. */
export const ResearchEvents = declareEvents({
  evaluationRecorded: { kind: "evaluation.recorded" },
  evaluationUpdated: { kind: "evaluation.updated" },
  evaluationShared: {
    kind: "evaluation.shared",
    notification: {
      text: {
        sv: "{by} har delat en utvärdering av testet av ”{title}” med er",
        en: "{by} has shared an evaluation of the test of “{title}” with you",
      },
    },
  },
  evaluationUnshared: { kind: "evaluation.unshared" },
  accessRequested: {
    kind: "access_request.requested",
    notification: {
      text: {
        sv: "{by} ber om att få läsa ”{title}” för sin forskning: bevilja eller avslå begäran",
        en: "{by} asks to read “{title}” for their research: grant or refuse the request",
      },
    },
  },
  accessGranted: {
    kind: "access_request.granted",
    notification: { text: { sv: "Du har fått läsbehörighet till ”{title}”", en: "You have been granted access to read “{title}”" } },
  },
  /** These two name no idea: the researcher may no longer read it. */
  accessRefused: {
    kind: "access_request.refused",
    notification: {
      text: {
        sv: "Idébärarna har avslagit din begäran om att läsa en idé; läs deras svar under Mina förfrågningar i pilotregistret",
        en: "The bearers refused your request to read an idea; read their answer under My requests in the pilot register",
      },
    },
  },
  accessRevoked: {
    kind: "access_request.revoked",
    notification: {
      text: {
        sv: "Idébärarna har dragit tillbaka din läsbehörighet till en idé",
        en: "The bearers have withdrawn your access to read an idea",
      },
    },
  },
});
