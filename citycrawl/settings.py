"""citycrawl's Scrapy settings: every value that differs from Scrapy's default says why.

Override per run with ``-s NAME=value``; tests and the demo turn the politeness delays
off for 127.0.0.1 mirrors only.
"""

from citycrawl import __version__

BOT_NAME = "citycrawl"
SPIDER_MODULES = ["citycrawl.spiders"]
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
}
#: Fetches of an unreachable robots.txt before its host is given up for now, and the
#: pause between them (each fetch also gets RETRY_TIMES retries).
CITYCRAWL_ROBOTSTXT_ATTEMPTS = 3
CITYCRAWL_ROBOTSTXT_RETRY_DELAY = 60.0

# --- Items: normalise -> validate -> dedupe -> write the dataset. -------------------
ITEM_PIPELINES = {
    "pipelines.normalise.NormalisePipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.dedupe.DedupePipeline": 300,
    "pipelines.dataset_writer.DatasetWriterPipeline": 900,
}
#: Where datasets live: ``<CITYCRAWL_OUTPUT_DIR>/<spider name>/``.
CITYCRAWL_OUTPUT_DIR = "output"

# `scrapy crawl eurocities -O items.parquet` writes the run's items with the schema.
FEED_EXPORTERS = {"parquet": "citycrawl.exporters.ParquetItemExporter"}
FEED_EXPORT_ENCODING = "utf-8"

LOG_LEVEL = "INFO"
