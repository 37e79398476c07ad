import type { SupportTranslations } from "./i18n.sv";

/** English strings of the registry's editing; typed against the Swedish source. */
export const supportEn: SupportTranslations = {
  add: "Add an actor",
  added: "{{name}} has been added to the support system.",
  saved: "The changes to {{name}} are saved.",
  removed: "{{name}} has been removed from the support system.",
  edit: "Edit",
  remove: "Remove",
  removeHeading: "Remove {{name}}",
  removeQuestion:
    "Remove {{name}} from the support system? An actor that ideas have already been referred to stays in their history and cannot be removed.",
  confirmRemove: "Yes, remove",
  removing: "Removing…",
  form: {
    addHeading: "A new actor in the support system",
    editHeading: "Edit {{name}}",
    name: "Name",
    chooseKind: "Choose a kind of actor",
    phases: "Which phases they support",
    phasesHint: "The idea's path: idea, development, testing and scaling. Choose at least one.",
    choosePhase: "Choose at least one phase the actor supports.",
    offer: "What they offer",
    offerHint: "What an idea bearer can get help with, in a few words.",
    contactHint: "A function or an office, not a person.",
    emailHint: "Referrals are mailed here with the actor's personal link. Without an address, the link is shown to whoever refers.",
    add: "Add",
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
  },
};
