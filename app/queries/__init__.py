"""Read-only queries behind the API: plain dicts and keyset pages, no web types."""
