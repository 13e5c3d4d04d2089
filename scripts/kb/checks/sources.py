"""The sources a practice or a programme cites, as a reader of their list tells them apart."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, diag
from ..turkish import fold


def address(url: str) -> str:
    """A web address as a reader tells two apart: scheme, 'www.', case of the host, a final
    '/' and a '#place' on the page make no other page."""
    rest = url.split("#", 1)[0].split("://", 1)[-1]
    host, slash, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}{slash}{path}".rstrip("/")


def reading(source: dict) -> tuple[str, str, str]:
    """What a reader of the sources list tells a source by: its title, publisher and date."""
    return fold(source["title"]).strip(), fold(str(source["publisher"])), str(source["date"])


def repeated(listed: list[dict], where: dict, fallback: tuple[str, int, int],
             severity: str = "error") -> Iterator[Diagnostic]:
    """A source listed twice: the same address, or the same title, publisher and date where
    neither gives an address. Readers would take them for two reports."""
    seen: dict[tuple, int] = {}
    for n, source in enumerate(listed, start=1):
        if source.get("url"):
            key, code = ("url", address(source["url"])), "source.repeated_url"
        else:
            key, code = ("text", *reading(source)), "source.repeated"
        first = seen.setdefault(key, n)
        if first != n:
            at = f"sources[{n - 1}].url" if key[0] == "url" else f"sources[{n - 1}].title"
            file, line, col = where.get(at, fallback)
            yield diag(file, line, col, code, f"sources[{n - 1}]", severity, value=n, first=first)
