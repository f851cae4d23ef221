"""The stat store's adapters: the SQL store and its tables (``sql_store``, ``tables``), and the memory and Redis
caches (``memory_cache``, ``redis_cache``). Each is imported from its own module, so a process that keeps its cache
in memory never imports Redis's client."""
