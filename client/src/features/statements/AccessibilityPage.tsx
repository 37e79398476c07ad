import { FeedbackForm } from "./FeedbackForm";
import { Statement } from "./Statement";

/** "Tillgänglighet" (/accessibility): the accessibility statement in DOS-lagen's form, with the feedback form. */
export function AccessibilityPage() {
  return (
    <Statement
      page="accessibility"
      sections={["status", "gaps", "other", "report", "supervision", "testing"]}
      after={{ section: "report", node: <FeedbackForm /> }}
    />
  );
}
