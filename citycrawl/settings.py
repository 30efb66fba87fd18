"""citycrawl's Scrapy settings: every value that differs from Scrapy's default says why.

Override per run with ``-s NAME=value``; tests and the demo turn the politeness delays
off for 127.0.0.1 mirrors only.
"""

import os

from citycrawl import __version__

BOT_NAME = "citycrawl"
SPIDER_MODULES = ["citycrawl.sites"]
NEWSPIDER_MODULE = "citycrawl.spiders"
# `scrapy crawl` that rejects bad -a arguments before the crawl starts.
COMMANDS_MODULE = "citycrawl.commands"

# --- Identity: site owners can see who we are and how to reach us. -----------------
#: Where a site owner reaches the people running the crawl; set it for your deployment.
CITYCRAWL_CONTACT = "https://github.com/citycrawl/citycrawl/issues"
USER_AGENT = f"citycrawl/{__version__} (+{CITYCRAWL_CONTACT})"

# --- Good citizen: a small non-profit site, crawled nightly. -----------------------
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS_PER_DOMAIN = 1
# Scrapy starts up to 100 tasks per callback output by default; 10 keeps the per-page
# overhead low and changes nothing for a crawl this size.
CONCURRENT_ITEMS = 10

# --- Safety: what a hostile or broken server cannot make us do. --------------------
# City pages are a few hundred KB at most; Scrapy's 1 GiB default invites abuse.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
# Only HTTP(S): a redirect or link to file:, data:, ftp: or s3: is never fetched.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
# Nothing we crawl needs a session; no cookie can then follow us across hosts.
COOKIES_ENABLED = False
# No local control channels: the telnet console and Scrapy 2.19's RemoteControl
# extension (a local HTTP server that runs Python code sent to it) are both off.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # Exact-host allow-list (Scrapy's allowed_domains would also admit staging.*).
    "citycrawl.middlewares.SiteHostsMiddleware": 50,
    # robots.txt that errors or times out means "disallow all" (RFC 9309), not Scrapy's
    # "allow all"; see citycrawl.middlewares.RobotsTxtMiddleware and docs/reliability.md.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "citycrawl.middlewares.RobotsTxtMiddleware": 100,
    # After robots.txt: applies its Crawl-delay (Scrapy reads it but does not apply it,
    # scrapy/scrapy#892) and gives discovery its Sitemap: lines (citycrawl.discovery).
    "citycrawl.discovery.CrawlDelayMiddleware": 110,
    # Requests to a web archive only (a backfill): the run-wide CDX pace, 429 pauses
    # that Scrapy's retry never sees, redirects followed inside the archive. 650: it
    # sees responses before the redirect (600) and retry (550) middlewares do.
    "citycrawl.archive.middleware.ArchiveMiddleware": 650,
}
# --- Web archives (-a archive=wayback; docs/archive.md). ---------------------------
#: CDX requests a minute, for the whole run (the Wayback Machine answers 429 beyond ~60).
CITYCRAWL_ARCHIVE_CDX_PER_MINUTE = 24
#: Rows per CDX answer; more are paged by resume key.
CITYCRAWL_ARCHIVE_CDX_PAGE_ROWS = 5000
#: The wait after a 429 that gives no Retry-After, and the longest wait accepted before
#: the run stops (a longer one means the address is blocked).
CITYCRAWL_ARCHIVE_RETRY_AFTER = 60.0
CITYCRAWL_ARCHIVE_MAX_PAUSE = 3600.0
CITYCRAWL_ARCHIVE_MAX_429 = 5
#: A capture served more than this many days from the one asked for is dropped.
CITYCRAWL_ARCHIVE_MAX_DRIFT_DAYS = 3.0
#: Fetches of an unreachable robots.txt before its host is given up for now, and the
#: pause between them (each fetch also gets RETRY_TIMES retries).
CITYCRAWL_ROBOTSTXT_ATTEMPTS = 3
CITYCRAWL_ROBOTSTXT_RETRY_DELAY = 60.0
#: The longest robots.txt Crawl-delay obeyed (s): `Crawl-delay: 86400` would stretch a
#: nightly run over months. A longer one is capped, logged and counted.
CITYCRAWL_MAX_CRAWL_DELAY = 30.0

