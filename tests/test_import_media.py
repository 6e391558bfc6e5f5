"""TimelineJS media: kept as a source holding the link, caption and credit, quoted
as the file writes it; media-only slides kept with a title from their media."""

import json

from import_helpers import query, run_import

from explorer.core.data.validate import validate

SLIDES = {
    "title": {"text": {"headline": "Media"}},
    "events": [
        {
            "start_date": {"year": "2015", "month": "3"},
            "media": {"url": "https://youtu.be/abc123", "caption": "", "credit": "a Youtube video"},
        },
        {
            "start_date": {"year": "2016"},
            "media": {
                "url": '<blockquote class="twitter-tweet"><p>Hello world</p></blockquote>',
                "credit": '<a href="https://twitter.com/x/status/1">a tweet</a>',
            },
        },
        {
            "start_date": {"year": "2017", "month": "5", "day": "2", "hour": "9", "minute": "5"},
            "text": {"headline": "With a caption"},
            "media": {"url": "https://example.org/img/p%C3%A4ss.jpg", "caption": "<i>The</i> pass"},
        },
        {"start_date": {"year": "2018"}, "media": {"url": "https://example.org/img/only.png"}},
    ],
}


def test_media_slides_kept_with_links(capsys, tmp_path):
    src = tmp_path / "media.json"
    src.write_text(json.dumps(SLIDES, indent=1, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "m.db"
    code, out, err = run_import(capsys, db, src, args=["--format", "timelinejs"])
    assert code == 0 and err == "" and "4 events imported" in out
    assert "4 media kept as links" in out and "3 media-only slides titled from their media" in out
    rows = query(
        db,
        "SELECT e.title, s.url, s.outlet, s.title FROM events e JOIN citations c "
        "ON c.event_id = e.id JOIN sources s ON s.id = c.source_id "
        "WHERE s.url IS NOT NULL ORDER BY e.id",
    )
    assert rows == [
        ("a Youtube video", "https://youtu.be/abc123", "a Youtube video", None),
        ("a tweet", "https://twitter.com/x/status/1", "a tweet", None),
        ("With a caption", "https://example.org/img/p%C3%A4ss.jpg", None, "The pass"),
        ("only.png (example.org)", "https://example.org/img/only.png", None, None),
    ]
    start = query(db, "SELECT start FROM events WHERE title = 'With a caption'")[0][0]
    assert start == "2017-05-02T09:05"  # every time field handed to the date
    problems, unchecked = validate(db, [tmp_path])
    assert problems == [] and unchecked == 0  # every quote, media ones too, is in the file
