# The phrase_columns SQLite extension (phrase_columns.c): an FTS5 auxiliary function the
# embedded search loads into its connection. Built by `npm install` (postinstall) against the
# SQLite headers better-sqlite3 ships, so it matches the SQLite it is loaded into.
{
  "targets": [
    {
      "target_name": "phrase_columns",
      "type": "loadable_module",
      "product_extension": "so",
      "sources": ["phrase_columns.c"],
      "include_dirs": [
        "<!(node -p \"require('path').join(require('path').dirname(require.resolve('better-sqlite3/package.json')), 'deps', 'sqlite3')\")"
      ]
    }
  ]
}
