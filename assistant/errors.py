"""Every error the package raises on purpose, as one tree.

AssistantError
├── CorpusError          the corpus path cannot be read at all (missing, no article files)
├── ModelLoadError       the embedding model cannot be loaded (offline, wrong name or path)
├── IndexProblem         something is wrong with the built index
│   ├── IndexMissing     nothing has been built at the index folder yet
│   ├── IndexMismatch    built with another model, dimension or chunking: rebuild it
│   └── BuildFailed      a build stopped; the previous index, if any, still serves
│       └── BuildBusy    another build or update holds the index folder
├── InvalidMessage       a user's message cannot be answered as sent (empty, too long)
└── UpdateError          an article update through the API was refused; nothing changed
    ├── InvalidArticle   the article sent cannot be loaded (its problem is named)
    └── NoSuchArticle    there is no article with that id

A single malformed article is not an exception: loading reports it as an `ArticleProblem` and goes on.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: the message is written for the person who must act on it."""


class CorpusError(AssistantError):
    """The corpus path is missing or holds no article files."""


class ModelLoadError(AssistantError):
    """The embedding model could not be loaded."""


class IndexProblem(AssistantError):
    """The index cannot be used as it is."""


class IndexMissing(IndexProblem):
    """No index has been built in the index folder."""


class IndexMismatch(IndexProblem):
    """The index was built with settings that differ from the current ones."""


class BuildFailed(IndexProblem):
    """An index build did not complete; the previous index was left in place."""


class BuildBusy(BuildFailed):
    """Another build or update of the same index folder is running; try again later."""


class InvalidMessage(AssistantError):
    """A user's message is empty or too long. `code` is stable and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class UpdateError(AssistantError):
    """An article update was refused before anything changed. `code` is stable and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class InvalidArticle(UpdateError):
    """The article sent cannot be loaded: malformed front matter or JSON, no text, an id that differs, ..."""


class NoSuchArticle(UpdateError):
    """No article has this id."""
