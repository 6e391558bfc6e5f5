"""An export of filtered events frames them and says its range as people do."""

from datetime import date

from factory import make_db

from explorer.core.data.dates import SECONDS_PER_DAY, PartialDate, to_seconds
from explorer.core.data.store import Store
from explorer.core.view.choices import apply_choices
from explorer.core.view.framing import categories_shown, frame, spoken_range, spoken_view
from explorer.core.view.session import Session

EVENTS = [
    {"id": 1, "title": "Acme founded", "start": "2019", "category": "corporate"},
    {"id": 2, "title": "Globex talks", "start": "2022", "end": "2023", "category": "trade"},
    {"id": 3, "title": "Globex deal", "start": "2024-06", "category": "trade"},
    {"id": 4, "title": "Globex sued", "start": "2024-12", "end": "2025-01", "category": "court"},
    {"id": 5, "title": "Globex fined", "start": "2025", "category": "court", "disputed": 1},
    {"id": 6, "title": "Globex audit", "start": "2024-09-03", "category": "audit"},
]
LINKS = [(1, 1), (2, 2), (3, 2), (4, 2), (5, 3), (6, 3)]


def _session(tmp_path, companies=()) -> Session:
    path = tmp_path / f"{'-'.join(companies)}.db"
    session = Session(Store(make_db(path, events=EVENTS, links=LINKS)))
    apply_choices(session, entities=companies)
    return session


def _day(text: str) -> float:
    return to_seconds(date.fromisoformat(text))


def test_spoken_range_keeps_each_dates_precision():
    p = PartialDate.parse
    assert spoken_range(p("2022"), p("2024")) == "2022 – 2024"
    assert spoken_range(p("2024-06"), p("2025-01")) == "June 2024 – January 2025"
    assert spoken_range(p("2022"), p("2025-01")) == "2022 – January 2025"
    assert spoken_range(p("2024"), p("2024")) == "2024"


def test_a_filtered_export_frames_its_own_events(tmp_path):
    session = _session(tmp_path, companies=["Globex"])  # events 2, 3 and 4: 2022 - January 2025
    shown = frame(session)
    first, last = _day("2022-01-01"), _day("2025-02-01")
    assert shown.words == "2022 – January 2025"
    margin = 0.04 * (last - first)
    assert abs(shown.t0 - (first - margin)) < 1 and abs(shown.t1 - (last + margin)) < 1
    # the unfiltered data reaches back to 2019: the frame does not
    assert shown.t0 > _day("2021-06-01")


def test_a_narrow_frame_keeps_a_month_either_side(tmp_path):
    session = _session(tmp_path, companies=["Ruritania"])  # 3 September 2024 and 2025
    shown = frame(session)
    assert shown.words == "3 September 2024 – 2025"
    session.filters.set(hidden_categories={"court"})  # only the one day is left
    shown = frame(session)
    assert shown.words == "3 September 2024"
    assert shown.t0 <= _day("2024-09-03") - 31 * SECONDS_PER_DAY
    assert shown.t1 >= _day("2024-09-04") + 31 * SECONDS_PER_DAY


def test_ties_are_said_at_the_coarsest_precision(tmp_path):
    events = [
        {"id": 1, "title": "a", "start": "2024-06", "end": "2024-12"},
        {"id": 2, "title": "b", "start": "2024-06-01", "end": "2024"},
    ]
    path = make_db(tmp_path / "t.db", events=events, links=[(1, 1), (2, 1)])
    assert frame(Session(Store(path))).words == "June 2024 – 2024"


def test_the_range_the_user_gave_is_said_as_given(tmp_path):
    session = _session(tmp_path, companies=["Globex"])
    shown = frame(session, "2023", "2025-01")
    assert shown.words == "2023 – January 2025"
    assert (shown.t0, shown.t1) == (_day("2023-01-01"), _day("2025-02-01"))
    only_from = frame(session, "2023")  # the other end frames the events
    assert only_from.words == "2023 – January 2025"
    assert only_from.t0 == _day("2023-01-01") and only_from.t1 > _day("2025-02-01")


def test_a_view_range_is_said_at_the_precision_its_ends_fall_on():
    assert spoken_view(_day("2023-01-01"), _day("2025-01-01")) == "2023 – 2024"
    assert spoken_view(_day("2023-02-01"), _day("2024-08-01")) == "February 2023 – July 2024"
    assert spoken_view(_day("2019-10-05"), _day("2026-03-29")) == "October 2019 – March 2026"
    assert spoken_view(_day("2024-06-03"), _day("2024-06-20")) == "3 June 2024 – 19 June 2024"


def test_categories_are_those_on_the_image(tmp_path):
    session = _session(tmp_path, companies=["Globex"])
    assert categories_shown(session, *session.view.bounds) == (["court", "trade"], False)
    session = _session(tmp_path, companies=["Ruritania"])
    assert categories_shown(session, *session.view.bounds) == (["audit", "court"], True)
    # outside the time range a category is not on the image
    assert categories_shown(session, _day("2024-09-01"), _day("2024-10-01")) == (["audit"], False)
