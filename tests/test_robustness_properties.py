"""Issue 7: random text never makes search or date parsing raise anything unexpected."""

import pytest
from conftest import search_ids
from factory import make_db
from hypothesis import example, given, settings
from hypothesis import strategies as st

from explorer.core.data.dates import PartialDate, PartialDateError
from explorer.core.data.store import Store

# Any code point, lone surrogates included, and the characters search syntax uses.
ANY_CHAR = st.characters(blacklist_categories=())
SYNTAX = st.sampled_from(['"', "'", "*", "(", ")", ":", "^", "-", "+", "AND", "OR", "NOT", "NEAR"])
QUERY = st.lists(st.one_of(ANY_CHAR, SYNTAX, st.just(" ")), max_size=60).map("".join)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    return [Store(make_db(folder / "fts.db")), Store(make_db(folder / "plain.db", fts=False))]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(QUERY, st.text()))
@example(text='"unbalanced')
@example(text="AND OR NOT")
@example(text="*")
@example(text="NEAR(acme")
@example(text="x" * 100_000)
@example(text="acme " * 5000)
@example(text="\x00")
def test_search_never_raises(stores, text):
    for store in stores:
        found = search_ids(store, text)
        assert isinstance(found, set) and found <= set(store.records)


DATE_LIKE = st.from_regex(r"\A-?\d{1,5}(-\d{0,3}(-\d{0,3})?)?\s*\Z")


@settings(max_examples=500, deadline=None)
@given(
    value=st.one_of(
        st.text(),
        st.text(alphabet=ANY_CHAR),
        DATE_LIKE,
        st.integers(),
        st.floats(),
        st.binary(),
        st.none(),
        st.dates().map(str),
    )
)
@example(value="2021-02-29")
@example(value="0000")
@example(value="2020-٠١")
@example(value="2020\n")
def test_partial_date_parse_returns_or_raises_its_own_error(value):
    try:
        parsed = PartialDate.parse(value)
    except PartialDateError as exc:
        assert len(str(exc)) < 200
        return
    # What parses is a real period that prints back to what it parsed from.
    assert PartialDate.parse(parsed.iso()) == parsed
    assert parsed.iso() == value.strip()
    start, end = parsed.interval()
    assert start < end
    parsed.spoken()
