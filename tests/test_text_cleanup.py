"""Plain-text page furniture: a scrape's audio-player line before the article and its
"Latest Stories" headline list after it are not the article and yield no statements."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.ingest.text import clean_text, guess_title

BODY = """\
Lakeport Water Authority said on Tuesday it would raise residential rates by 6 percent next year, citing the cost of replacing lead pipes under the city's older neighbourhoods.
"We cannot keep patching a system that was built before our grandparents were born," said Maria Okafor, the authority's chief executive. "The pipes have to come out."
Okafor said the increase would add about $4 a month to a typical household bill.
City Councillor Daniel Reyes told reporters that he would ask the council to delay the vote until the authority published its full accounts.
A spokesperson for the Lakeport Tenants Union declined to comment.
"""

# headlines written to look like statements: if any reached the extractor it would find them
HEADLINES = [
    'Mayor says "the budget is balanced" after late-night session',
    "Ferry fares will rise, according to union leader Tom Brandt",
    '"We will not back down," striking nurses tell hospital board',
    "Harbour festival returns after three-year break",
]

LATEST = "Latest Stories\n-\n" + "".join(f"{h}\n{m} minutes -\n" for h, m in zip(HEADLINES, (4, 12, 27, 51)))


def tracker(url: str, *args: str, input: str | None = None):
    res = CliRunner().invoke(app, list(args), input=input, env={"TRACKER_DATABASE_URL": url, "COLUMNS": "200"})
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        raise res.exception
    return res


def jsonl(res) -> list[dict]:
    assert res.exit_code == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


@pytest.mark.parametrize("player", ["Audio By Soundwave", "Listen to this article", "Listen  ·  5 min"])
def test_player_line_and_headline_list_are_cut(player):
    assert clean_text(f"{player}\n{BODY}{LATEST}") == BODY


def test_player_line_under_a_headline_is_cut_and_the_headline_kept():
    raw = f"Lakeport water rates to rise 6 percent\n\nListen to this article\n\n{BODY}\nRelated Stories\n{HEADLINES[0]}\n{HEADLINES[3]}\n"
    text = clean_text(raw)
    assert text == f"Lakeport water rates to rise 6 percent\n\n{BODY}"
    assert guess_title(text) == "Lakeport water rates to rise 6 percent"


def test_a_page_of_nothing_but_furniture_is_empty():
    assert clean_text(f"Audio By Soundwave\n{LATEST}") == ""


@pytest.mark.parametrize("raw", [
    # a headline that starts like a trailer heading, over a real article
    "More rain forecast for Lakeport\n\n" + BODY,
    # "Latest" inside the article, followed by paragraphs, not a headline list
    BODY + "Latest figures\nThe authority said its latest figures showed 1,200 leaks last year, up from 900.\n"
           "Okafor said the repairs would take a decade to finish across the whole network.\n",
])
def test_article_text_that_resembles_furniture_is_kept(raw):
    assert clean_text(raw) == raw


def test_crlf_and_bom_are_normalised():
    assert clean_text("\ufeff" + BODY.replace("\n", "\r\n")) == BODY


def test_stored_article_and_statements_exclude_the_furniture(db_url, tmp_path):
    page = tmp_path / "lakeport-water.txt"
    page.write_text(f"Audio By Soundwave\n{BODY}{LATEST}", encoding="utf-8")
    res = tracker(db_url, "ingest", str(page), "--published", "2026-03-10")
    assert res.exit_code == 0, res.stderr
    assert "1 new" in res.stderr

    articles = jsonl(tracker(db_url, "export", "articles", "--format", "jsonl"))
    assert len(articles) == 1
    stored = articles[0]["text"]
    assert stored == BODY
    for junk in ["Audio By", "Latest Stories", "minutes -", *HEADLINES]:
        assert junk not in stored

    statements = jsonl(tracker(db_url, "export", "statements", "--format", "jsonl"))
    assert statements, "the article's own statements were not found"
    for s in statements:
        assert 0 <= s["quote_start"] < s["quote_end"] <= len(stored)
        assert stored[s["quote_start"]:s["quote_end"]] == s["quote"], s
        assert not any(s["quote"] in h or h in s["quote"] for h in HEADLINES), s
    speakers = {s["speaker"] for s in statements}
    assert "Maria Okafor" in speakers
    assert not speakers & {"Tom Brandt", "Mayor"}, speakers
    refusals = [s for s in statements if s["kind"] == "no_comment"]
    assert [r["speaker"] for r in refusals] == ["Lakeport Tenants Union"]
    # "on Tuesday" is read relative to the publication date (2026-03-10 was a Tuesday)
    first = min(statements, key=lambda s: s["quote_start"])
    assert first["speaker"] == "Lakeport Water Authority" and first["stated_on"] == "2026-03-10"

    # the same article without furniture is the same article: nothing new is stored
    clean = tmp_path / "lakeport-water-clean.txt"
    clean.write_text(BODY, encoding="utf-8")
    again = tracker(db_url, "ingest", str(clean))
    assert again.exit_code == 0 and "0 new, 1 duplicate" in again.stderr


def test_furniture_only_page_is_a_failed_input(db_url, tmp_path):
    page = tmp_path / "index.txt"
    page.write_text(f"Audio By Soundwave\n{LATEST}", encoding="utf-8")
    res = tracker(db_url, "ingest", str(page))
    assert res.exit_code == 1
    lines = [line for line in res.stderr.splitlines() if str(page) in line]
    assert len(lines) == 1 and "no article text" in lines[0]
    assert jsonl(tracker(db_url, "export", "articles", "--format", "jsonl")) == []
