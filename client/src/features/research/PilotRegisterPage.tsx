/** The pilot register for researchers. Placeholder until built. */
export function PilotRegisterPage() {
  return null;
}
