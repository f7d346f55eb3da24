"""What a question asks about (symptoms, causes, dosage, ...) and what a section heading is about, in one vocabulary.

The same word lists read questions and headings, so a site's own headings ("Common side effects", "Stopping
baclofen suddenly and withdrawal") and neutral labels ("Symptoms", "Outlook") both map onto the intents a
visitor's wording shows. The lists are plain consumer-health English, not any dataset's question templates.
"""

from __future__ import annotations

import re
from functools import lru_cache

# intent -> patterns; each is matched as a whole-word regex against lower-cased text.
_LEXICON: dict[str, tuple[str, ...]] = {
    "symptoms": (
        r"sympto(?:m|n)s?",  # and the common "symptons"
        r"signs?",
        r"feels? like",
        r"what does it feel",
        r"how (?:do|would|can) (?:i|you) (?:know|tell)",
        r"watch (?:out )?for",
        r"look out for",
        r"warning signs?",
        r"symptomatic",
        r"presentation",
        r"clinical features?",
    ),
    "causes": (
        r"caus(?:e|es|ed|ing)",
        r"why (?:do|does|did|am|is|are|would|could|might|has|have)",
        r"reasons? for",
        r"what leads? to",
        r"triggers?",
        r"etiology",
        r"how do (?:people|you|i) get",
        r"how (?:did|does|do|could|can) (?:i|he|she|we|they|you|someone|a person|people) (?:get|catch|develop)",
        r"contagious",
        r"infectious",
        r"catch(?:ing)? it",
        r"sets? (?:it |them )?off",
        r"brings? (?:it |them )?on",
        r"where does it come from",
    ),
    "genetics": (
        r"genes?",
        r"genetics?",
        r"mutations?",
        r"mutated",
        r"chromosomes?",
        r"chromosomal",
        r"dna",
        r"variants?",
    ),
    "inheritance": (
        r"inherit(?:ed|s|ance|able)?",
        r"hereditary",
        r"runs? in (?:the )?famil(?:y|ies)",
        r"pass(?:ed)? (?:it )?(?:on|down)",
        r"autosomal",
        r"x-linked",
        r"carriers?",
        r"my (?:children|kids|child) get",
        r"(?:children|kids|child|son|daughter|sons|daughters|baby|babies|grandchildren|offspring|siblings?|"
        r"brothers?|sisters?) (?:get|have|inherit|develop|be affected|be born with)",
        r"pass(?:ed|es|ing)? (?:it |this |that )?(?:on|down|to)",
        r"offspring",
        r"chances? (?:for|of) (?:our|my|his|her|their|the) (?:other )?(?:kids|children|sons?|daughters?|babies)",
        r"genetic(?:ally)? (?:passed|transmitted)",
        r"family history",
    ),
    "frequency": (
        r"how common",
        r"how rare",
        r"how many (?:people|children|adults|americans|women|men|cases|kids|babies)",
        r"how many (?:\w+ )?(?:have|get) (?:it|this)",
        r"prevalence",
        r"incidence",
        r"frequency",
        r"common is",
        r"rare is",
        r"who (?:usually |typically |normally |mostly |most often )?gets",  # a Frequency section says who
    ),
    "risk": (
        r"risks? factors?",
        r"at (?:\w+ )?risk",
        r"who (?:usually |typically |normally |mostly |most often )?(?:gets|is likely|can get|is affected)",
        r"more likely",
        r"susceptib(?:le|ility)",
        r"risk of getting",
        r"chances? of getting",
    ),
    "diagnosis": (
        r"diagnos(?:e|ed|es|is|ing|tic)",
        r"tests?",
        r"testing",
        r"tested",
        r"exams?",
        r"examinations?",
        r"screen(?:ing|ed)?",
        r"detect(?:ed)?",
        r"find out if",
        r"check (?:for|if)",
        r"blood work",
        r"scans?",
        r"how (?:do|can|would|will) (?:they|you|doctors?|the doctor) (?:\w+ )?(?:know|tell|confirm|check)",
        r"figure out (?:if|whether|what)",
    ),
    "treatment": (
        r"treat(?:s|ed|ing|ment|ments)?",
        r"therap(?:y|ies)",
        r"cures?",
        r"curable",
        r"manag(?:e|ed|ing|ement)",
        r"get rid of",
        r"remed(?:y|ies)",
        r"(?:what|anything|something) (?:that )?(?:\w+ )?helps?",  # "what actually helps"
        r"relie(?:f|ve)",
        r"alternatives?",
        r"options?",
        r"surgery",
        r"medications? for",
        r"medicines? for",
        r"drugs? for",
        r"meds",
        r"medications?",
        r"revers(?:e|ed|ible)",
        r"fix(?:ed)?",
        r"heal(?:ed)?",
        r"what (?:can|could|should) (?:i|we|he|she|they) do",
        r"anything (?:i|we|he|she|they) can do",
        r"what (?:are|is) (?:the|my|his|her|our) options?",
        r"specialists?",
        r"which doctor",
        r"what kind of doctor",
    ),
    "outlook": (
        r"outlook",
        r"prognosis",
        r"life expectancy",
        r"survival",
        r"surviv(?:e|es|ing)",
        r"recover(?:y|ed)?",
        r"get better",
        r"go away",
        r"how long (?:will|does|can|do)",
        r"fatal",
        r"deadly",
        r"die from",
        r"long[- ]term",
        r"how long (?:will|would|do|does|can) (?:\w+ )?(?:live|last)",
        r"life ?span",
        r"normal life",
        r"live long",
        r"get worse",
        r"progress(?:es|ive|ion)?",
        r"what to expect",
        r"terminal",
        r"grow out of",
        r"go away on (?:its|their) own",
        r"permanent(?:ly)?",
        r"come back",
        r"how well (?:\w+ ){0,3}(?:does|do|will|can)",
        r"shorten (?:\w+ )?life",
    ),
    "prevention": (
        r"prevent(?:ed|ing|ion|s)?",
        r"avoid(?:ed|ing)?",
        r"lower (?:my|the|your|his|her|their|our) (?:risk|chances?)",
        r"reduce (?:my|the|your|his|her|their|our) (?:risk|chances?)",
        r"(?:it|this|that) happening again",
        r"protect(?:ion)?",
        r"vaccines?",
        r"keep (?:\w+ ){0,4}from (?:getting|catching)",
        r"stop (?:it |this )?(?:from )?spreading",
    ),
    "research": (
        r"research",
        r"clinical trials?",
        r"studies",
        r"study",
        r"new(?:er|est)? (?:treatments?|drugs?|therapies)",
        r"trials?",
        r"experimental",
    ),
    "living": (
        r"cop(?:e|ing)",
        r"living with",
        r"live with",
        r"daily life",
        r"self[- ]care",
        r"what (?:can|should) i do",
        r"what to do",
        r"diet",
        r"eat(?:ing)?",
        r"foods?",
        r"exercise",
        r"support groups?",
        r"support",
        r"resources",
        r"considerations?",
    ),
    "stages": (r"stag(?:e|es|ed|ing)", r"how advanced", r"spread"),
    "complications": (
        r"complications?",
        r"lead to",
        r"long[- ]term effects?",
        r"problems? (?:can|does|it)",
        r"dangers?",
    ),
    "side_effects": (
        r"side[- ]?(?:effects?|affects?)",  # "side affects" is a common spelling
        r"adverse (?:effects?|reactions?)",
        r"reactions?",
        r"make (?:me|you) (?:feel|sleepy|tired|dizzy)",
        r"safe",
        r"safety",
    ),
    "dosage": (
        r"dos(?:e|es|age|ing)",
        r"how much",
        r"how many (?:mg|milligrams|tablets|pills|capsules)",
        r"how often",
        r"mg",
        r"milligrams?",
        r"how (?:do|should) (?:i|you) take",
        r"how (?:it|is it) (?:is )?taken",
        r"taken",
        r"missed",
    ),
    "interactions": (
        r"interact(?:s|ions?)?",
        r"alcohol",
        r"drink(?:ing|s)?",
        r"wine",
        r"beers?",
        r"liquor",
        r"spirits",
        r"booze",
        r"hangover",
        r"together",
        r"mix(?:ing|ed)?",
        r"combin(?:e|ed|ing)",
        r"other medicines?",
        r"at the same time",
        r"(?:take|taking|use|using|have|having) (?:it |them |this |these )?with",
        r"other (?:drugs|medications)",
        r"supplements?",
        r"sedatives?",
    ),
    "pregnancy": (
        r"pregnan(?:t|cy)",
        r"breast[- ]?feed(?:ing)?",
        r"breastfed",
        r"nursing",
        r"conceiv(?:e|ing)",
        r"fertility",
        r"trying for a baby",
        r"unborn",
    ),
    "stopping": (
        r"stop(?:ping|ped)?",
        r"quit(?:ting)?",
        r"come off",
        r"coming off",
        r"withdraw(?:al|l|ing)?",  # and the common "withdrawl"
        r"taper(?:ing)?",
        r"wean(?:ing)?",
        r"cold turkey",
    ),
    "uses": (
        r"used for",
        r"use(?:s|d)? of",
        r"what is it for",
        r"prescrib(?:e|ed|es|ing) (?:\w+ ){0,3}(?:for|to)",
        r"why (?:is|was) (?:it|i) prescribed",
        r"what does (?:it|\w+) do",
        r"how (?:does|do) (?:it|\w+) work",
    ),
    "overdose": (r"overdos(?:e|ed|es|ing)", r"too much", r"took too many"),
    "overview": (
        r"overview",
        r"what (?:is|are)(?: an?| the)?$",
        r"info(?:rmation)? (?:about|on|regarding|for)",
        r"more info(?:rmation)?",
        r"any info(?:rmation)?",
        r"learn (?:more )?about",
        r"know (?:more )?about",
        r"what does (?:it|that|this) mean",
        r"what (?:exactly )?is (?:it|this|that)",
        r"never heard of",
        r"tell me about",
        r"definition",
        r"define",
        r"meaning of",
        r"introduction",
    ),
}

