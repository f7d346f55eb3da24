"""Every fixed sentence the assistant shows, in one reviewed place.

Apart from verbatim quotes from articles, a user sees only these texts. Placeholders name Settings fields
(`{emergency_number}`, `{crisis_line}`, `{poison_line}`) or, for errors, the numbers involved. Changing a text
here is an editorial decision: have it reviewed.
"""

from __future__ import annotations

from typing import Final

from assistant.config import Settings

TEMPLATES: Final[dict[str, str]] = {
    # Notices shown before anything else, most urgent first.
    "notice.self_harm": (
        "If you are thinking about harming yourself or ending your life, please reach out now: call or text "
        "{crisis_line}, or call {emergency_number} if you are in immediate danger. You are not alone, and "
        "talking to someone can help."
    ),
    "notice.emergency": (
        "This may be a medical emergency. Call {emergency_number} or your local emergency number now; "
        "do not wait for an answer online."
    ),
    "notice.poisoning": (
        "If someone may have taken too much of a medicine or swallowed something harmful, call "
        "{poison_line} now, or {emergency_number} if they are hard to wake, having trouble breathing or "
        "having a seizure."
    ),
    "notice.prescriber": (
        "Please talk to your prescriber or pharmacist before you start, stop or change how you take a "
        "medicine, and about how much of it to take. What our articles say is general, not meant for you alone."
    ),
    # The answer itself.
    "answer.intro": "Here is what our articles say:",
    "answer.abstain": (
        "I couldn't find this in our articles. You could try asking in other words, or contact us so our "
        "editors can help."
    ),
    "answer.self_harm": "Our articles are no substitute for talking to someone right now.",
    "answer.emergency": "Our articles are no substitute for emergency help. Please get help now.",
    "answer.self_harm_quotes": (
        "Our articles are no substitute for talking to someone right now. Here is what they say on this topic:"
    ),
    "answer.out_of_scope": (
        "Sorry, I can only help with health questions, by quoting our health articles. Please ask about a "
        "condition, a symptom or a medicine."
    ),
    "answer.thanks": "You're welcome. Ask me another health question whenever you like.",
    "answer.greeting": (
        "Hello! Ask me a health question, about a condition, a symptom or a medicine, and I will show you "
        "what our articles say."
    ),
    # Disclaimers: the general one on every answer, then topic ones when the question or a quote calls for them.
    "disclaimer.general": (
        "This is general information from our articles, not medical advice. For advice about your own "
        "health, talk to a doctor, nurse or pharmacist."
    ),
    "disclaimer.emergency_signs": (
        "If you or someone else has these signs now, call {emergency_number} or your local emergency number."
    ),
    "disclaimer.pregnancy": (
        "If you are pregnant, trying to become pregnant or breastfeeding, ask your doctor, midwife or "
        "pharmacist before you take any medicine or supplement."
    ),
    "disclaimer.children": (
        "Medicines and doses for children differ from those for adults. Ask your child's doctor or a "
        "pharmacist, and use only products and measuring devices made for children."
    ),
    "disclaimer.kidney_liver": (
        "Kidney or liver disease can change how the body handles a medicine. Ask your doctor or pharmacist "
        "about your own situation."
    ),
    "disclaimer.alcohol_sedatives": (
        "Alcohol, sleep aids, opioids and other sedating medicines can add to each other's effects and slow "
        "breathing. Ask a pharmacist before you combine them."
    ),
    "disclaimer.stopping": (
        "Some medicines cause withdrawal or a return of symptoms when stopped suddenly. Do not stop a "
        "prescribed medicine without talking to your prescriber."
    ),
    "disclaimer.supplements": (
        "Dietary supplements are not regulated like medicines: what they contain and how well they are made "
        "can vary. Tell your doctor and pharmacist about any you take."
    ),
    # Errors a user can meet.
    "error.empty_message": "The message is empty: please type a question.",
    "error.message_too_long": (
        "The message is {length} characters long, and the limit is {limit}. Please shorten it and send it again."
    ),
    "error.bad_request": 'The request must be JSON with a text field \'message\', like {{"message": "..."}}.',
    "error.not_ready": "The assistant is starting or its index is unavailable; please try again shortly.",
    "error.page": "Sorry, something is not right",
    "error.unreachable": "The assistant could not be reached. Please try again.",
    "error.no_such_answer": "There is no such answer in this conversation (it may be older than we keep).",
    "error.origin_not_allowed": (
        "This site is not allowed to use the assistant. Its address must be added to the assistant's "
        "allowed origins (ASSISTANT_CORS_ORIGINS)."
    ),
    "error.staff_login": "Staff pages need the staff user name and password.",
    "error.staff_not_configured": (
        "Staff pages are switched off until a staff password is set (ASSISTANT_STAFF_PASSWORD)."
    ),
    "error.no_such_conversation": "There is no such conversation (it may be older than we keep).",
    "error.invalid_request": "The request is not valid: {problems}.",
    "error.missing_key": (
        "This API needs a key: send it as 'Authorization: Bearer <key>'. Keys are made with `assistant keys create`."
    ),
    "error.invalid_key": "The API key is not valid: it is unknown, mistyped or revoked.",
    "error.missing_scope": "This API key may not do this: it needs the '{scope}' scope.",
    "error.rate_limited": "Too many requests: at most {limit}. Please wait {seconds} s and try again.",
    "error.too_large": "The request body is too large: at most {limit} bytes are accepted here.",
    "error.unsupported_type": (
        "Send the article as Markdown with front matter (Content-Type: text/markdown) or in the JSON form "
        "(Content-Type: application/json)."
    ),
    "error.no_such_article": "There is no article {article_id!r}.",
    "error.invalid_article": "The article cannot be loaded: {problem}.",
    "error.id_mismatch": "The article's id {found!r} is not the id in the address, {article_id!r}.",
    "error.last_article": "The corpus's only article cannot be deleted.",
    "error.single_file_corpus": "The corpus is the single article file {name}; it cannot take another article.",
    "error.corpus_not_writable": "The articles could not be written, so nothing changed: {reason}.",
    "error.update_busy": "Another update of the index is running; please try again shortly.",
    "error.internal": "Something went wrong on our side; the request id identifies it in our logs.",
    "error.unknown_category": "Unknown category {category!r}; one of {categories}.",
    "error.bad_date": "{name} must be a date like 2026-11-26, not {value!r}.",
    # Words around the answers on the site's pages.
    "ui.site_name": "Health articles assistant",
    "ui.question_label": "Your question",
    "ui.question_placeholder": "For example: What happens if I stop baclofen suddenly?",
    "ui.ask": "Ask",
    "ui.from": "From",
    "ui.updated": "updated",
    "ui.by": "By",
    "ui.original_source": "Original source",
    "ui.sections": "Sections",
    "ui.back": "Back to the assistant",
    "ui.footer": "Answers quote our articles word for word. They are general information, not medical advice.",
    # The chat widget (a site can replace the title and greeting with its own by data- attributes).
    "ui.widget_title": "Ask our health articles",
    "ui.widget_greeting": (
        "Ask a question about a condition, a symptom or a medicine. I answer with passages quoted from our "
        "articles, each linked to its source. In an emergency, call {emergency_number}."
    ),
    "ui.widget_open": "Open the health articles assistant",
    "ui.widget_close": "Close the assistant",
    "ui.new_conversation": "New conversation",
    "ui.you": "You",
    "ui.assistant": "Assistant",
    "ui.thinking": "Looking in our articles...",
    "ui.open_source": "Open the passage in the article",
    "ui.feedback_prompt": "Was this answer helpful?",
    "ui.helpful": "Helpful",
    "ui.not_helpful": "Not helpful",
    "ui.feedback_comment_label": "Anything to add? (optional)",
    "ui.feedback_send": "Send feedback",
    "ui.feedback_thanks": "Thank you for your feedback.",
    "ui.demo_intro": (
        "This is a sample article page with the assistant's chat widget on it, as a visitor would see it. "
        "Open the widget with the button in the corner."
    ),
    "ui.demo_embed": "Any page of the site can add the widget with one tag:",
    # The staff pages' sentences (their column names and labels are in the templates).
    "staff.unanswered_hint": (
        "Questions the assistant abstained on (no passage was relevant enough), most frequent first, with "
        "near-identical wordings counted together: these are what to write about next."
    ),
    "staff.no_conversations": "No conversations match these filters.",
    "staff.no_unanswered": "No unanswered questions yet.",
    "staff.searched_as": "Read as a follow-up; searched as:",
}

# Texts the widget's script shows, filled into it as JSON when /widget.js is served.
SCRIPT_TEXTS: Final = (
    "error.unreachable",
    "error.empty_message",
    "ui.from",
    "ui.updated",
    "ui.question_label",
    "ui.question_placeholder",
    "ui.ask",
    "ui.widget_title",
    "ui.widget_greeting",
    "ui.widget_open",
    "ui.widget_close",
    "ui.new_conversation",
    "ui.you",
    "ui.assistant",
    "ui.thinking",
    "ui.open_source",
    "ui.feedback_prompt",
    "ui.helpful",
    "ui.not_helpful",
    "ui.feedback_comment_label",
    "ui.feedback_send",
    "ui.feedback_thanks",
)


def render(template_id: str, settings: Settings | None = None, **values: object) -> str:
    """The text of one template, with the settings' numbers and any `values` filled in."""
    fields: dict[str, object] = {}
    if settings is not None:
        fields = {
            "emergency_number": settings.emergency_number,
            "crisis_line": settings.crisis_line,
            "poison_line": settings.poison_line,
        }
    return TEMPLATES[template_id].format(**fields, **values)
