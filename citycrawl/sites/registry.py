"""The registry of networks: every site package registers its :class:`Site` here.

Site packages are found by walking :mod:`citycrawl.sites` (a new network is a new
package, nothing else to edit); lookups import them on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar
from urllib.parse import urlsplit

from citycrawl.sites.base import Route, Site
from citycrawl.sites.generic import OPEN_WEB

_SITES: dict[str, Site] = {}
_S = TypeVar("_S", bound=Site)
_loaded = False


def register(site: _S) -> _S:
    """Add ``site`` to the registry (called by its package on import); returns it."""
    if site.name in _SITES and _SITES[site.name] is not site:
        raise ValueError(f"two sites named {site.name!r}")
    _SITES[site.name] = site
    return site


def _load_all() -> None:
    global _loaded
    if _loaded:
        return
    import citycrawl.sites as package

    for module in pkgutil.iter_modules(package.__path__):
        if module.ispkg:
            importlib.import_module(f"{package.__name__}.{module.name}")
    _loaded = True


def all_sites() -> list[Site]:
    """Every registered network, by name."""
    _load_all()
    return [_SITES[name] for name in sorted(_SITES)]


def get(name: str) -> Site:
    """The network called ``name`` (``web``: pages of no network); ``KeyError`` names the
    known ones."""
    _load_all()
    if name == OPEN_WEB.name:
        return OPEN_WEB
    try:
        return _SITES[name]
    except KeyError:
        raise KeyError(f"no network {name!r}; known: {', '.join(sorted(_SITES))}") from None


def site_for_url(url: str) -> Site | None:
    """The network whose hosts serve ``url`` (``www.``, a trailing dot and copies such as
    ``staging.`` ignored)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[x/": no network serves it
        return None
    return next((site for site in all_sites() if site.profile.serves(host)), None)


def route(url: str) -> tuple[Site, Route] | None:
    """The network and layout rule that claim ``url``, ``None`` when none does."""
    site = site_for_url(url)
    found = site.route(url) if site is not None else None
    return (site, found) if site is not None and found is not None else None