# Words in the question that name an intent but are too common to decide it alone ("what is", "about").
_WEAK = frozenset({"overview"})

_COMPILED = {
    intent: re.compile(r"\b(?:" + "|".join(patterns) + r")\b") for intent, patterns in _LEXICON.items()
}
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W_]+")  # words as names are normalised: letters and digits
_WHAT_IS_MAX_WORDS = 6  # "what is X" asks for an overview; "what's the best way to ..." asks something else
_LEADING_WHAT_IS = re.compile(r"^\s*(?:what(?:'s| is| are)|who is|define|explain)\b")

INTENTS = tuple(_LEXICON)


def _match(text: str) -> frozenset[str]:
    lowered = text.lower()
    return frozenset(intent for intent, pattern in _COMPILED.items() if pattern.search(lowered))


@lru_cache(maxsize=4096)
def question_intents(question: str) -> frozenset[str]:
    """The intents a question's wording shows; {'overview'} for a plain "what is X" or "tell me about X"."""
    found = _match(question) - _WEAK
    if "research" in found:
        # "What new treatments are being tested", "join a trial": a question about research on treatment.
        found -= {"treatment"}
    if found:
        return found
    lowered = question.lower()
    lead = _LEADING_WHAT_IS.search(lowered)
    if (lead and len(_WORD.findall(lowered[lead.end() :])) <= _WHAT_IS_MAX_WORDS) or _COMPILED[
        "overview"
    ].search(lowered):
        return frozenset({"overview"})
    return frozenset()


