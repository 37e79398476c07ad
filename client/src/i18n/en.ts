import type { Translations } from "./sv";

/** English; typed against the Swedish source so that no key can be missing. */
export const en: Translations = {
  app: {
    name: "Arena",
    tagline: "Social innovation in the region",
    titleSuffix: "Arena",
    footer: "Arena is an open platform for regional social innovation.",
    footerLinks: "About the service",
  },
  nav: {
    skipToContent: "Skip to main content",
    main: "Main menu",
    arena: "Arena menu",
    overview: "Overview",
    structure: "Partnership structure",
    strategy: "Strategy",
    frameworks: "Frameworks",
    home: "Arena, to the start page",
    ideas: "Ideas",
    myIdeas: "My ideas",
  },
  account: {
    signIn: "Sign in",
    register: "Create account",
    signOut: "Sign out",
    signingOut: "Signing out…",
    myAccount: "My account",
    signedInAs: "Signed in as {{name}}",
    rolesLabel: "Roles",
    ideaBearer: "Idea bearer",
  },
  sector: {
    CIVIL_SOCIETY: "Civil society",
    PUBLIC: "Public sector",
    BUSINESS: "Business",
    ACADEMIA: "Academia",
  },
  state: {
    loading: "Loading…",
    errorTitle: "We could not fetch the information",
    networkError: "We cannot reach the server right now. Check your connection and try again.",
    retry: "Try again",
    notFoundTitle: "Page not found",
    notFoundText: "There is no page at this address. It may have been moved or removed.",
    arenaNotFoundTitle: "Arena not found",
    arenaNotFoundText: "There is no arena at the address “{{slug}}”.",
    backHome: "To the start page",
    liveUpdate: "The structure has been updated.",
  },
  form: {
    optional: "(optional)",
    errorSummary: "Please correct the following:",
    fieldErrorsCount_one: "{{count}} field needs correcting.",
    fieldErrorsCount_other: "{{count}} fields need correcting.",
    error: "Error:",
  },
};
