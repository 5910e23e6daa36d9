import { css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker } from '@graphql-yoga/render-graphiql/graphiql';
import { Router, type Request, type Response } from 'express';
import { Kind, parse } from 'graphql';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';
import { hideFederationInternals } from './graphiql-schema-view';

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

/** The operation names of the example tabs, which are also their tab titles. */
const EXAMPLE_NAMES: readonly string[] = GRAPHIQL_EXAMPLES.map(({ query }) => {
  const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? '') : '';
});

/**
 * Installed before the bundle loads, so that GraphiQL's fetcher goes through it: answers to
 * the page's introspection pass through {@link hideFederationInternals}, and nothing else is
 * touched.
 */
const SCHEMA_VIEW_SCRIPT = `
      (function () {
        var hideFederationInternals = ${hideFederationInternals.toString()};
        var fetchFromServer = window.fetch.bind(window);
        window.fetch = function (input, init) {
          var answer = fetchFromServer(input, init);
          var body = init && typeof init.body === 'string' ? init.body : '';
          if (body.indexOf('__schema') === -1) return answer;
          return answer.then(function (response) {
            return response.clone().json().then(
              function (result) {
                var headers = new Headers(response.headers);
                headers.delete('content-length');
                return new Response(JSON.stringify(hideFederationInternals(result)), { status: response.status, headers: headers });
              },
              function () { return response; },
            );
          });
        };
      })();`;

/**
 * GraphiQL has no option to run a tab when it opens, so the page does what a reader would:
 * the first time an example tab is shown with its query in the editor and an empty result
 * pane, it presses the run button. Each example runs once per page load (GraphiQL keeps a
 * tab's result when the reader moves between tabs); tabs the reader adds are never run, and
 * neither is anything holding a mutation.
 */
function runExamplesScript(names: readonly string[]): string {
  return `
      (function (names) {
        var QUIET_MS = 300;
        var ran = {};
        function runIfNew() {
          var tab = document.querySelector('.graphiql-tab-active');
          var name = tab ? tab.innerText.trim() : '';
          if (names.indexOf(name) === -1 || ran[name]) return;
          var editor = document.querySelector('.graphiql-query-editor .view-lines');
          var text = editor ? editor.innerText : '';
          var result = document.querySelector('.result-window');
          var button = document.querySelector('.graphiql-execute-button');
          if (!button || !result || text.indexOf(name) === -1 || /\bmutation\b/.test(text)) return;
          ran[name] = true;
          if (result.innerText.trim() === '') button.click();
        }
        // GraphiQL settles a tab's operation name shortly after its editor shows the tab's
        // text; pressing run before that sends the previous tab's name. So the check waits
        // for the page to stay still a moment (the editor's blinking cursor changes only an
        // attribute, which is not watched).
        var timer = null;
        new MutationObserver(function () {
          clearTimeout(timer);
          timer = setTimeout(runIfNew, QUIET_MS);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      })(${escapeForScript(names)});`;
}

/**
 * The GraphiQL page: a shell that loads the bundle and its editor workers from
 * {@link GRAPHIQL_ASSET_PATH}. The bundle carries GraphiQL's docs pane, autocomplete and the
 * explorer plugin; it opens on one example tab per kind of user, each run as it first opens,
 * and shows the schema without Apollo Federation's internals.
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
      };${SCHEMA_VIEW_SCRIPT}${runExamplesScript(EXAMPLE_NAMES)}
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
