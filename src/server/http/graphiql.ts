import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';
import { Router, type Request, type Response } from 'express';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

/** Where the GraphiQL bundle is served from: this server, never a CDN (the machines are offline). */
export const GRAPHIQL_ASSET_PATH = '/graphiql';

/** The bundle's icon comes as a data URL; served as a file so each page stays small. */
function faviconBytes(): Buffer {
  return Buffer.from(favicon.slice(favicon.indexOf(',') + 1), 'base64');
}

const ASSETS: ReadonlyMap<string, { type: string; body: string | Buffer }> = new Map(
  Object.entries({
    'graphiql.js': { type: 'text/javascript', body: js },
    'graphiql.css': { type: 'text/css', body: css },
    'editor.worker.js': { type: 'text/javascript', body: editorWorkerService },
    'json.worker.js': { type: 'text/javascript', body: jsonWorker },
    'graphql.worker.js': { type: 'text/javascript', body: graphqlWorker },
    'favicon.ico': { type: 'image/x-icon', body: faviconBytes() },
  }),
);

function escapeForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The GraphiQL page: a shell that loads the bundle and its editor workers from
 * {@link GRAPHIQL_ASSET_PATH}. The bundle carries GraphiQL's docs pane, autocomplete and the
 * explorer plugin; it opens on one example tab per kind of user.
 */
export function graphiqlPage(endpoint: string): string {
  const options = { endpoint, title: 'ofsted-graph', defaultTabs: GRAPHIQL_EXAMPLES, shouldPersistHeaders: false };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>ofsted-graph GraphiQL</title>
    <link rel="icon" href="${GRAPHIQL_ASSET_PATH}/favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css" />
  </head>
  <body class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) {
          var names = { editorWorkerService: 'editor', json: 'json', graphql: 'graphql' };
          return '${GRAPHIQL_ASSET_PATH}/' + (names[label] || 'editor') + '.worker.js';
        },
      };
    </script>
    <script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${escapeForScript(options)});
    </script>
  </body>
</html>
`;
}

/** True for a browser navigating to the endpoint, as opposed to a GraphQL GET request. */
export function wantsGraphiql(request: Request): boolean {
  if (request.method !== 'GET' || request.query.query !== undefined) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

/** Serves the bundle's script, stylesheet and workers, cacheable for a day. */
export function graphiqlAssets(): Router {
  const router = Router();
  router.get(`${GRAPHIQL_ASSET_PATH}/:name`, (request: Request, response: Response) => {
    const asset = ASSETS.get(String(request.params.name));
    if (!asset) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    response.set('Cache-Control', 'public, max-age=86400').type(asset.type).send(asset.body);
  });
  return router;
}
