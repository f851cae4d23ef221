"""The stat store's adapters: the SQL store and its tables (``sql_store``, ``tables``), its data version read with
the standard library alone (``sqlite_version``), and the memory and Redis caches (``memory_cache``,
``redis_cache``). Each is imported from its own module, so a process that keeps its cache in memory never imports
Redis's client, and one that only reads the version never imports SQLAlchemy."""
