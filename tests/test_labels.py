"""Label placement in the core: rectangles that never overlap, priority, wrapping."""

import random

from explorer.core.view.labels import LabelRequest, importance, place, shortened, wrap_two

LINE = 12.0
BOUNDS = (0.0, 0.0, 1000.0, 400.0)


def measure(text: str) -> float:
    return 6.0 * len(text)  # a monospaced stand-in for the font


def point(key, x, y, text, priority=(), **kw) -> LabelRequest:
    return LabelRequest(key, text, (x - 6, y - 6, x + 6, y + 6), priority, **kw)


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_a_title_with_room_is_shown_whole_on_one_line_right_of_its_mark():
    placed = place(
        [point("a", 100, 100, "US restricts exports of AI chips")], BOUNDS, measure, LINE
    )
    label = placed["a"]
    assert label.full and label.lines == ("US restricts exports of AI chips",)
    assert label.rect[0] > 106  # right of the marker


def test_a_label_never_covers_another_mark():
    # b's marker sits where a's one-line label would go.
    requests = [point("a", 100, 100, "A title long enough to reach b"), point("b", 160, 100, "b")]
    placed = place(requests, BOUNDS, measure, LINE)
    assert not overlaps(placed["a"].rect, requests[1].mark)


def test_the_higher_priority_label_wins_a_contested_place():
    # Only one of two labels fits in a narrow strip between two walls.
    walls = [((0, 0, 1000, 88), "wall"), ((0, 113, 1000, 400), "wall")]
    requests = [
        point("low", 100, 100, "twenty characters ok"),
        point("high", 112, 100, "twenty characters ok", priority=(1,)),
    ]
    placed = place(requests, BOUNDS, measure, LINE, walls)
    assert "high" in placed
    assert "low" not in placed or not overlaps(placed["low"].rect, placed["high"].rect)


def test_without_room_for_one_line_a_title_wraps_on_two():
    # A wall at x=300 leaves 190 px: the title is 240 px on one line, 120 on two.
    walls = [((300, 0, 1000, 400), "wall")]
    title = "ByteDance partners with Broadcom on a chip"
    placed = place([point("a", 100, 100, title)], BOUNDS, measure, LINE, walls)
    label = placed["a"]
    assert label.full and len(label.lines) == 2
    assert " ".join(label.lines) == title


def test_with_no_room_for_the_whole_title_it_is_shortened_at_a_word_boundary():
    # Room for one line (not two) and 220 px (not the whole title).
    walls = [((250, 0, 1000, 400), "w"), ((0, 0, 1000, 90), "w"), ((0, 112, 1000, 400), "w")]
    title = "Outgoing Biden administration closes the chip rental loophole"
    placed = place([point("a", 30, 100, title)], BOUNDS, measure, LINE, walls)
    label = placed["a"]
    assert not label.full
    assert label.lines[0].endswith("…")
    assert title.startswith(label.lines[0][:-1] + " ")  # cut between words


def test_a_period_label_sits_on_top_of_its_bar_from_its_start():
    bar = (200.0, 104.0, 400.0, 109.0)
    req = LabelRequest("p", "A year of chip orders", bar, over_bar=True)
    label = place([req], BOUNDS, measure, LINE)["p"]
    assert label.rect[0] == bar[0]
    assert label.rect[3] <= bar[1]  # above the bar, touching nothing else


def test_placement_is_deterministic_and_never_overlaps_on_random_marks():
    rng = random.Random(7)
    requests = [
        point(i, rng.uniform(0, 1000), rng.choice(range(20, 400, 20)), "word " * rng.randint(2, 9))
        for i in range(150)
    ]
    first = place(requests, BOUNDS, measure, LINE)
    assert first == place(list(reversed(requests)), BOUNDS, measure, LINE)
    rects = [label.rect for label in first.values()]
    for i, a in enumerate(rects):
        assert BOUNDS[0] <= a[0] and a[2] <= BOUNDS[2] and BOUNDS[1] <= a[1] and a[3] <= BOUNDS[3]
        assert not any(overlaps(a, b) for b in rects[i + 1 :])
        owner = next(k for k, v in first.items() if v.rect == a)
        assert not any(overlaps(a, r.mark) for r in requests if r.key != owner)


def test_importance_orders_selected_matched_primary_turning_points_entities_precision():
    rule = importance("regulation", 2, "month", primary=True, selected=False, matched=False)
    assert importance("trade", 1, "year", True, True, False) > rule  # selected first
    assert importance("trade", 1, "year", True, False, True) > rule  # then matches
    assert importance("regulation", 2, "month", False, False, False) < rule  # other lanes later
    assert importance("trade", 9, "day", True, False, False) < rule  # rules before trade
    assert importance("regulation", 2, "year", True, False, False) < rule  # a month tells more


def test_wrap_two_balances_the_lines_and_shortened_cuts_between_words():
    assert wrap_two("aaaa bb cc dddd", measure) == ("aaaa bb", "cc dddd")
    cuts = shortened("Trump says he could put tariffs on China")
    assert cuts[0] == "Trump says he could put tariffs on…"
    assert all(c.endswith("…") and len(c) >= 17 for c in cuts)


def _place_trying_every_box(requests, bounds, measure, line_height):
    """The placement rule in its plainest form: every candidate box, in order."""
    from explorer.core.view import labels

    index, placed = labels._Index(), {}
    for req in requests:
        index.add(req.mark, req.key)
    many = len(requests) > labels.MANY
    order = sorted(requests, key=lambda q: (tuple(-float(p) for p in q.priority), q.mark[0]))
    for req in order:
        for lines, full, rect, _ in labels._tries(req, measure, line_height, many):
            inside = bounds[0] <= rect[0] and rect[2] <= bounds[2]
            inside = inside and bounds[1] <= rect[1] and rect[3] <= bounds[3]
            if req.text and inside and not index.hits(rect, req.key):
                index.add(rect, ("label", req.key))
                placed[req.key] = labels.PlacedLabel(lines, rect, full)
                break
    return placed


def test_crowded_views_are_placed_as_if_every_box_were_tried():
    # Rows too low for most labels: place() skips the one-line tries of a request
    # whose narrowest one-line box is taken; it must place exactly the same labels.
    rng = random.Random(7)
    words = [
        "ByteDance",
        "Nvidia",
        "chips",
        "orders",
        "rule",
        "a",
        "H20",
        "export",
        "controls",
        "budget",
    ]
    for crowd in (30, 150, 450):
        requests = [
            point(
                i,
                rng.uniform(0, 1000),
                rng.choice(range(8, 400, 9)),
                " ".join(rng.choice(words) for _ in range(rng.randint(1, 9))),
                (rng.random() < 0.1,),
            )
            for i in range(crowd)
        ]
        assert place(requests, BOUNDS, measure, LINE) == _place_trying_every_box(
            requests, BOUNDS, measure, LINE
        )
