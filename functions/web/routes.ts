/**
 * The subscriber routes: served by the subscriber API function, declared as HTTP API routes
 * by the CDK construct, and mounted by the local server. One list, so they cannot drift.
 */
export type SubscriberRouteMethod = 'GET' | 'POST';

export const SUBSCRIBER_ROUTES: readonly { readonly path: string; readonly methods: readonly SubscriberRouteMethod[] }[] = [
  { path: '/subscribe', methods: ['GET', 'POST'] },
  { path: '/confirm', methods: ['GET', 'POST'] },
  { path: '/confirm/resend', methods: ['POST'] },
  { path: '/preferences', methods: ['GET', 'POST'] },
  { path: '/unsubscribe', methods: ['GET', 'POST'] },
  { path: '/unsubscribe/pause', methods: ['POST'] },
  { path: '/unsubscribe/less', methods: ['POST'] },
  { path: '/unsubscribe/undo', methods: ['POST'] },
  { path: '/export', methods: ['GET'] },
  { path: '/erase', methods: ['GET', 'POST'] },
  { path: '/erase/restore', methods: ['POST'] },
];

export function isSubscriberPath(path: string): boolean {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return SUBSCRIBER_ROUTES.some((route) => route.path === normalised);
}