# --- Limits: what a broken or hostile site cannot make the crawl do. Each hit is
# counted as citycrawl/limit/<name> and shown in the run report (docs/reliability.md).
#: Listing pages followed from one start page when `-a max_pages` is not given; the
#: deepest real archive seen is about 75 pages (c40.org news), EUROCITIES' about 40.
CITYCRAWL_MAX_LISTING_PAGES = 200
#: Sitemap indexes nested below the first sitemap (WordPress and Yoast use one level).
CITYCRAWL_SITEMAP_MAX_DEPTH = 2
#: Children read from one sitemap index, and sitemap files fetched per run.
CITYCRAWL_SITEMAP_MAX_CHILDREN = 500
CITYCRAWL_SITEMAP_MAX_FILES = 1000
#: Largest sitemap once decompressed: the sitemap protocol's own limit (50 MB).
CITYCRAWL_SITEMAP_MAX_BYTES = 50 * 1000 * 1000

# --- Items: normalise -> validate -> dedupe -> write the dataset. -------------------
ITEM_PIPELINES = {
    "pipelines.normalise.NormalisePipeline": 100,
    "pipelines.language.LanguagePipeline": 110,
    "pipelines.cities.CitiesPipeline": 120,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.same_event.SameEventPipeline": 400,
    "pipelines.dataset_writer.DatasetWriterPipeline": 900,
}
#: Worker processes that read document pages beside Scrapy's (the layout's parse and the
#: pipelines before the dedupe: citycrawl.workers): one per core beyond the one Scrapy's
#: process keeps; 0 reads them in Scrapy's process (docs/performance.md). A polite
#: crawl of a live site (a request a second) gains nothing from them: 0 saves their memory.
CITYCRAWL_PARSE_WORKERS = max(0, len(os.sched_getaffinity(0)) - 1)
#: Where datasets live: ``<CITYCRAWL_OUTPUT_DIR>/<spider name>/``.
CITYCRAWL_OUTPUT_DIR = "output"

# --- Nightly operations: incremental runs, the run report, its checks. -------------
# docs/operations.md. `-a full=1` forces a full recrawl (it alone sets CITYCRAWL_FULL_CRAWL).
#: Stop following a listing's pages after this many known, unchanged cards in a row:
#: one full listing page, so a reordered listing does not stop too early.
CITYCRAWL_INCREMENTAL_STOP_AFTER = 20
#: "Today" for deciding which events are upcoming (ISO date); empty: today in UTC.
CITYCRAWL_TODAY = ""

# --- The CMS's own interfaces (citycrawl.apis): WordPress REST, The Events Calendar,
# Drupal JSON:API. Probed once per run before the listings; an absent one costs a request
# or two. They give what pages don't print (taxonomies, event zones).
CITYCRAWL_USE_APIS = True
#: Pages of one interface listing at most (100 posts each): a bound against a broken or
#: hostile API that claims endless pages.
CITYCRAWL_API_MAX_PAGES = 200
EXTENSIONS = {
    # The run report (<output>/_<spider>/reports/) and its checks, after the commit.
    "citycrawl.monitoring.extension.RunReportExtension": 500,
    # Pages, items, errors and rate at a steady interval in the log.
    "citycrawl.monitoring.extension.ProgressLogExtension": 500,
    # Every fetch into a WARC file, when CITYCRAWL_WARC_DIR is set (docs/archive.md).
    "citycrawl.archive.warc.WarcWriterExtension": 500,
}
#: Directory for one .warc.gz per run holding every request and response; empty: none.
CITYCRAWL_WARC_DIR = ""
CITYCRAWL_PROGRESS_INTERVAL = 60.0
#: Checks that fail a run (citycrawl.monitoring.checks): a key field's coverage falling
#: more than this share below the median of the last runs...
CITYCRAWL_MONITOR_COVERAGE_DROP = 0.25
CITYCRAWL_MONITOR_BASELINE_RUNS = 5
#: ...counted only when the field applies to at least this many items in both;
CITYCRAWL_MONITOR_MIN_SAMPLE = 3
#: this many runs in a row without a new item;
CITYCRAWL_MONITOR_NO_NEW_RUNS = 7
#: failed fetches and parses over this share of requests (runs of 10+ requests).
CITYCRAWL_MONITOR_MAX_ERROR_RATE = 0.25
CITYCRAWL_MONITOR_MIN_REQUESTS = 10

# `scrapy crawl eurocities -O items.parquet` writes the run's items with the schema.
FEED_EXPORTERS = {
    "parquet": "citycrawl.exporters.ParquetItemExporter",
    "ics": "citycrawl.exporters.IcsItemExporter",
}
FEED_EXPORT_ENCODING = "utf-8"

LOG_LEVEL = "INFO"
# Dropped items are logged by URL and reason, without their whole content.
LOG_FORMATTER = "citycrawl.logformatter.DroppedItemLogFormatter"
