"""The source text around a quote: paragraphs, escaped highlights, text-fragment links."""

from components.view import article

TEXT = "First para.\n\nHe said: “<b>bold</b> & more.\n\nLast, para-graph."


def test_paragraph_bounds_find_the_paragraph_of_a_span():
    start = TEXT.index("<b>")
    begin, end = article.paragraph_bounds(TEXT, start, start + 3)
    assert TEXT[begin:end] == "He said: “<b>bold</b> & more."


def test_highlight_escapes_markup_and_marks_only_the_span():
    start = TEXT.index("<b>")
    out = article.highlighted_html(TEXT, [(start, start + len("<b>bold</b>"), "selected")])
    assert '<mark class="selected">&lt;b&gt;bold&lt;/b&gt;</mark> &amp; more.' in out
    assert "<b>" not in out and out.count("<p>") == 3


def test_text_fragment_link_encodes_the_syntax_characters():
    link = article.text_fragment_url("https://example.org/a#top", "Last, para-graph.")
    assert link == "https://example.org/a#:~:text=Last%2C%20para%2Dgraph."


def test_long_passages_link_by_first_and_last_words():
    words = " ".join(f"w{i}" for i in range(30))
    link = article.text_fragment_url("https://e.org/", words, words=3)
    assert link.endswith("#:~:text=w0%20w1%20w2,w27%20w28%20w29")


def test_escape_markdown_leaves_no_live_markup():
    escaped = article.escape_markdown("**bold** [link](http://x) :red[alert] <b>")
    assert "\\*\\*bold\\*\\*" in escaped and "\\[link\\]" in escaped and "\\<b\\>" in escaped
