"""The .deb's MIME type for saved views matches the app's suffix and its menu entry."""

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from explorer.core.view.view_file import SUFFIX

ROOT = Path(__file__).resolve().parents[1]
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_saved_view_mime_type_globs_the_suffix_and_the_desktop_file_claims_it():
    tree = ET.parse(ROOT / "resources" / "mime" / "timeline-explorer.xml")
    (mime_type,) = tree.getroot().findall("m:mime-type", NS)
    globs = [g.get("pattern") for g in mime_type.findall("m:glob", NS)]
    assert globs == [f"*{SUFFIX}"]

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "timeline-explorer.desktop", encoding="utf-8")
    claimed = entry["Desktop Entry"]["MimeType"].rstrip(";").split(";")
    assert mime_type.get("type") in claimed
    # The app opens what it claims: a database or a saved view as its one argument.
    assert entry["Desktop Entry"]["Exec"].split()[1] in ("%f", "%F", "%u", "%U")
