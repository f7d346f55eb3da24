"""Compose an answer from triage notices, verified quotes and template texts, and nothing else.

The shapes of what it returns (`Answer`, `Quote`, ...) are in `schema.py`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from urllib.parse import quote

import numpy as np

from assistant.answer.followup import (
    may_follow,
    more_urgent,
    names_subject,
    points_back,
    reads_as_follow_up,
    searched_text,
)
from assistant.answer.schema import (
    Answer,
    ArticleNote,
    Disclaimer,
    Found,
    Highlight,
    Notice,
    Quote,
    Screen,
    Triaged,
    TriageResult,
    Why,
)
from assistant.config import Settings
from assistant.embedding.embedders import Embedder, Vectors
from assistant.embedding.multilingual import multilingual
from assistant.errors import InvalidMessage
from assistant.index.layout import embedding_cache
from assistant.index.loaded import Index
from assistant.retrieval.intents import heading_intents
from assistant.retrieval.ranking import (
    Hit,
    Ranking,
    Signals,
    query_texts,
    query_vectors,
    rank,
    read,
    search,
    select,
)
from assistant.retrieval.reader import drug_names, vocabulary_of
from assistant.safety import urgency
from assistant.safety.disclaimers import choose
from assistant.safety.languages import detect, prepare
from assistant.safety.rules import DOSING
from assistant.safety.signs import ArticleSigns, SignMatch
from assistant.safety.triage import ScopeModel, Triage, Triager
from assistant.texts import render

log = logging.getLogger(__name__)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_message(message: str, max_chars: int) -> str:
    """The message as it will be answered: normalised, without control characters, within the length limit."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", message)).strip()
    if not text:
        raise InvalidMessage("empty_message", render("error.empty_message"))
    if len(text) > max_chars:
        raise InvalidMessage(
            "message_too_long",
            render("error.message_too_long", length=f"{len(text):,}", limit=f"{max_chars:,}"),
        )
    return text


def triager_for(
    settings: Settings, embedder: Embedder, index: Index, scope: ScopeModel | None = None
) -> Triager:
    """The triager for an index: the reviewed vocabulary, the index's article tags as medicine names, the
    scope model (its examples' embeddings cached beside the index's; pass one to reuse it), and the learned
    urgency screen with its multilingual embedding (loaded on the first message not in English)."""
    tags = {tag for _, article_tags in index.catalogue.titles.values() for tag in article_tags}
    scope = scope or ScopeModel(embedder, embedding_cache(settings.index_dir))
    return Triager(
        scope,
        medicine_names=tags,
        urgency=urgency.shipped(),
        multilingual=lambda texts: multilingual().encode(texts),
    )


