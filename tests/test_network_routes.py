"""URL shapes seen on the six networks' real sites route to the right layout and kind.

Every URL here is one the stored pages show (docs/sites/<network>.md, grade [C]) or
one the notes infer ([I]); routing is host-blind, so the mirror routes alike.
"""

from __future__ import annotations

import pytest

from citycrawl import sites

CASES = [
    # Energy Cities: WordPress since 2020, SPIP before.
    ("https://energy-cities.eu/news/", "wordpress", "listing"),
    ("https://energy-cities.eu/news/page/2/", "wordpress", "listing"),
    ("https://energy-cities.eu/topic/local-energy-transition/", "wordpress", "listing"),
    (
        "https://energy-cities.eu/energy-cities-live-chats-exchanging-views-on-energy-transition-topics/",
        "wordpress",
        "document",
    ),
    ("https://energy-cities.eu/event/2021-urbact-city-festival/", "wordpress", "document"),
    ("https://energy-cities.eu/best-practice/heidelberg-bahnstadt/", "wordpress", "document"),
    ("https://energy-cities.eu/?p=92219", "wordpress", "document"),
    ("http://www.energy-cities.eu/-blog-269-", "spip", "listing"),
    ("http://www.energy-cities.eu/-blog-269-?debut_articles=20", "spip", "listing"),
    ("http://energie-cites.eu/-Events-66-?date=2017-04", "spip", "listing"),
    ("http://www.energy-cities.eu/spip.php?article1234", "spip", "document"),
    (
        "http://www.energy-cities.eu/Our-5-key-demands-on-the-next-EU-electricity-market",
        "spip",
        "document",
    ),
    # C40
    ("https://www.c40.org/news/category/press-release/page/78/", "wordpress", "listing"),
    ("https://www.c40.org/tag/freetown/page/12", "wordpress", "listing"),
    ("https://www.c40.org/news/day-2-at-cop26-from-c40/", "wordpress", "document"),
    # POLIS
    ("https://www.polisnetwork.eu/news/", "wordpress", "listing"),
    (
        "https://www.polisnetwork.eu/news/polis-working-groups-what-is-on-the-agenda/",
        "wordpress",
        "document",
    ),
    (
        "https://www.polisnetwork.eu/document/cities-in-motion-volume-ii-leadership-for-action/",
        "wordpress",
        "document",
    ),
    ("https://www.polisnetwork.eu/annual-polis-conference-2009/", "wordpress", "document"),
    ("https://www.polisnetwork.eu/newsletter-2/press", "cmsms", "listing"),
    # CEMR: the current site and www.ccre.org
    ("https://ccre-cemr.org/press", "wordpress", "listing"),
    ("https://ccre-cemr.org/category/impactgoal-society/page/10", "wordpress", "listing"),
    ("https://ccre-cemr.org/?p=16899", "wordpress", "document"),
    ("https://www.ccre.org/actualites/index_breve/page:11", "cakephp", "listing"),
    ("https://www.ccre.org/en/actualites/index_actu_by_activite/3/page:2", "cakephp", "listing"),
    # ICLEI Europe
    ("https://iclei-europe.org/news?c=search&p=8&topic=social_justice", "typo3", "listing"),
    (
        "https://iclei-europe.org/calendar?c=search&p=4&year=2016&month=10&day=26",
        "typo3",
        "listing",
    ),
    ("https://iclei-europe.org/calendar/?c=search&uid=62632e3c", "typo3", "document"),
    # URBACT, the trailing-dot host included
    ("https://urbact.eu/whats-new?network=700&page=17", "drupal", "listing"),
    ("https://urbact.eu./whats-new?page=653", "drupal", "listing"),
    ("https://urbact.eu/news?page=24&tid=1820", "drupal", "listing"),
    ("https://urbact.eu./articles?page=108", "drupal", "listing"),
    ("https://urbact.eu/fr/whats-new/networks-cities?page=12", "drupal", "listing"),
    (
        "https://urbact.eu/whats-new/news/249-good-practices-submitted-urbact-call",
        "drupal",
        "document",
    ),
    ("https://urbact.eu/whats-new/stories/urbact-good-practices-whats-name", "drupal", "document"),
    ("https://urbact.eu/new-cities-welcome-2018-urbact-city-festival", "drupal", "document"),
]


@pytest.mark.parametrize(("url", "layout", "kind"), CASES)
def test_url_routes_to_its_layout(url: str, layout: str, kind: str) -> None:
    found = sites.route(url)
    assert found is not None, url
    assert (found[1].layout, found[1].kind) == (layout, kind)


def test_members_area_is_never_fetched_and_the_dotted_host_is_urbact() -> None:
    polis = sites.get("polis").profile
    assert polis.is_forbidden_host("members.polisnetwork.eu")
    assert not polis.is_forbidden_host("www.polisnetwork.eu")
    found = sites.site_for_url("https://urbact.eu./whats-new")
    assert found is not None
    assert found.name == "urbact"


def test_month_first_sites_read_numeric_dates_us_style() -> None:
    import datetime as dt

    from citycrawl.items import ParsedPage
    from citycrawl.parsing.model import DocumentPage
    from pipelines.normalise import normalise_page

    def published(network: str, printed: str) -> object:
        url = sites.get(network).profile.base_url + "/news/a-statement/"
        document = DocumentPage(url=url, layout="wordpress", title="A statement")
        document.published_text = printed
        page = ParsedPage(network, url, document, dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
        row = normalise_page(page)
        return row["published"], row["date_text"]

    assert published("c40", "05/06/2021") == (
        dt.date(2021, 5, 6),
        "published (05/06/2021, month first): May 6, 2021",
    )
    # Written-out months need no order; a day-first site keeps day first.
    assert published("c40", "November 30, 2021")[0] == dt.date(2021, 11, 30)
    assert published("polis", "05/06/2021")[0] == dt.date(2021, 6, 5)
    # Past 12 the first number is no month: left as printed, the reader judges.
    assert published("energy-cities", "13/06/2021")[1] == "published: 13/06/2021"
