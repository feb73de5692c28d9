// The explorer at /graphiql: GraphiQL on POST /graphql, with the token in its header editor.
// In development, GET /dev/demo-accounts offers the demo accounts' tokens (it answers 404 elsewhere).
(function () {
  'use strict';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  // Per tab, like the portal: a token (kept with the headers) never outlives the tab nor shows up in another one.
  var storage = window.sessionStorage;
  var defaultQuery = '# Welcome to the Partner Benefits API.\n'
      + '# 1. Pick a demo account above, or put {"Authorization": "Bearer <token>"} in Headers below.\n'
      + '# 2. Run this query (Ctrl-Enter); the schema (Docs) loads once a token is set.\n'
      + '{\n  viewer {\n    account { login roles }\n    partner { name }\n  }\n}\n';
  var mounts = 0;
  var mountedToken = null;
  var headersEdited = null;

  /** The bearer token in a headers text, or null: without one every request but this page is 401. */
  function tokenIn(headers) {
    try {
      var parsed = JSON.parse(headers || '{}');
      var value = parsed && (parsed.Authorization || parsed.authorization);
      return typeof value === 'string' && /^Bearer\s+\S+/.test(value) ? value : null;
    } catch (notJsonYet) {
      return null;
    }
  }

  function render(headers) {
    mounts += 1;
    mountedToken = tokenIn(headers || storage.getItem('graphiql:headers'));
    var props = {
      key: 'explorer-' + mounts, // a new token: mount afresh, so the schema is fetched with it
      fetcher: fetcher,
      storage: storage,
      defaultQuery: defaultQuery,
      shouldPersistHeaders: true,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      onEditHeaders: onEditHeaders
    };
    if (!mountedToken) {
      props.schema = null; // no token yet: no schema request, so the page opens on no UNAUTHENTICATED error
    }
    if (headers) {
      props.headers = headers;
    }
    root.render(React.createElement(GraphiQL, props));
  }

  /** A token typed or pasted into Headers: once the editing pauses, mount again so the schema loads with it. */
  function onEditHeaders(headers) {
    clearTimeout(headersEdited);
    headersEdited = setTimeout(function () {
      var token = tokenIn(headers);
      if (token && token !== mountedToken) {
        render(headers);
      }
    }, 800);
  }

  function offerDemoAccounts() {
    fetch('/dev/demo-accounts', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body || !body.accounts) {
          return;
        }
        var select = document.getElementById('demo-account');
        body.accounts.forEach(function (account) {
          var option = document.createElement('option');
          option.value = account.token;
          option.textContent = account.login + ' – ' + account.description;
          select.appendChild(option);
        });
        select.addEventListener('change', function () {
          if (select.value) {
            render(JSON.stringify({ Authorization: 'Bearer ' + select.value }, null, 2));
          }
        });
        document.getElementById('demo-picker').hidden = false;
      })
      .catch(function () { /* no demo accounts: the header editor is the way in */ });
  }

  render(null);
  offerDemoAccounts();
})();
