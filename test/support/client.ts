import type { TadaDocumentNode } from "gql.tada";
import { print } from "graphql";
import { DEMO_PASSWORD } from "../../server/seed/data/demo-accounts.js";

export { DEMO_PASSWORD };

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; correlationId?: string } & Record<string, unknown>;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
  headers: Headers;
}

/** A GraphQL client as a browser would be: one cookie jar, a language, JSON over HTTP. */
export class ApiClient {
  cookie: string | undefined;
  lastSetCookie: string[] = [];
  /** Sent with every request, e.g. X-Forwarded-For to come from another address (servers with trustProxy). */
  headers: Record<string, string> = {};

  constructor(
    readonly url: string,
    public locale: "sv" | "en" = "sv",
  ) {}

  async raw<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": this.locale,
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const c of this.lastSetCookie) {
      const [pair] = c.split(";");
      const [name, value] = pair!.split("=");
      if (name !== "arena_session") continue;
      this.cookie = value ? `${name}=${value}` : undefined;
    }
    const body = (await res.json()) as Omit<GqlResponse<T>, "status" | "headers">;
    return { ...body, status: res.status, headers: res.headers };
  }

  /** Runs a typed document; returns the whole response, errors included. */
  request<T, V>(doc: TadaDocumentNode<T, V>, variables?: V): Promise<GqlResponse<T>> {
    return this.raw<T>(print(doc), variables as Record<string, unknown> | undefined);
  }

  /** Runs a typed document; any GraphQL error fails the test. */
  async ok<T, V>(doc: TadaDocumentNode<T, V>, variables?: V): Promise<T> {
    const r = await this.request(doc, variables);
    if ((r.errors ?? []).length > 0 || r.data === null) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async signInAs(email: string, password = DEMO_PASSWORD): Promise<this> {
    const r = await this.raw<{ signIn: { user: { id: string } | null; errors: { code: string }[] } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }`,
      { input: { email, password } },
    );
    if (!r.data?.signIn.user) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(r.data?.signIn.errors ?? r.errors)}`);
    return this;
  }
}

let seq = 0;
/** A unique, valid registration for a new person. */
export function newPerson(
  overrides: Partial<{
    name: string;
    email: string;
    password: string;
    organisation: string;
    sector: "CIVIL_SOCIETY" | "PUBLIC" | "BUSINESS" | "ACADEMIA";
  }> = {},
) {
  seq++;
  return {
    name: `Testa Testsson ${seq}`,
    email: `testa.${process.pid}.${seq}.${Date.now()}@exempel.test`,
    password: "ett långt och ovanligt lösenord",
    organisation: "Föreningen Testgården",
    sector: "CIVIL_SOCIETY" as const,
    acceptPrivacyNotice: true,
    ...overrides,
  };
}

export const demo = {
  admin: "admin@arena.example",
  coordinator: "koordinator@arena.example",
  guide: "lots@arena.example",
  researcher: "forskare@arena.example",
  bodyMember: "ledamot@arena.example",
  /** Sits in Gävleborg's beredningsorgan: prepares and places matters. */
  preparer: "beredning@arena.example",
  bearer: "idebarare@arena.example",
  dalarnaCoordinator: "dalarna.koordinator@arena.example",
} as const;
