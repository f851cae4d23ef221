"""The API's routers, one per resource, mounted once in :mod:`arena.api.app`."""
