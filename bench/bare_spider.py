"""Side (a) of the end-to-end benchmark: bare Scrapy, the ceiling.

Follows the same links as ``scrapy crawl eurocities`` on the synthetic mirror (listing
cards, then the next listing page; both layouts) and yields one small dict per document
page, with no pipelines and no output. Run with ``scrapy runspider``:

    scrapy runspider bench/bare_spider.py -a start_urls=URL,URL -s CONCURRENT_ITEMS=10
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_urls: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [u for u in start_urls.split(",") if u]

    async def start(self) -> Any:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse_listing, dont_filter=True)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if "/eurocities/" in response.url:  # the old layout: titles link the documents
            cards = response.css("div.listitem h3 a::attr(href)").getall()
            next_pages = response.xpath("//div[@class='pager']/a[starts-with(., 'next')]/@href")
        else:
            cards = response.css("ul.other-story-list > li h2 a::attr(href)").getall()
            next_pages = response.css("a.next::attr(href)")
        for href in cards:
            yield response.follow(href, callback=self.parse_document)
        for href in next_pages.getall():
            yield response.follow(href, callback=self.parse_listing)

    def parse_document(self, response: Response) -> Iterator[dict[str, str | None]]:
        yield {"url": response.url, "title": response.css("h1::text").get()}
