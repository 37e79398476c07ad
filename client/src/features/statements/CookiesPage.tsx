import { Statement } from "./Statement";

/** "Kakor" (/cookies): the one session cookie, and no tracking. */
export function CookiesPage() {
  return <Statement page="cookies" sections={["session", "none"]} />;
}
