"""A synthetic mirror of eurocities.eu (both layouts) for the benchmarks.

The markup follows the reconstructed real pages in ``fixtures/``: the site chrome (header,
menus, footer) is copied from a fixture of each layout, cards and detail pages follow
the fixtures' shapes, and text is padded to about 30 KB per document with paragraphs
in the site's real wording and date forms (docs/sites/eurocities.md §1.3, §2.3-2.7).

Files are written as a static web root that any server can serve: WordPress paths end
in ``/`` and are written as ``<path>/index.html``; Domino paths (``&arg=value`` in the
path, no ``?``) are written as files named exactly like the path. Links carry the
mirror's origin, as an archive copy rewrites them, so the port must be known first.

    python bench/mirror.py OUT_DIR --origin http://127.0.0.1:8080 [--pages 5000]
"""

# ruff: noqa: E501 (the HTML templates and word lists keep the real pages' long lines)
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CARDS_PER_PAGE = 20
WORDPRESS_SHARE = 0.6
TARGET_BODY_CHARS = 25_000

WP_SECTIONS = {
    "news": "News",
    "events": "Events",
    "publications": "Publications",
    "press-release": "Press release",
    "opinion": "Opinion",
    "policy-papers": "Policy papers",
    "spotlight": "Spotlight",
}
DOMINO_ISSUES = ("innovation", "smart-cities", "citizens", "migration-integration")
FORUMS = ("cooperation", "culture", "economy", "environment", "knowledge society", "mobility")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = [
    "Brussels",
    "Porto",
    "Katowice",
    "Leipzig",
    "Barcelona",
    "Tallinn",
    "Warsaw",
    "Madrid",
    "Toulouse",
    "Braga",
    "Gothenburg",
    "Lisbon",
    "Stuttgart",
    "Timisoara",
    "Helsinki",
    "Dublin",
    "Vienna",
    "Utrecht",
    "Ghent",
    "Milan",
]

