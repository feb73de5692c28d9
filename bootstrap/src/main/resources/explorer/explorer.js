// The explorer at /graphiql: GraphiQL on POST /graphql, with the token in its header editor.
// In development, GET /dev/demo-accounts offers the demo accounts' tokens (it answers 404 elsewhere).
(function () {
  'use strict';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var defaultQuery = '# Set your token in Headers below, then run this query (Ctrl-Enter).\n'
      + '{\n  viewer {\n    account { login roles }\n    partner { name }\n  }\n}\n';
  var mounts = 0;

  function render(headers) {
    mounts += 1;
    var props = {
      key: 'explorer-' + mounts, // a new token: mount afresh, so the schema is fetched with it
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      shouldPersistHeaders: true,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers'
    };
    if (headers) {
      props.headers = headers;
    }
    root.render(React.createElement(GraphiQL, props));
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