class Assistant:
    """Answers messages from one loaded index with one embedder."""

    def __init__(
        self, settings: Settings, embedder: Embedder, index: Index, triager: Triager | None = None
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.index = index
        self.triager = triager or triager_for(settings, embedder, index)
        self.signs = ArticleSigns(index, embedder, embedding_cache(settings.index_dir))
        vocabulary_of(index)  # the question reader's names, built now rather than on the first message
        drug_names()
        prepare()  # language detection's model and word lists

    def answer(self, message: str, subject: str | None = None, country: str | None = None) -> Answer:
        """Answer a message; `subject` is what the conversation was about, for reading a follow-up; `country`
        picks the numbers the notices name (the settings' country by default)."""
        for step in self.steps(message, subject, country):
            if isinstance(step, Answer):
                return step
        raise AssertionError("steps() ends with the answer")

    def steps(
        self, message: str, subject: str | None = None, country: str | None = None
    ) -> Iterator[Triaged | Quote | Answer]:
        """The answer as it is made: the triage and its notices, then each verified quote, then the whole
        answer (for streaming). The message is checked first, so an invalid one raises before anything."""
        text = clean_message(message, self.settings.max_message_chars)
        return self._steps(text, subject, country)

    def _steps(
        self, text: str, subject: str | None, country: str | None
    ) -> Iterator[Triaged | Quote | Answer]:
        # The message is embedded as written (for triage), as the question reader searches it, and, for a
        # possible follow-up, with the subject. Each text alone: with int8 weights a text's vector depends a
        # little on the texts batched with it, and alone is how the ranking is measured.
        reading = read(self.index, text, detect(text).english)
        own = query_texts(reading, self.settings)
        following = searched_text(subject, text) if subject and reads_as_follow_up(text) else None
        vectors = self._embed_each([text, *own, *([following] if following else [])])
        found = self.triager.triage(text, vectors[text])
        query, asking = query_vectors(own, np.stack([vectors[t] for t in own]), self.embedder, self.settings)
        searched, follow_up, ranking = text, False, None
        if following is not None and may_follow(found):
            if not points_back(text):  # rank the message alone: does it name a subject of its own?
                ranking = rank(self.index, text, query, self.settings, reading, asking)
            if ranking is None or not names_subject([_named(c.signals) for c in ranking.candidates[:10]]):
                searched, follow_up, query, asking, ranking = following, True, vectors[following], None, None
                reading = read(self.index, following, detect(following).english)
                found = more_urgent(found, self.triager.triage(searched, query))
        signs: SignMatch | None = None
        if found.category in {"emergency", "personal_decision", "general"} and not found.foreign:
            ranking = ranking or rank(self.index, searched, query, self.settings, reading, asking)
            signs = self.signs.match(text, self._subjects(ranking))
            if signs is not None:
                found = _with_signs(found, signs)
        triage = _result(found)
        notices = [self._notice(n, found.language, country) for n in found.notices]
        yield Triaged(triage=triage, notices=notices)
        hits = self._hits(
            found,
            lambda: select(
                self.index,
                ranking or rank(self.index, searched, query, self.settings, reading, asking),
                self.settings,
            ),
        )
        if signs is not None:
            hits = [self._sign_hit(signs), *(h for h in hits if h.passage.row != signs.sentence.passage_row)]
            hits = hits[: self.settings.max_quotes]
        quotes = []
        for hit in hits:
            verified = self._verified(hit)
            if verified is not None:
                quotes.append(verified)
                yield verified
        lead = _lead(found, bool(quotes))
        quoted = {q.article_id: q.article_title for q in quotes}
        notes = self.index.catalogue.safety_notes
        if not follow_up:
            # Thanks keep the subject; a new question takes its first quoted article's, and one nothing answers
            # clears it, so that a follow-up to it is not read as being about an earlier article.
            kept = subject if found.social else None
            subject = quotes[0].article_title if quotes else kept
        if not follow_up and self.settings.expand_names:
            searched = reading.searched  # as the question reader spelt it out, for staff
        yield Answer(
            message=text,
            searched=searched,
            follow_up=follow_up,
            subject=subject,
            triage=triage,
            abstained=found.category in {"emergency", "personal_decision", "general"}
            and not quotes
            and not found.foreign,
            notices=notices,
            lead=self._notice(lead, found.language, country),
            article_notes=[
                ArticleNote(article_id=a, article_title=title, text=note)
                for a, title in quoted.items()
                for note in notes.get(a, ())
            ],
            quotes=quotes,
            disclaimers=self._disclaimers(found, hits, country),
            index_version=self.index.version,
        )

    def search(
        self,
        message: str,
        k: int,
        tags: Sequence[str] = (),
        sources: Sequence[str] = (),
        country: str | None = None,
    ) -> Found:
        """Passages only, for helpdesk tools: the best `k` relevant passages, optionally only from articles
        with one of `tags` or from one of `sources`, with the triage, notices and disclaimers of an answer.
        The same rules hold as for answers: nothing under `min_score`, nothing for an out-of-scope message
        or a self-harm intent, no dosing passages for self-harm."""
        text = clean_message(message, self.settings.max_message_chars)
        own = query_texts(read(self.index, text, detect(text).english), self.settings)
        vectors = self._embed_each([text, *own])
        found = self.triager.triage(text, vectors[text])
        query, asking = query_vectors(own, np.stack([vectors[t] for t in own]), self.embedder, self.settings)
        keep = _article_filter(self.index, tags, sources)
        hits = self._hits(found, lambda: search(self.index, text, query, self.settings, k, keep, asking))
        quotes = [q for q in (self._verified(hit) for hit in hits) if q is not None]
        return Found(
            message=text,
            triage=_result(found),
            notices=[self._notice(n, found.language, country) for n in found.notices],
            quotes=quotes,
            disclaimers=self._disclaimers(found, hits, country),
            index_version=self.index.version,
        )

    def _embed_each(self, texts: Sequence[str]) -> dict[str, Vectors]:
        """Each distinct text's vector, embedded alone."""
        return {t: self.embedder.encode([t])[0] for t in dict.fromkeys(texts)}

    def _hits(self, found: Triage, find: Callable[[], list[Hit]]) -> list[Hit]:
        """The passages `find` finds, under the safety rules: none for an out-of-scope message or a self-harm
        intent (nothing is searched), no dosing ones for self-harm."""
        if found.category == "out_of_scope" or found.intent or found.foreign:
            return []
        hits = find()
        if found.category == "self_harm":
            hits = [h for h in hits if not _about_dosing(h)]
        return hits

    def _subjects(self, ranking: Ranking) -> list[str]:
        """The articles whose subject the message names, among its leading candidates."""
        article_of = self.index.catalogue.article_of
        return list(
            dict.fromkeys(
                article_of[c.row] for c in ranking.candidates[:10] if names_subject([_named(c.signals)])
            )
        )

    def _sign_hit(self, signs: SignMatch) -> Hit:
        """The passage of the article's own emergency sentence, that sentence highlighted."""
        s = signs.sentence
        passage = self.index.store.passages([s.passage_row])[s.passage_row]
        return Hit(
            passage,
            round(signs.similarity, 4),
            Signals(similarity=signs.similarity, subject=1.0),
            [(s.start - passage.start, s.end - passage.start)],
        )

    def _disclaimers(self, found: Triage, hits: list[Hit], country: str | None) -> list[Disclaimer]:
        """The general disclaimer, then those the question's triage and the quoted passages call for (for a
        message in another language, the general one alone, in that language)."""
        chosen = choose(found, [h.passage for h in hits])
        if found.foreign:
            chosen = chosen[:1]
        return [
            Disclaimer(
                id=c.template,
                text=render(c.template, self.settings, language=found.language, country=country),
                why=c.why,
            )
            for c in chosen
        ]

    def _notice(self, template_id: str, language: str = "en", country: str | None = None) -> Notice:
        """A template as a notice; every fixed text an answer carries goes through here or `Disclaimer`."""
        return Notice(
            id=template_id, text=render(template_id, self.settings, language=language, country=country)
        )

    def _verified(self, hit: Hit) -> Quote | None:
        """The hit as a quote if its text is exactly the article's text at its span; otherwise dropped."""
        p = hit.passage
        if p.text != p.span_text or not p.text.strip():
            log.error(
                "passage %s does not match its article %s at %d:%d; not quoted",
                p.id,
                p.article_id,
                p.start,
                p.end,
            )
            return None
        return Quote(
            passage_id=p.id,
            article_id=p.article_id,
            article_title=p.article_title,
            article_updated=p.article_updated,
            section=p.heading,
            url=_article_url(self.settings.public_url, p.article_id, p.id, hit.highlights, p.anchor),
            text=p.text,
            start=p.start,
            end=p.end,
            score=round(hit.score, 4),
            highlights=[Highlight(start=a, end=b) for a, b in hit.highlights],
            why=Why(
                similarity=round(hit.signals.similarity, 4),
                lexical=round(hit.signals.lexical, 4),
                subject=round(hit.signals.subject, 4),
                intent=round(hit.signals.intent, 4),
                focus=round(hit.signals.focus, 4),
                asked=round(hit.signals.asked, 4),
            ),
        )


def _article_url(
    base: str, article_id: str, passage_id: str, highlights: list[tuple[int, int]], anchor: str
) -> str:
    """The article page at the passage's section, the passage highlighted and its answering sentences marked."""
    hl = ",".join(f"{a}-{b}" for a, b in highlights)
    return (
        f"{base}/articles/{quote(article_id)}?passage={passage_id}"
        + (f"&hl={hl}" if hl else "")
        + f"#{anchor}"
    )


def _article_filter(
    index: Index, tags: Sequence[str], sources: Sequence[str]
) -> Callable[[str], bool] | None:
    """Which articles a search may return: those with one of the tags and from one of the sources."""
    if not tags and not sources:
        return None
    wanted_tags = {t.strip().lower() for t in tags}
    wanted_sources = {s.strip().casefold() for s in sources}
    catalogue = index.catalogue

    def keep(article_id: str) -> bool:
        _, own_tags = catalogue.titles[article_id]
        if wanted_tags and not wanted_tags.intersection(own_tags):
            return False
        return not wanted_sources or catalogue.sources.get(article_id, "").casefold() in wanted_sources

    return keep


def _with_signs(found: Triage, signs: SignMatch) -> Triage:
    """The triage as an emergency, for a message that tells of signs its subject's article says need emergency
    care (the notice first, the article's sentence quoted under it)."""
    notices = ("notice.emergency", *(n for n in found.notices if n != "notice.emergency"))
    reason = signs.describe() if found.category != "emergency" else f"{found.reason}; {signs.describe()}"
    return replace(
        found,
        category="emergency",
        reason=reason,
        notices=notices,
        by=(*found.by, "article signs"),
    )


def _named(signals: Signals) -> float:
    """How surely a message names a candidate's article: by fuzzy subject match, or the question reader's focus."""
    return max(signals.subject, signals.focus)


def _result(found: Triage) -> TriageResult:
    """The triage as the answer reports it, with what staff need to see why."""
    return TriageResult(
        category=found.category,
        reason=found.reason,
        language=found.language,
        by=list(found.by),
        screened=[
            Screen(model=s.head, self_harm=round(s.self_harm, 4), emergency=round(s.emergency, 4))
            for s in found.screened
        ],
    )


def _lead(found: Triage, quoted: bool) -> str:
    if found.foreign:
        return "answer.english_only"
    if found.category == "out_of_scope":
        return found.decline or "answer.out_of_scope"
    if found.category == "self_harm":
        return "answer.self_harm_quotes" if quoted else "answer.self_harm"
    if found.category == "emergency" and not quoted:
        return "answer.emergency"  # not "try asking in other words" under an emergency notice
    return "answer.intro" if quoted else "answer.abstain"


def _about_dosing(hit: Hit) -> bool:
    """A passage about doses or overdoses: never quoted to someone who may be at risk of self-harm."""
    p = hit.passage
    return bool(heading_intents(p.heading) & {"dosage", "overdose"}) or bool(DOSING.search(p.text.lower()))