TITLES = [
    "Cities call for action on homelessness and migrant integration in the next MFF",
    "Empowering cities to win Europe's climate battle",
    "Building welcoming and inclusive cities",
    "Cities and regions demand national action on nature",
    "Integrating for a better Europe",
    "Fighting child poverty in European cities",
    "Paving the way for sustainable cities",
    "What future for cities after Covid-19",
    "Join us at the European Week of Regions and Cities",
    "Mayors agenda for cities and the EU",
    "Social Rights for All: cities are committed to deliver on the European Pillar",
    "Webinar on active involvement of citizens for energy saving",
    "New report on Roma inclusion at local level",
    "Policy transfer study visit on adequate housing",
    "Be part of the best European energy projects",
    "Democratic Cities conference",
    "Towards long-term solutions for displaced people from Ukraine",
    "The city of tomorrow is being built today",
    "Reinventing cities via livestream",
    "Cities are building the social Europe of tomorrow",
]
SENTENCES = [
    "Cities are central to the achievement of cohesion across Europe.",
    "They play a key role in creating growth and jobs, implementing EU cohesion policy and "
    "improving European governance.",
    "Eurocities and our members will have a lot to say at the European Week of Regions and "
    "Cities, taking place in Brussels from 9 – 12 October.",
    "The four day event focuses on the common challenges faced by cities and regions and how "
    "cohesion funding can help to tackle them.",
    "Ahead of the European elections in June 2024, it is crucial to prioritise the agenda of "
    "cities and strengthen collaboration between cities and the EU.",
    "The Russian war of aggression has created an unprecedented movement of displaced persons "
    "from Ukraine.",
    "Europe’s cities have been quick to offer ongoing support to their Ukrainian counterparts "
    "and host refugees fleeing the conflict.",
    "What has worked well? What key lessons have been learned?",
    "No one should be without a home in Europe. Yet growing numbers of migrants face "
    "homelessness in our cities.",
    "Cities are urging the EU to safeguard funding, empower local action, and build a Union "
    "where everyone can belong.",
    "The battle against climate change will be determined in Europe’s cities, where the "
    "urgency of action meets the innovation of local solutions.",
    "Even before the pandemic, child poverty levels were already high in cities – and the "
    "crisis has made things worse.",
    "Eurocities published a new report on how cities localise the Sustainable Development Goals.",
    "The Sharing Cities programme will host a webinar on the Digital Social Market in Lisbon, "
    "an online engagement platform, on Thursday 17 January 2019, 15:00-16:00 (CET, Brussels "
    "time).",
    "Democratic Cities is an international conference taking place in Madrid from 16-17 November.",
    "Save the date for our spring meeting that will take place on 9-10 April in Toulouse.",
    "The event will take place in Katowice on 26-30 June.",
    "Join us from 9 to 12 June for a week of debates on the future of urban mobility.",
    "We met at the Social Affairs Forum from 11-13 May to compare local strategies.",
    "The final debate goes live on Saturday 12 March, with mayors from across Europe.",
    "31 May – 2 June Eurocities Mobility Forum in Porto.",
    "Barcelona's Time Use Week event runs from 25 to 31 October.",
    "Today, Wednesday 14 December 2022, the network adopted its new strategic framework.",
    "The workshop was held from Thursday 1st to Friday 2nd June in Ghent.",
    "Participants met in Brussels, 23 January 2018, to review the pledges.",
    "Webinars take place on Wednesday 18 March @ 10.00 – 12.20 and on the following day.",
    "Municipal administrations are both innovators and supporters of innovation.",
    "By drawing on local intelligence, cities can develop entirely new solutions to "
    "challenges such as healthcare or transport congestion.",
    "The conference also celebrated the European Year of Cultural Heritage and reflected on "
    "accessibility of cultural heritage.",
    "This new directive will remove barriers to accessible products and services, ranging "
    "from public procurement to passenger transport.",
    "The Urban Agenda Partnership on Greening Cities has called for the immediate adoption of "
    "the EU Nature Restoration Law.",
    "Discussions will draw on the EU Fundamental Rights Agency’s report on local good practices.",
    "City leaders underscore the need for inclusive policies that uphold dignity, equality, "
    "and rights for all.",
    "You can download the full report here, together with the annex on city case studies.",
]
EVENT_LINES = [
    "Monday 5 October 14:30 – 16:00",
    "Thursday 8 October 11:30 – 13:00",
    "Wednesday, 4 November, 10.00-11.30",
    "Thursday, 5 November, 11.30-12.30",
    "Tuesday 10 October, 17.00-18.00, Jacques Delors building, JDE 52",
    "09:00 – 11:00, European Parliament",
]


def _chrome(path: Path, start_marker: str, end_marker: str) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(start_marker, 1)
    tail = end_marker + rest.split(end_marker, 1)[1]
    return head, tail


def _wp_chrome(origin: str) -> tuple[str, str]:
    head, tail = _chrome(
        FIXTURES / "eurocities/wordpress/article-event/page.html", "<main", "</main>"
    )
    head = head.split("<body", 1)[1].split(">", 1)[1]  # the site header, after <body ...>
    return head.replace("https://eurocities.eu", origin), tail.replace(
        "https://eurocities.eu", origin
    )


def _domino_chrome(origin: str) -> tuple[str, str]:
    head, tail = _chrome(
        FIXTURES / "eurocities/domino/innovation-issue/page.html",
        '<div id="content">',
        '<div id="footer">',
    )
    head = head.split("<body>", 1)[1]
    head = head.replace("http://www.eurocities.eu", origin)
    return head, tail


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _card_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass
class Doc:
    index: int
    title: str
    path: str
    day: dt.date
    kind: str  # wordpress section, or domino kind (news, event, document)
    themes: list[str]
    summary: str


