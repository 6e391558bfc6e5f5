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

from ..words import translate
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
            raise RemoteError(
                translate("RemoteError", "{url}: not an http:// or https:// address").format(
                    url=text
                )
            )
        segments = [s for s in parts.path.split("/") if s]
        if not segments:
            example = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/DATABASE"
            message = translate("RemoteError", "{url}: name the database too, as in {example}")
            raise RemoteError(message.format(url=redact(text), example=example))
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
            text = translate(
                "RemoteError", "{host} stopped a query at its time limit (sql_time_limit_ms)"
            )
            return RemoteError(text.format(host=where), status, True)
        if status in (401, 403):
            if self.token:
                text = translate(
                    "RemoteError",
                    "{host} refused access to {db} (HTTP {status}): the API token was not "
                    "accepted; set {variable} or enter a token",
                )
            else:
                text = translate(
                    "RemoteError",
                    "{host} refused access to {db} (HTTP {status}): it needs an API token; "
                    "set {variable} or enter a token",
                )
        elif status == 404:
            text = translate(
                "RemoteError",
                "{host} has nothing at {path} (HTTP 404): is {db} the database's name there?",
            )
        elif status >= 500:
            text = translate(
                "RemoteError",
                "the server at {host} failed (HTTP {status} {reason}); try again later",
            )
        else:
            text = translate("RemoteError", "{host} refused the request (HTTP {status} {reason})")
        message = text.format(
            host=where,
            db=self.address.database,
            status=status,
            variable=TOKEN_VARIABLE,
            path=self._what(exc.url),
            reason=exc.reason,
        )
        if detail:
            message += f": {detail[:300]}"
        return RemoteError(message, status)

    def _what(self, url: str) -> str:
        return urllib.parse.urlsplit(url).path

    def _unreachable(self, reason) -> RemoteError:
        where = self.where
        if isinstance(reason, ConnectionRefusedError):
            text = translate(
                "RemoteError",
                "Cannot reach {host}: the connection was refused (is Datasette running?)",
            )
        elif isinstance(reason, TimeoutError | socket.timeout):
            text = translate("RemoteError", "{host} did not answer within {seconds} seconds")
        elif isinstance(reason, socket.gaierror):
            text = translate("RemoteError", "Cannot reach {host}: no such host")
        elif isinstance(reason, ConnectionError | http.client.HTTPException):
            text = translate(
                "RemoteError", "{host} closed the connection before answering ({reason})"
            )
        else:
            text = translate("RemoteError", "Cannot reach {host} ({reason})")
        return RemoteError(
            text.format(host=where, seconds=f"{self.timeout:g}", reason=_plain(reason))
        )

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
                text = translate(
                    "RemoteError",
                    "{host} sent a page without a list of tables: is {url} a Datasette database?",
                )
                url = redact(self.address.url)
                first = first or RemoteError(text.format(host=self.where, url=url))
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
            text = translate(
                "RemoteError",
                "{host} sent a page that is not valid JSON for {path} "
                "(is this a Datasette server?)",
            )
            raise RemoteError(text.format(host=self.where, path=path)) from None

    def sql(self, query: str, params: dict | None = None) -> list[list]:
        """The rows of a read-only SQL query, its values bound as :name parameters
        (never pasted into the text). Raises RemoteError when Datasette cut the
        answer at its max_returned_rows: callers ask for fewer rows at once."""
        page = self.get_json(".json", {"sql": query, "_shape": "arrays", **(params or {})})
        if not isinstance(page, dict) or not isinstance(page.get("rows"), list):
            text = translate("RemoteError", "{host} sent an answer of an unknown shape to a query")
            raise RemoteError(text.format(host=self.where))
        if page.get("truncated"):
            text = translate("RemoteError", "{host} returned only part of the rows (its row limit)")
            raise Truncated(text.format(host=self.where))
        return page["rows"]

    def _cut_short(self, exc) -> RemoteError:
        if isinstance(exc, TimeoutError | socket.timeout):
            text = translate(
                "RemoteError",
                "{host} stopped sending: it sent nothing for {seconds} seconds; "
                "the server may have gone away",
            )
        else:
            text = translate(
                "RemoteError",
                "{host} stopped sending: the connection was cut; the server may have gone away",
            )
        return RemoteError(text.format(host=self.where, seconds=f"{self.timeout:g}"))


class Truncated(RemoteError):
    """Datasette answered with only its max_returned_rows rows."""


def _plain(reason) -> str:
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return str(text)
