"""The data: the schema, the store, event columns (their loader and cache),
records, partial dates and validation. Imports nothing else of the core but
its basics (atomic, jobs, paths)."""
