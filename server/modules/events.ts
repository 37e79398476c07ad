/**
 * Every module's event kinds, registered by importing them (see server/shared/events.ts). The
 * schema loads this, so whatever reads the registry (the idea's timeline, notifications and
 * their mail) finds every kind, whichever modules the caller happened to import.
 */
import "./accounts/accounts.events.js";
import "./strategy/strategy.events.js";
import "./partnership/partnership.events.js";
import "./notifications/notifications.events.js";
import "./ideas/ideas.events.js";
import "./discussion/discussion.events.js";
import "./guidance/guidance.events.js";
import "./support/support.events.js";
import "./testing/testing.events.js";
import "./research/research.events.js";
import "./learning/learning.events.js";
import "./scaling/scaling.events.js";
import "./matters/meetings.events.js";
import "./matters/matters.events.js";
import "./matters/dispatch.events.js";
import "./indicators/indicators.events.js";
import "./insight/places.events.js";
import "./plans/plans.events.js";
import "./plans/wheel.events.js";
import "./plans/funding.events.js";
