/** A GraphQL client over real HTTP that keeps cookies like a browser would. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  /** Sends requests as if from another address (the app trusts X-Forwarded-For from loopback only). */
  from(ip: string): ApiClient {
    const c = new ApiClient(this.baseUrl, { ...this.extraHeaders, 'x-forwarded-for': ip });
    c.cookies = this.cookies;
    return c;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.extraHeaders)) headers.set(k, v);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader);
    const res = await fetch(this.baseUrl + path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const res = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GqlResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  async login(email: string, password: string): Promise<GqlResponse<{ login: { id: string; role: string } }>> {
    return this.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role } }`, { e: email, p: password });
  }
}

export function codeOf(res: GqlResponse): unknown {
  return res.errors?.[0]?.extensions?.code;
}
