"""The web page served at ``/`` by ``arena serve``: ask, watch live, see the numbers, vote, share."""

from arena.web.error_pages import HtmlErrorPages
from arena.web.pages import install_pages

__all__ = ["HtmlErrorPages", "install_pages"]
