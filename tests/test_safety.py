"""Basic triage: unmistakable emergencies, self-harm, and medicine decisions, as people really write them."""

from __future__ import annotations

import pytest

from assistant.safety import triage

CASES = [
    ("I took 20 pills and can't breathe", "emergency"),
    ("cant breath", "emergency"),
    ("I have crushing chest pain", "emergency"),
    ("chest pian since an hour", "emergency"),
    ("my dad is having a seizure right now", "emergency"),
    ("I think I overdosed on tylenol", "emergency"),
    ("her throat is swelling after a bee sting", "emergency"),
    ("I want to kill myself", "self_harm"),
    ("sometimes i dont want to live anymore", "self_harm"),
    ("thinking about suicide", "self_harm"),
    ("What happens if I stop baclofen suddenly?", "medication_decision"),
    ("How much baclofen should I take?", "medication_decision"),
    ("can i stop taking finasteride", "medication_decision"),
    ("Can I drink alcohol with baclofen?", "medication_decision"),
    ("I missed a dose, should I double the next one?", "medication_decision"),
    ("Is baclofen safe to take while pregnant?", "medication_decision"),
    ("What are the side effects of baclofen?", "general"),
    ("no chest pain, just a cough", "general"),
    ("How do I stop coughing at night?", "general"),
    ("How many people get MS?", "general"),
    ("What is the capital of France?", "general"),
    ("At the end my leg hurts", "general"),
]


@pytest.mark.parametrize(("message", "category"), CASES)
def test_triage_category(message: str, category: str) -> None:
    assert triage(message).category == category


def test_emergency_with_overdose_brings_poison_notice_after_the_emergency_notice() -> None:
    result = triage("I took 20 pills and can't breathe")
    assert result.notices[:2] == ("notice.emergency", "notice.poisoning")
    assert "trouble breathing" in result.reason and "overdose" in result.reason


def test_self_harm_outranks_dosing() -> None:
    result = triage("how many baclofen would it take to kill myself")
    assert result.category == "self_harm" and result.notices == ("notice.self_harm",)


def test_red_flag_in_the_middle_of_a_long_message() -> None:
    message = (
        "I have been reading about baclofen for weeks. " * 20
        + "Now I can't breathe properly. "
        + "Thanks. " * 20
    )
    assert triage(message).category == "emergency"
