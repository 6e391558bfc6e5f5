"""A small read-only client for a database served by Datasette. Qt-free.

The standard library's urllib, not httpx: we need only GET with one header, a
timeout and a streamed body, and the packaged app gains no dependency. Every
failure (refused, timed out, an HTTP error, a body cut short, a page that is
not JSON) becomes one RemoteError whose message says what happened in words.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .store import StoreError

TOKEN_VARIABLE = "TIMELINE_EXPLORER_TOKEN"  # an API token: never written anywhere
TIMEOUT = 15.0  # seconds a request may wait for the server to say anything
USER_AGENT = "timeline-explorer"


class RemoteError(StoreError):
    """A Datasette server that could not be read; `status` is its HTTP status, if any."""

    def __init__(self, message: str, status: int | None = None, interrupted: bool = False):
        super().__init__(message)
        self.status = status
        self.interrupted = interrupted  # Datasette's sql_time_limit_ms stopped the query

    @property
    def needs_token(self) -> bool:
        return self.status in (401, 403)


@dataclass(frozen=True)
class DatabaseURL:
    """`http://host:port/prefix/dbname`, split; never holds credentials."""

    root: str  # the server's base URL, ending in "/"
    segment: str  # the database's part of the URL, exactly as given (Datasette tilde-encodes)

    @classmethod
    def parse(cls, text: str) -> DatabaseURL:
        parts = urllib.parse.urlsplit(text.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteError(f"{text}: not an http:// or https:// address")
        segments = [s for s in parts.path.split("/") if s]
        if not segments:
            raise RemoteError(
                f"{redact(text)}: name the database too, as in {parts.scheme}://"
                f"{parts.netloc.rpartition('@')[2]}/DATABASE"
            )
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        prefix = "/".join(segments[:-1])
        root = f"{parts.scheme}://{host}/" + (f"{prefix}/" if prefix else "")
        return cls(root, segments[-1].removesuffix(".json"))

    def parent(self) -> DatabaseURL | None:
        """The address one level up: the database of a table's page
        (http://host/db/events), or None at the server's root."""
        parts = urllib.parse.urlsplit(self.root)
        segments = [s for s in parts.path.split("/") if s]
        if not segments:
            return None
        prefix = "/".join(segments[:-1])
        root = f"{parts.scheme}://{parts.netloc}/" + (f"{prefix}/" if prefix else "")
        return DatabaseURL(root, segments[-1])

    @property
    def database(self) -> str:
        """The database's name, as people read it."""
        return urllib.parse.unquote(self.segment)

    @property
    def url(self) -> str:
        return self.root + self.segment

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.root).netloc


