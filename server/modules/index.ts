// Loads the modules that listen to lower ones' hooks (ideas.access's read grants, ideas.hooks,
// support's referrals for triage's REFER,
// testing.hooks), in a fixed order, so that every entry point that builds the schema (server,
// tests, scripts) has the same listeners: a decision files its learning before scaling notes its
// step. The schema builder imports this first.
//
// Each module's share of a person's data ("Download my data", "Delete my account"), in the
// order erasure runs; accounts pseudonymises the person last.
import "./notifications/notifications.hooks.js";
import "./ideas/ideas.personal-data.js";
import "./discussion/discussion.personal-data.js";
import "./guidance/guidance.personal-data.js";
import "./support/referrals.service.js";
import "./research/research.service.js";
import "./learning/learning.service.js";
import "./scaling/scaling.service.js";
import "./insight/insight.stays.js";
// Plans adopt a plan when its adoption matter is approved (matters.hooks).
import "./plans/plans.service.js";
