"""MkDocs hooks of the engine layer (loaded by MkDocs from this file, see engine.py).

Pages arrive from the render stage as JSON front matter and a body already
rendered to safe HTML. MkDocs would parse the front matter with PyYAML and run
the body through a fresh Python-Markdown instance per page: together about
0.5 ms a page, a quarter of MkDocs' time, for nothing. These hooks read the
page themselves and hand MkDocs its meta and content directly.

What a page brings is kept on the page object itself, not in this module:
MkDocs loads this file anew for some configurations and not for others, so a
process that builds more than once in itself (tests, the live preview, a small
edit) can hold several copies of the module, while ``Page.render`` is patched
by whichever came last.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache, FileSystemLoader
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

_FRONT = "---\n"


class ThemeLoader(FileSystemLoader):
    """The theme's template loader, listing its files without walking dot-folders.

    MkDocs lists every file of the theme to copy the static ones, then drops each
    path under a dot-folder (its patterns ``.*`` and ``*/.*``). Material keeps
    thousands of icons in ``.icons``: walking them took 0.24 s per language of every
    build, a one-page edit included. Only the listing differs from Jinja2's loader;
    a test holds the files MkDocs copies equal to those its own loader gives.
    """

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for folder, subfolders, names in os.walk(searchpath, followlinks=self.followlinks):
                subfolders[:] = [d for d in subfolders if not d.startswith(".")]
                prefix = os.path.relpath(folder, searchpath).replace(os.path.sep, "/")
                found.update(name if prefix == "." else f"{prefix}/{name}" for name in names)
        return sorted(found)


def on_config(config: Any) -> Any:
    """Give the theme's Jinja2 environment a ``ThemeLoader`` over the same folders."""
    make_env = type(config.theme).get_env

    def get_env() -> Any:
        env = make_env(config.theme)
        env.loader = ThemeLoader(env.loader.searchpath, encoding=env.loader.encoding)
        return env

    config.theme.get_env = get_env
    return config


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Keep the theme's compiled templates between builds (Material's base template took
    every build a tenth of a second to compile); Jinja2 checks each against its source."""
    folder = config.extra.get("sr_templates")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(folder)
    return env


def on_page_read_source(page: Any, config: Any) -> str | None:
    """Read a rendered page: keep its meta and body, give MkDocs an empty source to parse."""
    text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    end = text.find("\n" + _FRONT, len(_FRONT) - 1)
    if not text.startswith(_FRONT) or end < 0:
        return text  # not written by the render stage: MkDocs reads it its own way
    try:
        meta = json.loads(text[len(_FRONT) : end])
    except ValueError:
        return text
    page.sr_rendered = (meta, text[end + 1 + len(_FRONT) :].lstrip("\n"))
    return ""


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Give the page its meta (the theme reads the title and ``sr`` from it)."""
    rendered = getattr(page, "sr_rendered", None)
    if rendered is not None:
        page.meta = rendered[0]
    return markdown


def _render(page: Page, config: Any, files: Any) -> None:
    """``Page.render`` for rendered pages: the body is the content, no Markdown is run."""
    rendered = getattr(page, "sr_rendered", None)
    if rendered is None:
        _MARKDOWN_RENDER(page, config, files)
        return
    page.sr_rendered = None  # the body is the page's content from now on
    page.content = rendered[1]
    page.toc = get_toc([])
    page.present_anchor_ids = set()


# MkDocs loads this file again for every build: keep the original method, patch once per load.
_MARKDOWN_RENDER = Page.__dict__.get("_markdown_render", Page.render)
Page._markdown_render = _MARKDOWN_RENDER  # type: ignore[attr-defined]
Page.render = _render  # type: ignore[method-assign]