class Generator:
    def __init__(self, out: Path, origin: str, pages: int, seed: int = 20) -> None:
        self.out = out
        self.origin = origin.rstrip("/")
        self.rng = random.Random(seed)
        documents = round(pages * CARDS_PER_PAGE / (CARDS_PER_PAGE + 1))
        self.wp_docs = round(documents * WORDPRESS_SHARE)
        self.domino_docs = documents - self.wp_docs
        self.wp_head, self.wp_tail = _wp_chrome(self.origin)
        self.dom_head, self.dom_tail = _domino_chrome(self.origin)
        self.files = 0
        self.bytes = 0
        self.start_paths: list[str] = []

    # -- helpers --------------------------------------------------------------------

    def write(self, url_path: str, text: str) -> None:
        rel = url_path.lstrip("/")
        target = self.out / (rel + "index.html" if url_path.endswith("/") else rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        target.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def paragraphs(self, chars: int, extra: list[str] | None = None) -> list[str]:
        out: list[str] = list(extra or [])
        total = sum(len(p) for p in out)
        while total < chars:
            para = " ".join(self.rng.sample(SENTENCES, self.rng.randint(3, 6)))
            out.append(para)
            total += len(para)
        return out

    def day(self, start_year: int, end_year: int) -> dt.date:
        first = dt.date(start_year, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randint(first, dt.date(end_year, 12, 28).toordinal()))

    def title(self, index: int) -> str:
        return f"{self.rng.choice(TITLES)} in {self.rng.choice(CITIES)} {index}"

    # -- WordPress ------------------------------------------------------------------

    def wordpress(self) -> None:
        sections = list(WP_SECTIONS)
        per_section = [self.wp_docs // len(sections)] * len(sections)
        for i in range(self.wp_docs % len(sections)):
            per_section[i] += 1
        index = 0
        for section, count in zip(sections, per_section, strict=True):
            docs = []
            for _ in range(count):
                index += 1
                title = self.title(index)
                docs.append(
                    Doc(
                        index,
                        title,
                        f"/latest/{_slug(title)}/",
                        self.day(2020, 2025),
                        section,
                        [],
                        " ".join(self.rng.sample(SENTENCES, 2)),
                    )
                )
            docs.sort(key=lambda d: d.day, reverse=True)
            base = f"/latest_categories/{section}/"
            self.start_paths.append(base)
            npages = max(1, -(-len(docs) // CARDS_PER_PAGE))
            for page in range(1, npages + 1):
                chunk = docs[(page - 1) * CARDS_PER_PAGE : page * CARDS_PER_PAGE]
                self.write(
                    self._wp_page_path(base, page),
                    self.wp_listing(section, base, page, npages, chunk),
                )
            for doc in docs:
                self.write(doc.path, self.wp_article(doc))

    @staticmethod
    def _wp_page_path(base: str, page: int) -> str:
        return base if page == 1 else f"{base}page/{page}/"

    def wp_listing(self, section: str, base: str, page: int, npages: int, docs: list[Doc]) -> str:
        o = self.origin
        label = WP_SECTIONS[section]
        cards = []
        for doc in docs:
            url = o + doc.path
            minutes = self.rng.randint(1, 9)
            cats = f'<span class="meta-cat">{label}</span>'
            if section == "press-release":
                cats = '<span class="meta-cat">News</span> ' + cats
            cards.append(
                f"""    <li>
      <a class="story-img" href="{url}"><img src="{o}/wp-content/uploads/{doc.day.year}/{doc.day.month:02d}/img-{doc.index}-768x432.jpg" alt="" loading="lazy"></a>
      <div class="story-content">
        {cats}
        <span class="date">{_card_date(doc.day)}</span>
        <h2><a href="{url}">{html.escape(doc.title)}</a></h2>
        <p><a href="{url}">{html.escape(doc.summary)}</a></p>
        <span class="read-time">{minutes} minute{"s" if minutes > 1 and doc.day.year == 2020 else ""} read</span>
      </div>
    </li>"""
            )
        numbers = [
            f'<span aria-current="page" class="page-numbers current">{n}</span>'
            if n == page
            else f'<a class="page-numbers" href="{o}{self._wp_page_path(base, n)}">{n}</a>'
            for n in range(max(1, page - 2), min(npages, page + 2) + 1)
        ]
        rel_next = ""
        if page < npages:
            nxt = o + self._wp_page_path(base, page + 1)
            numbers.append(f'<a class="next page-numbers" href="{nxt}">Next</a>')
            rel_next = f'<link rel="next" href="{nxt}" />\n'
        card_html = "\n".join(cards)
        return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{label} Archives - Eurocities</title>
<link rel="canonical" href="{o}{self._wp_page_path(base, page)}" />
{rel_next}<link rel='stylesheet' id='eurocities-style-css' href='{o}/wp-content/themes/eurocities/style.css?ver=2.3.1' media='all' />
<script src="{o}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="archive tax-latest_categories term-{section}">
{self.wp_head}<main id="main" class="site-main">
  <section class="page-header">
    <div class="container">
      <h1 class="page-title">{label}</h1>
      <p class="page-intro">Read our latest news, opinion, press releases, publications and events.</p>
    </div>
  </section>
  <div class="container listing-wrap">
  <div class="listing-main">
  <ul class="other-story-list">
{card_html}
  </ul>
    <nav class="navigation pagination" aria-label="Posts">
      <h2 class="screen-reader-text">Posts navigation</h2>
      <div class="nav-links">
        {" ".join(numbers)}
      </div>
    </nav>
  </div>
  </div>
{self.wp_tail}"""

    def wp_article(self, doc: Doc) -> str:
        o = self.origin
        label = WP_SECTIONS[doc.kind]
        extra = [doc.summary]
        subheads = ""
        if doc.kind == "events":
            when = f"{WEEKDAYS[doc.day.weekday()]} {doc.day.day} {MONTHS[doc.day.month - 1]}"
            extra.append(
                f"The event will take place in {self.rng.choice(CITIES)} on {when}, "
                f"{self.rng.choice(['10:00-12:00', '14.30-16.00', '09:00 – 11:00'])}."
            )
            subheads = (
                f"        <h3>{WEEKDAYS[doc.day.weekday()]}, {_card_date(doc.day)}</h3>\n"
                f"        <h4>{html.escape(self.rng.choice(TITLES))}</h4>\n"
                f"        <p>{self.rng.choice(EVENT_LINES)}</p>\n"
            )
        paras = self.paragraphs(TARGET_BODY_CHARS, extra)
        body = "\n".join(f"        <p>{html.escape(p)}</p>" for p in paras)
        author = ""
        if doc.index % 3 == 0:
            author = (
                '      <div class="author-block"><span class="author-name">Alex Godson</span>'
                '<span class="author-role">Eurocities Writer</span></div>\n'
            )
        return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(doc.title)} - Eurocities</title>
<link rel="canonical" href="{o}{doc.path}" />
<link rel="shortlink" href="{o}/?p={10000 + doc.index}" />
<link rel='stylesheet' id='eurocities-style-css' href='{o}/wp-content/themes/eurocities/style.css?ver=2.3.1' media='all' />
<script src="{o}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="latest-template-default single single-latest postid-{10000 + doc.index}">
{self.wp_head}<main id="main" class="site-main">
  <article id="post-{10000 + doc.index}" class="single-latest post-{10000 + doc.index} latest type-latest status-publish">
    <div class="container">
      <div class="article-header">
        <span class="meta-cat"><a href="{o}/latest_categories/{doc.kind}/" rel="tag">{label}</a></span>
        <h1>{html.escape(doc.title)}</h1>
        <span class="date">{_card_date(doc.day)}</span>
      </div>
      <div class="article-content entry-content">
{subheads}{body}
      </div>
{author}      <div class="share-buttons">
        <span class="share-title">Share</span>
        <a class="share-twitter" href="https://twitter.com/intent/tweet?text={html.escape(doc.title)}">X</a>
        <a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true">LinkedIn</a>
        <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
      </div>
    </div>
  </article>
{self.wp_tail}"""

    # -- Domino ---------------------------------------------------------------------

    def domino(self) -> None:
        per_issue = [self.domino_docs // len(DOMINO_ISSUES)] * len(DOMINO_ISSUES)
        for i in range(self.domino_docs % len(DOMINO_ISSUES)):
            per_issue[i] += 1
        index = 0
        for issue, count in zip(DOMINO_ISSUES, per_issue, strict=True):
            docs = []
            for _ in range(count):
                index += 1
                kind = self.rng.choice(("news", "news", "event", "document"))
                title = self.title(index)
                key = "B" + _base36(index).rjust(5, "0")
                section = {
                    "news": "news",
                    "event": "calendar/events_list",
                    "document": "documents",
                }[kind]
                slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")
                themes = self.rng.sample(FORUMS, self.rng.choice((0, 1, 1, 2)))
                docs.append(
                    Doc(
                        index,
                        title,
                        f"/eurocities/{section}/{slug}-WSPO-{key}",
                        self.day(2012, 2019),
                        kind,
                        themes,
                        " ".join(self.rng.sample(SENTENCES, 2)),
                    )
                )
            docs.sort(key=lambda d: d.day, reverse=True)
            base = f"/eurocities/issues/{issue}-issue"
            self.start_paths.append(base)
            npages = max(1, -(-len(docs) // CARDS_PER_PAGE))
            for page in range(1, npages + 1):
                chunk = docs[(page - 1) * CARDS_PER_PAGE : page * CARDS_PER_PAGE]
                path = self._domino_page_path(issue, page)
                self.write(path, self.domino_listing(issue, page, npages, chunk))
            for doc in docs:
                self.write(doc.path, self.domino_detail(doc))

    @staticmethod
    def _domino_page_path(issue: str, page: int) -> str:
        base = f"/eurocities/issues/{issue}-issue"
        if page == 1:
            return base
        start = 1 + (page - 1) * CARDS_PER_PAGE
        return f"{base}&newsstart={start}&newscount={CARDS_PER_PAGE}&contentURL={issue}-issue"

    def _forums(self, themes: list[str]) -> str:
        if not themes:
            return ""
        items = "".join(
            f'<li><img src="/eurocities/images/forum_bullet.gif" alt="" width="9" height="9">'
            f"&nbsp; {t}</li>"
            for t in themes
        )
        return f'<ul class="forums">{items}</ul>\n'

    def domino_listing(self, issue: str, page: int, npages: int, docs: list[Doc]) -> str:
        items = []
        for doc in docs:
            d = doc.day.strftime("%d-%m-%Y")
            if doc.kind == "event":
                end = (doc.day + dt.timedelta(days=self.rng.choice((0, 1, 2)))).strftime("%d-%m-%Y")
                dates = f'<p class="date">start date: {d}<br>\nend date: {end}</p>'
            else:
                dates = f'<p class="date">publication date: {d}</p>'
            items.append(
                f'<div class="listitem">\n{self._forums(doc.themes)}'
                f'<h3><a href="{doc.path}">{html.escape(doc.title)}</a></h3>\n'
                f"<p>{html.escape(doc.summary)}</p>\n{dates}\n</div>"
            )
        pager = []
        for n in range(max(1, page - 3), min(npages, page + 3) + 1):
            href = self._domino_page_path(issue, n).rsplit("/", 1)[1].replace("&", "&amp;")
            pager.append(str(n) if n == page else f'<a href="{href}">{n}</a>')
        if page < npages:
            href = self._domino_page_path(issue, page + 1).rsplit("/", 1)[1].replace("&", "&amp;")
            pager.append(f'<a href="{href}">next &gt;</a>')
        intro = "\n".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs(1500))
        name = issue.replace("-", " ")
        item_html = "\n".join(items)
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
<title>EUROCITIES - {name}</title>
<link rel="stylesheet" type="text/css" href="/eurocities/css/eurocities.css">
<script type="text/javascript" src="/eurocities/js/menu.js"></script>
</head>
<body>{self.dom_head}<div id="content">
<h1>{name}</h1>
{intro}
<div class="newslist">
{item_html}
</div>
<div class="pager">{" ".join(pager)}</div>
</div>
{self.dom_tail}"""

    def domino_detail(self, doc: Doc) -> str:
        d = doc.day.strftime("%d-%m-%Y")
        info = ""
        if doc.kind == "event":
            end = (doc.day + dt.timedelta(days=2)).strftime("%d-%m-%Y")
            city = self.rng.choice(CITIES)
            forum_cell = "".join(f"<li>{t}</li>" for t in doc.themes)
            info = (
                '<table class="eventinfo" cellpadding="2">\n'
                f'<tr><th align="left">forums</th><td><ul>{forum_cell}</ul></td></tr>\n'
                f'<tr><th align="left">start date</th><td>{d}</td></tr>\n'
                f'<tr><th align="left">end date</th><td>{end}</td></tr>\n'
                f'<tr><th align="left">address</th><td>{city}</td></tr>\n'
                '<tr><th align="left">country</th><td>Belgium</td></tr>\n</table>\n'
            )
        elif doc.kind == "document":
            info = self._forums(doc.themes) + (
                f'<table class="docinfo"><tr><td class="lbl">publication date</td><td>{d}</td>'
                '</tr><tr><td class="lbl">document type</td><td>policy publication</td></tr>'
                "</table>\n"
            )
        else:
            info = self._forums(doc.themes)
        paras = self.paragraphs(TARGET_BODY_CHARS, [doc.summary])
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        files = ""
        if doc.kind == "document":
            files = (
                '<p class="file"><img src="/eurocities/images/pdf.gif" alt=""> '
                f'<a href="/MediaShell/media/{doc.index}-report.pdf">{doc.index}-report</a>'
                f'<a href="/MediaShell/media/{doc.index}-report.pdf">download/preview this file'
                "</a></p>\n"
            )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en">
<head>
<title>EUROCITIES - {html.escape(doc.title)}</title>
<link rel="stylesheet" type="text/css" href="/eurocities/css/eurocities.css">
</head>
<body>{self.dom_head}<div id="content">
<h1>{html.escape(doc.title)}</h1>
{info}<div class="text">
{body}
</div>
{files}<div class="staffcontact"><h4>EUROCITIES staff contact</h4><p>Dorthe Nielsen</p></div>
</div>
<div id="rightcol">
<div class="related">
<h4>related issues</h4>
<ul></ul>
<h4>related news</h4>
</div>
</div>
{self.dom_tail}"""

    def run(self) -> dict[str, object]:
        self.out.mkdir(parents=True, exist_ok=True)
        self.wordpress()
        self.domino()
        (self.out / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
        info = {
            "origin": self.origin,
            "files": self.files,
            "bytes": self.bytes,
            "wordpress_documents": self.wp_docs,
            "domino_documents": self.domino_docs,
            "start_urls": [self.origin + p for p in self.start_paths],
        }
        (self.out / "mirror.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
        return info


def _base36(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def generate(out: Path, origin: str, pages: int = 5000, seed: int = 20) -> dict[str, object]:
    """Write the mirror under ``out`` for ``origin``; return its description."""
    return Generator(out, origin, pages, seed).run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--origin", required=True)
    parser.add_argument("--pages", type=int, default=5000)
    args = parser.parse_args()
    info = generate(args.out, args.origin, args.pages)
    print(json.dumps({k: v for k, v in info.items() if k != "start_urls"}))


if __name__ == "__main__":
    main()
