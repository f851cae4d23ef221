"""The site's one layout (``templates/layout.html``) and the templates the pages fill in."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from string import Template

TEMPLATES = Path(__file__).with_name("templates")


@cache
def template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def render_layout(*, title: str, assets: str, main: str, skip: str = "Skip to the content", debate_id: str = "",
                  accounts: bool = False) -> str:
    """``main`` (HTML) in the layout under ``title`` (text), with ``assets`` (HTML) in the head; with
    ``accounts`` on, the masthead's account links."""
    return template("layout.html").substitute(
        title=html.escape(title), assets=assets, debate_id=html.escape(debate_id),
        accounts="on" if accounts else "off", skip=skip, main=main,
        account_nav=template("account_nav.html").template if accounts else "")
