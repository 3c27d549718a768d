import type { SandboxRoute } from '../../../../shared/sandboxTypes';
import { SANDBOX_PASSWORD } from './serviceConstants';

/** What a route answers. */
export interface RouteAnswer {
  status: number;
  body: unknown;
}

export interface RouteContext {
  /** The parsed JSON body, or undefined. */
  body: unknown;
  /** Called for a login with a wrong password. */
  authFailed(): void;
}

interface Post {
  id: number;
  author: string;
  text: string;
  at: number;
}

/** Items a feed page holds: a phone screen and a bit. */
const FEED_PAGE = 20;

/** The flow a stress test drives: log in, read the feed and notifications, post. */
export class ServiceRoutes {
  private readonly posts: Post[] = [];
  private nextPostId = 1;

  /** The route a method and path belong to, or null for anything else. */
  match(method: string, path: string): SandboxRoute | null {
    if (method === 'POST' && path === '/api/login') return '/api/login';
    if (method === 'GET' && path === '/api/feed') return '/api/feed';
    if (method === 'GET' && path === '/api/notifications') return '/api/notifications';
    if (method === 'POST' && path === '/api/posts') return '/api/posts';
    return null;
  }

  answer(route: SandboxRoute, context: RouteContext): RouteAnswer {
    switch (route) {
      case '/api/login':
        return this.login(context);
      case '/api/feed':
        return { status: 200, body: { items: this.posts.slice(-FEED_PAGE).reverse() } };
      case '/api/notifications':
        return { status: 200, body: { unread: this.posts.length % 7, items: [] } };
      case '/api/posts':
        return this.post(context.body);
    }
  }

  private login(context: RouteContext): RouteAnswer {
    const { user, password } = (context.body ?? {}) as { user?: unknown; password?: unknown };
    if (typeof user !== 'string' || user === '') return { status: 400, body: { error: 'user is required' } };
    if (password !== SANDBOX_PASSWORD) {
      context.authFailed();
      return { status: 401, body: { error: 'wrong user or password' } };
    }
    return { status: 200, body: { user, token: `sandbox-${user}` } };
  }

  private post(body: unknown): RouteAnswer {
    const { text, author } = (body ?? {}) as { text?: unknown; author?: unknown };
    if (typeof text !== 'string' || text.length === 0 || text.length > 500) {
      return { status: 400, body: { error: 'text must be 1 to 500 characters' } };
    }
    const post = {
      id: this.nextPostId++,
      author: typeof author === 'string' ? author : 'anonymous',
      text,
      at: Date.now(),
    };
    this.posts.push(post);
    // Keeps memory flat under hours of load: the feed shows only the newest.
    if (this.posts.length > FEED_PAGE * 50) this.posts.splice(0, this.posts.length - FEED_PAGE);
    return { status: 201, body: { id: post.id } };
  }
}
