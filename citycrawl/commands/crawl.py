"""``scrapy crawl`` that checks spider arguments before anything starts.

Scrapy builds a spider inside the running crawl, so a bad ``-a`` value would surface
as a traceback after the reactor has started. Spiders that define
``check_arguments(raw: dict) -> object`` are checked here first: a bad value exits with
status 2 and one line saying which argument is wrong and what was expected.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            spider_class = self.crawler_process.spider_loader.load(args[0])
            check = getattr(spider_class, "check_arguments", None)
            if check is not None:
                check(opts.spargs)  # raises UsageError, which scrapy prints and exits 2
        super().run(args, opts)
