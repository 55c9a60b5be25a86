"""Errors communique raises. Every message is one line that names the input and says what to do.

    CommuniqueError
    ├── InputError            a document that cannot become a record (becomes a Reject row)
    │   ├── UnreadableInput   empty, binary, undecodable, truncated, not an article
    │   ├── UnsupportedFormat a container we do not read
    │   └── LanguageRejected  not the language asked for (--lang)
    ├── DictionaryError       a bad row in a knowledge file (names file:line)
    ├── StoreError            the database cannot be opened or written
    └── ConfigError           a bad setting or option
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""


class InputError(CommuniqueError):
    """A document that cannot become a record. `code` is the Reject code (e.g. "ingest.empty")."""

    code = "input.unreadable"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        if code is not None:
            self.code = code

    @property
    def detail(self) -> str:
        return str(self)


class UnreadableInput(InputError):
    code = "ingest.unreadable"


class UnsupportedFormat(InputError):
    code = "ingest.unsupported"


class LanguageRejected(InputError):
    code = "article.language"


class DictionaryError(CommuniqueError):
    """A knowledge file (ours or a user's) has a bad row; the message names file:line."""


class StoreError(CommuniqueError):
    """The database cannot be opened, read or written."""


class ConfigError(CommuniqueError):
    """A setting, option or override that does not make sense."""
