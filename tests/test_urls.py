"""EUROCITIES URLs: canonical form, document identity and routing (docs/sites/eurocities.md
§1.1, §1.2, §2.2)."""

from __future__ import annotations

import pytest

from citycrawl.sites import get
from citycrawl.sites.eurocities.keys import domino_key

SITE = get("eurocities")
canonical_url = SITE.canonical_url
document_identity = SITE.document_identity
item_id = SITE.item_id


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "https://eurocities.eu/latest/the-age-of-euro-cities/",
            "https://eurocities.eu/latest/the-age-of-euro-cities/",
        ),
        (
            "https://www.eurocities.eu/latest/the-age-of-euro-cities",
            "https://eurocities.eu/latest/the-age-of-euro-cities/",
        ),
        (
            "https://EUROCITIES.eu:443/latest/the-age-of-euro-cities/#comments",
            "https://eurocities.eu/latest/the-age-of-euro-cities/",
        ),
        (
            "https://eurocities.eu/latest/the-age-of-euro-cities/?utm_source=newsletter&utm_medium=email&fbclid=x",
            "https://eurocities.eu/latest/the-age-of-euro-cities/",
        ),
        ("https://eurocities.eu/?p=20761", "https://eurocities.eu/?p=20761"),
        (
            "https://eurocities.eu/latest/?_focus_area=covid-19-and-recovery",
            "https://eurocities.eu/latest/?_focus_area=covid-19-and-recovery",
        ),
        (
            "https://eurocities.eu/latest_categories/news/page/2",
            "https://eurocities.eu/latest_categories/news/page/2/",
        ),
        # Domino paths keep their &arg=value syntax and get no trailing slash.
        (
            "http://eurocities.eu/eurocities/issues/innovation-issue&newsstart=11&newscount=10&contentURL=innovation-issue",
            "http://eurocities.eu/eurocities/issues/innovation-issue&newsstart=11&newscount=10&contentURL=innovation-issue",
        ),
        ("http://127.0.0.1:8123/latest/slug", "http://127.0.0.1:8123/latest/slug/"),
        (
            "https://eurocities.eu/wp-content/uploads/2020/report.pdf",
            "https://eurocities.eu/wp-content/uploads/2020/report.pdf",
        ),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
    assert canonical_url(canonical) == canonical


def test_domino_key_is_the_identity_across_hosts_and_sections() -> None:
    urls = [
        "http://www.eurocities.eu/eurocities/publications/EUROCITIES-strategic-framework-2020-2029-WSPO-BJHN8Q",
        "http://wsdomino.eurocities.eu/eurocities/publications/EUROCITIES-strategic-framework-2020-2029-WSPO-BJHN8Q",
        "http://eurocities.eu/eurocities/documents/EUROCITIES-strategic-framework-2020-2029-WSPO-BJHN8Q",
        "https://cascadecities.eu/eurocities/allcontent/Some-other-title-WSPO-bjhn8q",
    ]
    assert {domino_key(u) for u in urls} == {"WSPO-BJHN8Q"}
    assert len({item_id(u) for u in urls}) == 1
    assert domino_key("http://eurocities.eu/eurocities/documents/x-PXRD-8L7HPT") == "PXRD-8L7HPT"


def test_new_site_identity_ignores_scheme_www_and_slash() -> None:
    a = document_identity("http://www.eurocities.eu/latest/the-age-of-euro-cities")
    b = document_identity("https://eurocities.eu/latest/the-age-of-euro-cities/?utm_campaign=x")
    assert a == b == "url:eurocities.eu/latest/the-age-of-euro-cities/"
    assert item_id("https://eurocities.eu/latest/a/") != item_id("https://eurocities.eu/latest/b/")


@pytest.mark.parametrize(
    ("url", "layout", "kind"),
    [
        ("https://eurocities.eu/latest_categories/news/", "wordpress", "listing"),
        ("https://eurocities.eu/latest_categories/news/page/3/", "wordpress", "listing"),
        ("https://eurocities.eu/latest/", "wordpress", "listing"),
        ("https://eurocities.eu/topics/climate-environment/", "wordpress", "listing"),
        (
            "https://eurocities.eu/latest/paving-the-way-for-sustainable-cities/",
            "wordpress",
            "document",
        ),
        (
            "https://eurocities.eu/latest/empowering-cities-to-win-europes-climate-battle",
            "wordpress",
            "document",
        ),
        (
            "https://eurocities.eu/resources/eurocities-policy-statement-on-climate-change-ambition",
            "wordpress",
            "document",
        ),
        ("https://eurocities.eu/?p=20761", "wordpress", "document"),
        ("http://www.eurocities.eu/eurocities/issues/citizens-issue", "domino", "listing"),
        ("http://www.eurocities.eu/eurocities/news&sector=wk33", "domino", "listing"),
        (
            "http://www.eurocities.eu/eurocities/publications&pubdocstart=21&pubdoccount=10&doctype=dctpolicy",
            "domino",
            "listing",
        ),
        (
            "https://staging.eurocities.eu/v2/publications/EUROCITIES-statement-on-smart-cities-WSPO-9WQDQ9",
            "domino",
            "document",
        ),
        (
            "https://staging.eurocities.eu/eurocities/calendar/events_list/POSTPONED-ONLINE-EUROCITIES-Environment-Forum-7-9-October-WSPO-BJ4PBJ",
            "domino",
            "document",
        ),
    ],
)
def test_route(url: str, layout: str, kind: str) -> None:
    route = SITE.route(url)
    assert route is not None
    assert (route.layout, route.kind) == (layout, kind)


def test_parsing_layer_and_urls_import_without_scrapy() -> None:
    """The layers below the spider are usable on their own (engineering practice 1)."""
    import subprocess
    import sys

    code = (
        "import sys; import citycrawl.sites.eurocities.wordpress, "
        "citycrawl.sites.eurocities.domino, citycrawl.sites, citycrawl.urls, citycrawl.schema; "
        "assert 'scrapy' not in sys.modules and 'twisted' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
