import type { StatementsTranslations } from "./i18n.sv";

/** English strings of the statements; typed against the Swedish source so that no key can be missing. */
export const statementsEn: StatementsTranslations = {
  updated: "Last updated {{date}}",
  privacy: {
    title: "How we handle your personal data",
    lead: "Who is responsible for your personal data in Arena, what we process and why, how long we keep it, and what your rights are.",
    version: "Version {{version}}",
    responsible: {
      heading: "Who is responsible?",
      text: "The controller is the region that runs the arena you use: Region Gävleborg for the arena in Gävleborg and Region Dalarna for the arena in Dalarna. The region is responsible for processing your data according to the General Data Protection Regulation (GDPR).\n\nEach region has a data protection officer you can turn to with questions.",
    },
    what: {
      heading: "What data do we process?",
      text: "When you create an account: your name, your email address, the organisation you come from if you give one, your sector, your language and your password (only in a hashed form that nobody can read).\n\nWhen you use the service: the ideas you submit and write, your comments, notes from guidance sessions about your idea, your notifications and the ideas you follow. We also log sign-ins and what changes, to follow up matters and detect misuse.",
    },
    why: {
      heading: "Why, and on what legal ground?",
      text: "The arena is part of the region's task of supporting social innovation and collaboration in welfare. We process the data to receive, guide, test and spread ideas, and to answer you.\n\nThe legal ground is that the processing is necessary for a task carried out in the public interest (Article 6(1)(e) GDPR). We sell no data and use none of it for advertising.",
    },
    retention: {
      heading: "How long do we keep it?",
      text: "Your account stays until you delete it. Your personal data is then erased or pseudonymised.\n\nAn idea you have submitted has been received by a public authority and is a public record. It stays after the account is deleted, under a neutral name, and is kept and disposed of according to the region's archiving rules. Sign-in logs are kept for 90 days.",
    },
    rights: {
      heading: "Your rights",
      text: "You have the right to know what data we hold about you and to get a copy, to have wrong data corrected, to have data erased or restricted where the law allows, and to object to the processing.\n\nIf you think we handle your data wrongly, you can complain to the Swedish Authority for Privacy Protection (IMY).",
    },
    contact: {
      heading: "Contact",
      text: "Send questions about your personal data to the region's data protection officer, through the region's switchboard or registry. Say that it concerns Arena.",
    },
  },
  cookies: {
    title: "Cookies",
    lead: "Arena uses one cookie, and only while you are signed in.",
    session: {
      heading: "The sign-in cookie",
      text: "When you sign in, your browser stores the cookie arena_session. It keeps you signed in and goes away when you sign out, after an hour without activity, or after twelve hours at most.\n\nThe cookie is necessary for the service to work while you are signed in, so we do not ask for consent to it (Swedish Electronic Communications Act, chapter 6, section 18).",
    },
    none: {
      heading: "No tracking",
      text: "We use no cookies for statistics, analytics or advertising, and no third-party services that track you.\n\nThe browser also stores two things locally, not as cookies: the arena you last visited, and a copy of an idea while you write it, so that nothing is lost if the network drops. They never leave your computer.",
    },
  },
  accessibility: {
    title: "Accessibility of Arena",
    lead: "The regions that run the arenas are behind this website. We want as many people as possible to be able to use it. This statement describes how Arena complies with the Swedish law on accessibility of digital public services, its known accessibility gaps, and how you can report problems so that we can fix them.",
    status: {
      heading: "How accessible is the website?",
      text: "The website is partially compliant with the law on accessibility of digital public services, because of the gaps described below. We follow WCAG 2.1 at level AA.",
    },
    gaps: {
      heading: "Content that is not accessible",
      text: "Documents that users upload, such as decision documents, are not reviewed by us and may lack structure or text alternatives.\n\nCharts of a test cycle's measurements come with a table of the same values, but the chart itself conveys trends visually.\n\nMails from the service are plain text in Swedish and English; their links are long and may be hard to read aloud.",
    },
    other: {
      heading: "What can you do if you cannot use parts of the website?",
      text: "If you need content in another format, for example read aloud or on paper, contact us through the form below. We answer within five working days.",
    },
    report: {
      heading: "Report gaps in the website's accessibility",
      text: "We keep working to improve accessibility. If you find problems not described here, or think that we do not meet the law, tell us so that we know about the problem. Your message goes to the arena's administrators.",
    },
    supervision: {
      heading: "Supervision",
      text: "The Agency for Digital Government (Digg) supervises the law on accessibility of digital public services. If you are not satisfied with how we handle your feedback, you can contact Digg and tell them.",
    },
    testing: {
      heading: "How we tested the website",
      text: "We have made a self-assessment: automated checks with the axe tool of every page in a browser at 1280 and 390 pixels wide, and manual tests with keyboard and screen reader.\n\nThe latest assessment was made on 6 December 2026. The statement was last updated on 6 December 2026.",
    },
  },
  feedback: {
    heading: "Send feedback on accessibility",
    arena: "Which arena does it concern?",
    allArenas: "Not sure, or several",
    message: "What does not work, or what do you need?",
    messageHint: "Say which page, and what you were trying to do.",
    email: "Your email address",
    emailHint: "If you want an answer.",
    page: "Which page does it concern?",
    send: "Send feedback",
    sending: "Sending…",
    sent: "Thank you! Your feedback has been sent to the arena's administrators.",
  },
};
