/**
 * A browser-like REST client: keeps the session cookie it is given and sends our own Origin
 * on state-changing requests, as the app's pages do.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface ApiClient {
  cookie: string | null;
  request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

export function apiClient(baseUrl: string, options: { cookie?: string | null; origin?: string | null } = {}): ApiClient {
  const client: ApiClient = {
    cookie: options.cookie ?? null,
    async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const origin = options.origin === undefined ? baseUrl : options.origin;
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(origin ? { origin } : {}),
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) {
        const pair = setCookie.split(';')[0]!;
        client.cookie = pair.endsWith('=') ? null : pair;
      }
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
    },
  };
  return client;
}
