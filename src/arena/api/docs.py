"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), served with their scripts and styles from this process.

FastAPI's own pages load them from a CDN, which leaves a blank page without the internet; the
``fastapi-offline`` package ships the same distribution files, and they are served from ``/docs-assets``.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["ASSETS_PATH", "install_docs"]

ASSETS_PATH = "/docs-assets"
_ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"


def install_docs(app: FastAPI, *, title: str) -> None:
    """Serve the interactive docs of ``app`` (created with ``docs_url=None, redoc_url=None``) offline."""
    app.mount(ASSETS_PATH, StaticFiles(directory=_ASSETS_DIR), name="docs-assets")
    favicon = f"{ASSETS_PATH}/favicon.png"
    oauth2_redirect = "/docs/oauth2-redirect"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} API",
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js", swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=favicon, oauth2_redirect_url=oauth2_redirect,
        )

    @app.get(oauth2_redirect, include_in_schema=False)
    def swagger_ui_oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        # No Google Fonts either: ReDoc falls back to the system's fonts.
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} API",
            redoc_js_url=f"{ASSETS_PATH}/redoc.standalone.js", redoc_favicon_url=favicon,
            with_google_fonts=False,
        )
