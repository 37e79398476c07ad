import type { Role } from "../../modules/accounts/accounts.tables.js";
import type { Sector } from "./types.js";

/** Plainly fictional demo people, one per role; listed in the README. Never used in production. */
export const DEMO_PASSWORD = "arena-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  organisation: string;
  sector: Sector;
  password: string;
  roles: Partial<Record<"gavleborg" | "dalarna", Role[]>>;
  seat?: { arena: "gavleborg" | "dalarna"; body: string; role: "chair" | "member" | "secretary" | "deputy" };
}

export const demoAccounts: DemoAccount[] = [
  { email: "admin@arena.example", name: "Ada Administratör", organisation: "Arena", sector: "public", password: DEMO_PASSWORD, roles: { gavleborg: ["admin"], dalarna: ["admin"] } },
  { email: "koordinator@arena.example", name: "Klara Koordinator", organisation: "Samverkanskansliet", sector: "public", password: DEMO_PASSWORD, roles: { gavleborg: ["coordinator"] } },
  { email: "lots@arena.example", name: "Gustav Lots", organisation: "Region Gävleborg", sector: "public", password: DEMO_PASSWORD, roles: { gavleborg: ["guide"] } },
  { email: "forskare@arena.example", name: "Rut Forskare", organisation: "Högskolan i Gävle", sector: "academia", password: DEMO_PASSWORD, roles: { gavleborg: ["researcher"], dalarna: ["researcher"] } },
  {
    email: "ledamot@arena.example",
    name: "Lars Ledamot",
    organisation: "Exempelby kommun",
    sector: "public",
    password: DEMO_PASSWORD,
    roles: { gavleborg: ["body_member"] },
    seat: { arena: "gavleborg", body: "lansledning-valfard", role: "member" },
  },
  {
    email: "beredning@arena.example",
    name: "Berit Beredare",
    organisation: "Region Gävleborg",
    sector: "public",
    password: DEMO_PASSWORD,
    roles: { gavleborg: ["body_member"] },
    seat: { arena: "gavleborg", body: "beredningsorgan", role: "member" },
  },
  { email: "idebarare@arena.example", name: "Ida Idébärare", organisation: "Föreningen Exempelgården", sector: "civil_society", password: DEMO_PASSWORD, roles: {} },
  { email: "dalarna.koordinator@arena.example", name: "Dan Koordinator", organisation: "Region Dalarna", sector: "public", password: DEMO_PASSWORD, roles: { dalarna: ["coordinator"] } },
  { email: "dalarna.lots@arena.example", name: "Disa Lots", organisation: "Region Dalarna", sector: "public", password: DEMO_PASSWORD, roles: { dalarna: ["guide"] } },
];