def redact(text: str) -> str:
    """A URL without user, password, query or fragment: what may be shown or kept."""
    parts = urllib.parse.urlsplit(text)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class DatasetteClient:
    """GETs against one database; safe to use from several threads at once
    (each request is its own connection)."""

    def __init__(self, url: str, token: str | None = None, timeout: float = TIMEOUT):
        self.address = DatabaseURL.parse(url)
        self.token = token if token is not None else os.environ.get(TOKEN_VARIABLE) or None
        self.timeout = timeout

    @property
    def where(self) -> str:
        return self.address.host

    def _open(self, path: str, params, root: bool = False) -> http.client.HTTPResponse:
        query = urllib.parse.urlencode(params, doseq=True)
        base = self.address.root if root else self.address.url
        url = base + path + (f"?{query}" if query else "")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 (http/https only)
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except urllib.error.URLError as exc:
            raise self._unreachable(exc.reason) from None
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            raise self._unreachable(exc) from None

    def _http_error(self, exc: urllib.error.HTTPError) -> RemoteError:
        body = {}
        with contextlib.suppress(ValueError, OSError, http.client.HTTPException):
            body = json.loads(exc.read(64_000) or b"{}")  # Datasette says why in JSON
        body = body if isinstance(body, dict) else {}
        detail = str(body.get("error") or "")
        status, where = exc.code, self.where
        if body.get("title") == "SQL Interrupted":
            return RemoteError(
                f"{where} stopped a query at its time limit (sql_time_limit_ms)", status, True
            )
        if status in (401, 403):
            message = (
                f"{where} refused access to {self.address.database} (HTTP {status}): "
                + ("the API token was not accepted" if self.token else "it needs an API token")
                + f"; set {TOKEN_VARIABLE} or enter a token"
            )
        elif status == 404:
            message = (
                f"{where} has nothing at {self._what(exc.url)} (HTTP 404): "
                f"is {self.address.database} the database's name there?"
            )
        elif status >= 500:
            message = f"the server at {where} failed (HTTP {status} {exc.reason}); try again later"
        else:
            message = f"{where} refused the request (HTTP {status} {exc.reason})"
        if detail:
            message += f": {detail[:300]}"
        return RemoteError(message, status)

    def _what(self, url: str) -> str:
        return urllib.parse.urlsplit(url).path

    def _unreachable(self, reason) -> RemoteError:
        where = self.where
        if isinstance(reason, ConnectionRefusedError):
            return RemoteError(
                f"Cannot reach {where}: the connection was refused (is Datasette running?)"
            )
        if isinstance(reason, TimeoutError | socket.timeout):
            return RemoteError(f"{where} did not answer within {self.timeout:g} seconds")
        if isinstance(reason, socket.gaierror):
            return RemoteError(f"Cannot reach {where}: no such host")
        if isinstance(reason, ConnectionError | http.client.HTTPException):
            return RemoteError(f"{where} closed the connection before answering ({_plain(reason)})")
        return RemoteError(f"Cannot reach {where} ({_plain(reason)})")

    def database_page(self) -> dict:
        """The database's own page, with its list of tables. An address copied
        from a table's or a row's page in the browser is taken back to its
        database; anything else raises RemoteError about the address given."""
        given, first = self.address, None
        for _ in range(3):  # a database's, a table's or a row's address
            try:
                page = self.get_json(".json")
            except RemoteError as exc:
                first = first or exc
                if exc.status != 404:
                    break
            else:
                if isinstance(page, dict) and isinstance(page.get("tables"), list):
                    return page
                first = first or RemoteError(
                    f"{self.where} sent a page without a list of tables: "
                    f"is {redact(self.address.url)} a Datasette database?"
                )
            parent = self.address.parent()
            if parent is None:
                break
            self.address = parent
        self.address = given
        raise first

    def get_json(self, path: str = ".json", params=(), root: bool = False) -> object:
        """A JSON page of the database (path relative to its URL, or with
        `root` to the server's); read whole, so a body cut short (the server
        went away) is an error, never half a page."""
        with self._open(path, params, root) as response:
            try:
                body = response.read()
            except (OSError, http.client.HTTPException) as exc:
                raise self._cut_short(exc) from None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise RemoteError(
                f"{self.where} sent a page that is not valid JSON for {path} "
                "(is this a Datasette server?)"
            ) from None

    def sql(self, query: str, params: dict | None = None) -> list[list]:
        """The rows of a read-only SQL query, its values bound as :name parameters
        (never pasted into the text). Raises RemoteError when Datasette cut the
        answer at its max_returned_rows: callers ask for fewer rows at once."""
        page = self.get_json(".json", {"sql": query, "_shape": "arrays", **(params or {})})
        if not isinstance(page, dict) or not isinstance(page.get("rows"), list):
            raise RemoteError(f"{self.where} sent an answer of an unknown shape to a query")
        if page.get("truncated"):
            raise Truncated(f"{self.where} returned only part of the rows (its row limit)")
        return page["rows"]

    def _cut_short(self, exc, when: str = "") -> RemoteError:
        if isinstance(exc, TimeoutError | socket.timeout):
            reason = f"it sent nothing for {self.timeout:g} seconds"
        else:
            reason = "the connection was cut"
        return RemoteError(
            f"{self.where} stopped sending{' ' + when if when else ''}: {reason}; "
            "the server may have gone away"
        )


class Truncated(RemoteError):
    """Datasette answered with only its max_returned_rows rows."""


def _plain(reason) -> str:
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return str(text)
