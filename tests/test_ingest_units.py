"""The pieces of ingestion that need no database: decoding, metadata, furniture, fingerprints."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tracker.errors import InputError
from tracker.ingest.decode import decode_bytes
from tracker.ingest.meta import guess_language, outlet_identity, parse_published, registrable_domain
from tracker.ingest.simhash import MAX_BITS, MIN_JACCARD, hamming, jaccard, simhash
from tracker.ingest.sources import sniff_format
from tracker.ingest.tabular import FieldMap, parse_map
from tracker.ingest.text import clean_text
from tracker.errors import TrackerError

QUOTE = "\u201cWe will not close the clinic,\u201d said Dr. Zo\u00eb M\u00fcller, the caf\u00e9 owner\u2019s sister."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-8-sig"])
def test_decoding_each_encoding_gives_the_same_text(encoding):
    assert decode_bytes(QUOTE.encode(encoding), "x.txt") == QUOTE


def test_latin1_text_decodes():
    text = "Z\u00fcrich caf\u00e9 owners said the r\u00e9sum\u00e9 was fine."
    assert decode_bytes(text.encode("latin-1"), "x.txt") == text


def test_mixed_encodings_in_one_file_each_decode():
    # a UTF-8 file with one paragraph pasted from a Windows-1252 document
    data = "Caf\u00e9 owners met on Monday.\n".encode("utf-8") + "\u201cNo,\u201d said the mayor.\n".encode("cp1252")
    assert decode_bytes(data, "x.txt") == "Caf\u00e9 owners met on Monday.\n\u201cNo,\u201d said the mayor.\n"


def test_binary_is_refused_with_the_input_named():
    with pytest.raises(InputError) as err:
        decode_bytes(bytes(range(256)) * 8, "photo.jpg")
    assert err.value.source == "photo.jpg" and "binary" in err.value.reason


@pytest.mark.parametrize("name, head, fmt", [
    ("a.html", b"<p>x</p>", "html"),
    ("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("a.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
    ("feed", b'<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ("a.warc.gz", b"", "warc"),
    ("crawl", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
    ("a.jsonl", b'{"text": "x"}\n', "jsonl"),
    ("export.dat", b'{"text": "x", "title": "y"}\n{"text": "z"}\n', "jsonl"),
    ("a.csv.gz", b"title,text\n", "csv"),
    ("a.txt", b"Council approves budget\n\nThe council voted.", "text"),
    ("notes.txt", b"{braces in a text file}\n", "text"),
])
def test_format_detection(name, head, fmt):
    assert sniff_format(name, head) == fmt


def test_outlet_from_host_and_from_name_is_one_identity():
    _, domain, host_keys = outlet_identity(None, "https://www.theguardian.com/world/2026/mar/03/story")
    _, _, name_keys = outlet_identity("The Guardian", None)
    assert domain == "theguardian.com"
    assert host_keys & name_keys
    # a host given as the outlet name is a host, and country second-level domains count
    assert outlet_identity("www.bbc.co.uk", None)[1] == "bbc.co.uk"
    assert outlet_identity("BBC News", None)[2] & outlet_identity(None, "https://news.bbc.co.uk/x")[2]
    # different outlets stay different
    assert not outlet_identity("The Times", None)[2] & outlet_identity(None, "https://www.nytimes.com/")[2]


@pytest.mark.parametrize("host, domain", [
    ("www.theguardian.com", "theguardian.com"), ("edition.cnn.com", "cnn.com"),
    ("news.bbc.co.uk", "bbc.co.uk"), ("www.smh.com.au", "smh.com.au"), ("m.example.org", "example.org"),
])
def test_registrable_domain(host, domain):
    assert registrable_domain(host) == domain


@pytest.mark.parametrize("value, expected", [
    ("2026-03-03T14:05:00+01:00", datetime(2026, 3, 3, 13, 5, tzinfo=timezone.utc)),
    ("2026-03-03T13:05:00Z", datetime(2026, 3, 3, 13, 5, tzinfo=timezone.utc)),
    ("Tue, 03 Mar 2026 14:05:00 +0100", datetime(2026, 3, 3, 13, 5, tzinfo=timezone.utc)),
    ("1772543100", datetime(2026, 3, 3, 13, 5, tzinfo=timezone.utc)),
    ("1772543100000", datetime(2026, 3, 3, 13, 5, tzinfo=timezone.utc)),
    ("2026-03-03", datetime(2026, 3, 3)),  # no zone: stays naive, not shifted
    ("March 3, 2026", datetime(2026, 3, 3)),
])
def test_published_is_utc_when_the_zone_is_known(value, expected):
    dt, note = parse_published(value)
    assert note is None and dt == expected and (dt.tzinfo is None) == (expected.tzinfo is None)


def test_an_unreadable_date_is_a_note_not_a_failure():
    dt, note = parse_published("sometime last spring-ish??")
    assert dt is None and "not understood" in note


@pytest.mark.parametrize("text, lang", [
    ("The council said on Tuesday that the budget for the coming year would be balanced, and the mayor "
     "said it was a good day for the city and for all of the people who live in it.", "en"),
    ("Der Stadtrat hat am Dienstag den Haushalt beschlossen, und die Bürgermeisterin sagte, dass es ein "
     "guter Tag für die Stadt sei und dass die Schulen mit dem Geld saniert werden.", "de"),
    ("Le conseil municipal a adopté mardi le budget de la ville, et la maire a déclaré que les écoles "
     "seront rénovées avec cet argent et que les impôts ne sont pas augmentés pour les familles.", "fr"),
    ("El ayuntamiento aprobó el martes el presupuesto de la ciudad, y la alcaldesa dijo que las escuelas "
     "se renovarán con ese dinero y que los impuestos no subirán para las familias de la ciudad.", "es"),
    ("Short line.", None),
])
def test_language_guess(text, lang):
    assert guess_language(text) == lang


BODY = (
    "The council voted 7-2 on Tuesday to approve the budget, the mayor said in a statement to reporters.\n\n"
    "\"This is a good day,\" she said, adding that more work was needed on housing.\n"
)


@pytest.mark.parametrize("before, after", [
    ("Listen to this article\n4 min listen\n\n", ""),
    ("00:00 / 03:12\nShare\n\n", ""),
    ("We use cookies to improve your experience. By continuing you accept our use of cookies.\n\n", ""),
    ("", "\nShare this article\nCopyright 2026 Harbour Times. All rights reserved.\n"),
    ("", "\nRead more\nPolice chief retires after 30 years\nStorm closes harbour bridge\n"),
    ("", "\nYou may also like\nPolice chief retires after 30 years\nStorm closes harbour bridge\n"),
    ("", "\nSign up for our newsletter\n"),
])
def test_page_furniture_is_cut(before, after):
    assert clean_text(before + BODY + after) == BODY


def test_inline_links_and_adverts_inside_the_body_are_cut():
    raw = BODY.replace("\n\n", "\n\nAdvertisement\n\nRead more: Council members clash over housing plan\n\n")
    assert clean_text(raw) == BODY


@pytest.mark.parametrize("content", [
    # lines with figures are content even when they start like furniture
    "Share - basic 22.2p vs 21.6p\n\nFinal dividend 6.3p vs 5.7p\n",
    "CLOSE APRIL 6\n\nCENTS PER LB CHANGE\n",
    "Other income 30 mln vs 41 mln\n\nFinancial costs 52 mln vs 100 mln\n",
    # a sentence that mentions comments or following up is not furniture
    BODY + "\nComments are due by April 24 and a report is required by May 10.\n",
    BODY + "\nFollow-up talks are planned for next week, officials said.\n",
])
def test_content_that_resembles_furniture_is_kept(content):
    assert clean_text(content) == content


def test_map_option_parsing():
    assert parse_map(["text=body,title=headline", "outlet=source.name"]) == {
        "text": "body", "title": "headline", "outlet": "source.name"}
    with pytest.raises(TrackerError, match="unknown field 'txt'"):
        parse_map("txt=body")
    with pytest.raises(TrackerError, match="FIELD=COLUMN"):
        parse_map("text")


def test_default_column_names_cover_common_exports():
    fm = FieldMap()
    assert fm.resolve(["id", "title", "published", "outlet", "dateline", "text"]) == {
        "text": "text", "title": "title", "published": "published", "outlet": "outlet"}
    assert fm.resolve(["Headline", "Body", "publishedAt", "link", "media_name", "Author"]) == {
        "text": "Body", "title": "Headline", "published": "publishedAt", "url": "link",
        "outlet": "media_name", "byline": "Author"}
    # an explicit mapping wins and its column is not taken by a default
    assert FieldMap({"text": "summary"}).resolve(["summary", "text"])["text"] == "summary"


WIRE = (
    "Lakeport Water Authority said on Tuesday it would raise residential rates by 6 percent next year, "
    "citing the cost of replacing lead pipes under the city's older neighbourhoods. The increase, the first "
    "in four years, would add about 4 dollars a month to a typical household bill, the authority said in a "
    "statement. \"We cannot keep patching a system that was built before our grandparents were born,\" said "
    "Maria Okafor, the authority's chief executive. \"The pipes have to come out, and they have to come out "
    "now.\" City Councillor Daniel Reyes told reporters that he would ask the council to delay the vote until "
    "the authority published its full accounts for the last three years. A spokesperson for the Lakeport "
    "Tenants Union declined to comment. The authority supplies water to about 240,000 homes and businesses "
    "in Lakeport and three neighbouring towns, and has replaced about a fifth of its lead pipes since 2019. "
    "It said the rest would take a decade to replace. The council is due to vote on the rates next month. "
    "Reyes said he expected a close vote, with several members worried about the effect on older residents "
    "living on fixed incomes. Okafor said the authority would offer a discount to households on benefits."
)


def syndicated_copy(text: str) -> str:
    """What another outlet prints: its own dateline, a spelling, a word changed, the end cut."""
    words = text.split()
    kept = " ".join(words[: int(len(words) * 0.7)])
    return ("LAKEPORT (Harbour Wire) - " + kept.replace("neighbourhoods", "neighborhoods")
            .replace("told reporters", "said").replace("about a fifth", "roughly a fifth"))


FOLLOW_UP = (
    "Lakeport's city council voted on Thursday to delay a decision on higher water rates until the water "
    "authority publishes its full accounts, handing a victory to Councillor Daniel Reyes. \"People deserve to "
    "see where their money goes before we ask them for more,\" Reyes said after the vote. The authority, which "
    "supplies water to about 240,000 homes and businesses in Lakeport and three neighbouring towns, said it "
    "would publish the accounts within a month. Its chief executive, Maria Okafor, said the delay would not "
    "stop work on replacing lead pipes. The council is due to vote on the rates again in the spring."
)


def test_simhash_threshold_groups_a_syndicated_copy_and_not_a_follow_up():
    """MAX_BITS and MIN_JACCARD, justified: a copy with another dateline, two edits and the last
    third cut falls within the threshold; a different story on the same subject by the same
    desk, sharing names, figures and a background sentence, falls far outside it."""
    wire, copy, follow = simhash(WIRE), simhash(syndicated_copy(WIRE)), simhash(FOLLOW_UP)
    assert hamming(wire, copy) <= MAX_BITS
    assert jaccard(WIRE, syndicated_copy(WIRE)) >= MIN_JACCARD
    assert hamming(wire, follow) > MAX_BITS + 6
    assert jaccard(WIRE, FOLLOW_UP) < MIN_JACCARD / 2
    # the fingerprint is a signed 64-bit integer (a BIGINT) and the same in every process
    assert -(2**63) <= wire < 2**63
    assert simhash(WIRE) == wire and simhash("") is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_containers_are_read_a_record_at_a_time(fmt, tmp_path):
    """Memory stays bounded whatever the export's size: the first record is ready after a
    buffer's worth of the file has been read, not the whole of it."""
    import json

    from tracker.ingest.sources import iter_units

    body = "The council said on Tuesday that the budget was balanced. " * 15
    path = tmp_path / f"big.{fmt}"
    with path.open("w", encoding="utf-8") as fh:
        if fmt == "csv":
            fh.write("title,text\n")
        for i in range(20000):
            fh.write(json.dumps({"title": str(i), "text": body}) + "\n" if fmt == "jsonl" else f'{i},"{body}"\n')
    units = iter_units([str(path)])
    first = next(units)
    assert first.source == f"{path}#1"
    assert first.progress < 300_000 < path.stat().st_size // 50
    units.close()
