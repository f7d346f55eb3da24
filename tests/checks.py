"""The no-generated-text check shared by the answer, API and red-team tests."""

from __future__ import annotations

from typing import Any

from assistant.articles.corpus import Article
from assistant.config import Settings
from assistant.texts import TEMPLATES, TRANSLATED, render


def assert_nothing_generated(
    answer: dict[str, Any], settings: Settings, articles: dict[str, Article], country: str | None = None
) -> None:
    """Every text a user is shown is a template (rendered exactly, under its own id, in the language the triage
    answered in and with the country's numbers), an article's own safety note, or a verbatim quote at its offsets
    in the article file; and the shown text is nothing but those, in order.
    """
    language = answer["triage"]["language"]
    assert language == "en" or language in TRANSLATED, language

    def fixed(template_id: str) -> str:
        return render(template_id, settings, language=language, country=country)

    pieces: list[str] = []
    for notice in answer["notices"]:
        assert notice["id"].startswith("notice.") and notice["text"] == fixed(notice["id"]), notice
        pieces.append(notice["text"])
    lead = answer["lead"]
    assert lead["id"].startswith("answer.") and lead["id"] in TEMPLATES and lead["text"] == fixed(lead["id"])
    pieces.append(lead["text"])
    quoted = {q["article_id"] for q in answer["quotes"]}
    for note in answer["article_notes"]:
        assert note["article_id"] in quoted and note["text"] in articles[note["article_id"]].safety_notes, (
            note
        )
        pieces.append(note["text"])
    for quote in answer["quotes"]:
        article = articles[quote["article_id"]]
        assert article.text[quote["start"] : quote["end"]] == quote["text"], quote["passage_id"]
        assert quote["article_title"] == article.title
        assert any(s.heading == quote["section"] for s in article.sections)
        pieces.append(quote["text"])
    for disclaimer in answer["disclaimers"]:
        assert disclaimer["id"].startswith("disclaimer.") and disclaimer["text"] == fixed(disclaimer["id"])
        pieces.append(disclaimer["text"])
    assert answer["disclaimers"][0]["id"] == "disclaimer.general"
    shown = [
        *(n["text"] for n in answer["notices"]),
        lead["text"],
        *(n["text"] for n in answer["article_notes"]),
    ]
    shown += [q["text"] for q in answer["quotes"]] + [d["text"] for d in answer["disclaimers"]]
    assert "".join(shown) == "".join(pieces)