class QuestionIntents:
    """A question's intents, and its intents beside each article's own name; built once per question.

    A subject's own name says what the question is about, not what it asks: "What are the treatments for
    hereditary fructose intolerance?" asks about treatment, not inheritance, of the article so titled.
    """

    def __init__(self, question: str) -> None:
        self._lowered = question.lower()
        self._words = list(_NAME_WORD.finditer(self._lowered))
        self._texts = [m.group() for m in self._words]
        self._vocabulary = set(self._texts)
        self.intents = question_intents(question)

    def beside(self, names: tuple[str, ...]) -> frozenset[str]:
        """The intents once any of `names` (normalised, as `subjects.subject_names` gives them) that the
        question spells out in full is taken out of it."""
        cut: list[tuple[int, int]] = []
        words = self._texts
        for name in names:
            wanted = name.split()
            if not wanted or wanted[0] not in self._vocabulary:
                continue
            n = len(wanted)
            cut.extend(
                (self._words[i].start(), self._words[i + n - 1].end())
                for i in range(len(words) - n + 1)
                if words[i : i + n] == wanted
            )
        if not cut:
            return self.intents
        remaining, cursor = [], 0
        for start, end in sorted(cut):
            remaining.append(self._lowered[cursor : max(cursor, start)])
            cursor = max(cursor, end)
        remaining.append(self._lowered[cursor:])
        return question_intents(" ".join(remaining))


def intents_beside(question: str, names: tuple[str, ...]) -> frozenset[str]:
    """`question`'s intents once any of `names` it spells out in full is taken out (see `QuestionIntents`)."""
    return QuestionIntents(question).beside(names)


@lru_cache(maxsize=65536)
def heading_intents(heading: str, first_section: bool = False) -> frozenset[str]:
    """The intents a section heading is about. An article's opening section also counts as its overview."""
    found = _match(heading)
    return found | {"overview"} if first_section else found
