"""Data-quality monitoring of crawl runs: the run report, its checks, progress logging.

* :mod:`.collector`: field coverage and date failures of the items a run wrote (pure).
* :mod:`.report`: the run report (JSON) from the collector, the crawl stats and the
  dataset manifest; where reports are stored; the history of earlier reports.
* :mod:`.checks`: spidermon monitors comparing a report with earlier ones; a failed
  check fails ``citycrawl nightly``.
* :mod:`.render`: the report as an HTML page with a coverage chart over the last runs.
* :mod:`.extension`: the Scrapy extensions (report at engine stop, periodic progress).
"""
