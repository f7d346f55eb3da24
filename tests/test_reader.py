"""The question reader: the focus of a consumer message (abbreviations, misspellings, plural and adjective forms,
several subjects), the question inside a story, and the information need, on a small vocabulary, the bundled
corpus and a MedQuAD slice, with the real model."""

from __future__ import annotations

import json

import pytest

from assistant.answer.compose import Assistant
from assistant.config import Settings
from assistant.retrieval.intents import question_intents
from assistant.retrieval.ranking import query_texts, query_vectors, rank, read
from assistant.retrieval.reader import (
    Vocabulary,
    abbreviation_definitions,
    english_spelling,
    vocabulary_entries,
    vocabulary_of,
)

TITLES = {
    "ms": ("Multiple sclerosis", ()),
    "dm": ("Diabetes", ()),
    "gs": ("Gallstones", ()),
    "all": ("Adult Acute Lymphoblastic Leukemia", ("acute lymphoblastic leukemia",)),
    "fm": ("Fibromyalgia", ()),
    "ad": ("Alzheimer's disease", ()),
    "pain": ("Pain", ()),
    "syph": ("Syphilis", ()),
    "cd": ("Crohn's Disease", ()),
    "cad": ("CADASIL", ()),
    "carn": ("Carnitine", ()),
    "pc": ("Penile cancer", ()),
    "cmt": ("Charcot-Marie-Tooth disease type 2B", ()),
    "hf": ("Heart failure", ()),
    "cc": ("Colon cancer", ()),
    "st2": ("Stickler syndrome, type 2", ()),
    "aml": ("Alaninuria with microcephaly, dwarfism, enamel hypoplasia and diabetes mellitus", ()),
    "hdl": ("Huntington disease-like syndrome", ()),
}
DEFINITIONS = [
    *abbreviation_definitions("Multiple sclerosis (MS) is a nervous system disease that affects the brain."),
    *abbreviation_definitions("Adult acute lymphoblastic leukemia (ALL) is a type of cancer."),
    *abbreviation_definitions("Magnetic resonance imaging (MRI) makes pictures."),  # no article is about MRI
    # "HDL": one article's subject, but most articles use it for something else.
    *abbreviation_definitions("Huntington disease-like syndrome (HDL) is rare."),
    *abbreviation_definitions("High-density lipoprotein (HDL) is good cholesterol."),
    *abbreviation_definitions("Your high-density lipoprotein (HDL) level should be high."),
]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    names, _ = vocabulary_entries(TITLES, [])
    return Vocabulary(names, DEFINITIONS)


def test_abbreviations_are_read_from_their_definitions() -> None:
    assert list(abbreviation_definitions("people with urinary tract infections (UTIs) often")) == [
        ("UTIs", "urinary tract infections", "often")
    ]
    assert [d[:2] for d in abbreviation_definitions("Atrial fibrillation (AF or AFib) is common.")] == [
        ("AF", "Atrial fibrillation"),
        ("AFib", "Atrial fibrillation"),
    ]
    # A pronunciation inside the long form is left out of it.
    assert [
        d[:2]
        for d in abbreviation_definitions("Antiphospholipid (AN-te-fos-fo-LIP-id) antibody syndrome (APS)")
    ] == [("APS", "Antiphospholipid antibody syndrome")]
    assert list(abbreviation_definitions("the nerves (see below) and the brain (which is soft)")) == []


@pytest.mark.parametrize(
    ("message", "articles"),
    [
        ("my husband was diagnosed with MS last year, is it hereditary?", {"ms"}),
        ("ALL in adults, how is it treated", {"all"}),
        ("is fibromyalga real or all in your head", {"fm"}),  # misspelt; lower-case "all" is a word
        ("my dad is diabetic", {"dm"}),  # adjective
        ("gallstone surgery recovery time", {"gs"}),  # singular of the title
        ("alzhimers and diabetes, are they linked", {"ad", "dm"}),  # two subjects, one misspelt
        ("charcot marie tooth 2b, why are his feet numb", {"cmt"}),  # without "disease type"
    ],
)
def test_the_focus_is_found_however_it_is_written(
    vocabulary: Vocabulary, message: str, articles: set[str]
) -> None:
    reading = vocabulary.read(message)
    assert set(reading.focus) == articles


@pytest.mark.parametrize(
    ("message", "articles"),
    [
        ("can sifilis be cured", {"syph"}),  # spelt as it sounds: far apart by edit distance
        ("my son has chrons, is there a cure", {"cd"}),
        (
            "should I get Gardasil",
            set(),
        ),  # a brand not in the vocabulary; "cadasil" starts with another letter
        ("is claritin safe with alcohol", set()),  # a medicine's name is no misspelt "carnitine"
        ("HDL 38, is that low", set()),  # most articles use HDL for high-density lipoprotein
    ],
)
def test_misspellings_are_read_by_sound_and_words_are_left_alone(
    vocabulary: Vocabulary, message: str, articles: set[str]
) -> None:
    assert set(vocabulary.read(message).focus) == articles


def test_abbreviations_the_articles_never_define_come_from_a_medical_list(vocabulary: Vocabulary) -> None:
    reading = vocabulary.read("dad has CHF, is it the end")
    assert set(reading.focus) == {"hf"} and "CHF (congestive heart failure)" in reading.searched
    # The articles' own definitions decide an abbreviation they define, even where the list differs.
    assert vocabulary.expansion("MS") == "multiple sclerosis"
    assert vocabulary.expansion("MRI") is None  # defined in the articles, but as no subject of theirs
    assert vocabulary.expansion("PCP") is None  # several meanings in the list: never guessed
    assert vocabulary.expansion("colds") is None  # a listed one only in capitals ("COLD": a lung disease)


def test_parts_of_a_title_that_are_no_names_of_it(vocabulary: Vocabulary) -> None:
    assert set(vocabulary.read("I have type 2 diabetes").focus) == {"dm"}  # not "Stickler syndrome, type 2"
    # A title listing a syndrome's signs is not what a message naming one sign is about.
    assert vocabulary.read("what is diabetes mellitus").focus.get("aml", 0.0) < 1.0


def test_words_of_a_message_in_another_language_are_not_corrected(vocabulary: Vocabulary) -> None:
    message = "tengo sifilis y fiebre desde hace semanas, que puedo hacer"
    assert vocabulary.read(message, english=False).focus == {}
    assert vocabulary.read(message).focus == {"syph": 1.0}  # read as English, "sifilis" would be syphilis


def test_a_word_is_not_read_as_a_name_that_starts_with_another_letter(vocabulary: Vocabulary) -> None:
    message = "my grandma is getting senile, what can we do"
    assert vocabulary.read(message).searched == message  # not "penile" (ratio 83)


def test_a_misspelt_english_word_is_not_read_as_a_name(vocabulary: Vocabulary) -> None:
    message = "how comon is it"  # "common", spelt nearer than "colon"
    assert vocabulary.read(message).searched == message
    assert vocabulary.read("collon cancer, is it inherited").focus == {"cc": 1.0}  # nearest a name


def test_misspelt_english_words_are_read_for_the_need_but_names_are_left_to_the_vocabulary(
    vocabulary: Vocabulary,
) -> None:
    reading = vocabulary.read("how comon is collon cancer? and the symtoms?")
    assert reading.searched == "how comon is colon cancer? and the symtoms?"  # the search reads names only
    assert {"frequency", "symptoms"} <= question_intents(reading.asked)
    assert question_intents(vocabulary.read("whats the life expectency").asked) == {"outlook"}
    for word, meant in (("treatmnet", "treatment"), ("hereditery", "hereditary"), ("thier", "their")):
        assert english_spelling(word) == meant
    # Names, rare medical words and common words stay as written.
    for word in ("osteomesopyknosis", "hyperkalemia", "wernickey", "alot", "common"):
        assert english_spelling(word) is None, word


def test_a_message_of_made_up_words_costs_a_bounded_number_of_look_ups(vocabulary: Vocabulary) -> None:
    made_up = " ".join(f"zq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}vexit" for i in range(300))
    before = len(vocabulary._corrections)
    reading = vocabulary.read(made_up)
    assert reading.focus == {} and reading.searched == made_up
    assert len(vocabulary._corrections) - before <= 24


def test_words_and_other_abbreviations_are_not_a_focus(vocabulary: Vocabulary) -> None:
    assert vocabulary.read("ms smith said all of it was fine").focus == {}  # "ms", "all" in lower case
    assert vocabulary.read("the MRI was clear").focus == {}  # an abbreviation of no article's subject
    # A common word as a name names its article less surely than a specific one.
    assert vocabulary.read("pain from gallstones").focus == {"pain": 0.5, "gs": 1.0}


def test_the_searched_text_reads_misspellings_and_spells_out_abbreviations(vocabulary: Vocabulary) -> None:
    reading = vocabulary.read("my son's MS and fibromyalga")
    assert reading.searched == "my son's MS (multiple sclerosis) and fibromyalgia"
    assert reading.message == "my son's MS and fibromyalga"


def test_the_question_inside_a_story_is_found_and_names_its_focus(vocabulary: Vocabulary) -> None:
    story = (
        "Hello, I am writing for my mother who is 61. She was told last spring that she has multiple sclerosis "
        "after a long time of numbness in her hands and feet. She lives alone and still works three days a week "
        "at the library. Her doctor changed her tablets twice. Is it something her grandchildren could inherit?"
    )
    reading = vocabulary.read(story)
    assert reading.asking == "Is it something her grandchildren could inherit? (multiple sclerosis)"
    assert question_intents(reading.asked) == {"inheritance"}
    assert "diagnosis" not in question_intents(reading.asked)  # "was told ... she has" is story, not the ask
    assert (
        vocabulary.read("is multiple sclerosis inherited?").asking is None
    )  # short: the message is the question


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("will our kids get it", "inheritance"),
        ("can a person with it have children? could they pass it on?", "inheritance"),
        ("can it be reversed", "treatment"),
        ("what are my options now", "treatment"),
        ("how long will he live with this", "outlook"),
        ("is it contagious", "causes"),
        ("I would like more info about familial mediterranean fever", "overview"),
        ("what does that mean", "overview"),
        ("how many people have it", "frequency"),
        ("who usually gets SLE?", "frequency"),
        ("will he grow out of it", "outlook"),
        ("what signs should i watch for in myself", "symptoms"),
        ("how do I keep the rest of us from catching it", "prevention"),
        ("how do they confirm it", "diagnosis"),
        ("how do doctors really know it's that", "diagnosis"),
        ("how would they figure out if it's this", "diagnosis"),
        ("why would a baby be born with this", "causes"),
        ("is there anything that really helps", "treatment"),
        ("does it shorten your life", "outlook"),
        ("how well do kids with it do later on", "outlook"),
        ("what can I do to keep it happening again", "prevention"),
    ],
)
def test_the_need_is_read_from_consumer_wording(message: str, need: str) -> None:
    assert need in question_intents(message)


def test_a_question_on_research_into_treatments_asks_for_research() -> None:
    intents = question_intents("what newer treatments are being studied, can he join a trial?")
    assert "research" in intents and "treatment" not in intents


def test_the_bundled_vocabulary_names_medicines_by_brand_and_misspelling(assistant: Assistant) -> None:
    vocabulary = vocabulary_of(assistant.index)
    assert "tizanidine" in vocabulary.read("is zanaflex addictive").focus  # a brand name among its tags
    assert vocabulary.read("does baclophen make you sleepy").focus.get("baclofen") == 1.0
    assert "multiple-sclerosis" in vocabulary.read("my wife has MS, is baclofen safe for her").focus


def test_a_short_misspelt_message_is_not_read_as_a_story(assistant: Assistant) -> None:
    """A correction changes the searched text, not the message's length: the subject match keeps its weight."""
    message = "baclophen and alchohol together ok?"
    reading = read(assistant.index, message)
    assert reading.searched != message and reading.asking is None
    texts = query_texts(reading, assistant.settings)
    query, _ = query_vectors(texts, assistant.embedder.encode(texts), assistant.embedder, assistant.settings)

    def scores(settings: Settings) -> list[float]:
        return [c.score for c in rank(assistant.index, message, query, settings, reading).candidates[:5]]

    story_weight = assistant.settings.model_copy(update={"story_subject_weight": 0.0, "subject_weight": 0.2})
    story_weight_changed = story_weight.model_copy(update={"story_subject_weight": 0.5})
    assert scores(story_weight) == scores(story_weight_changed)


def test_the_medquad_vocabulary_reads_abbreviations_the_articles_define(medquad_assistant: Assistant) -> None:
    vocabulary = vocabulary_of(medquad_assistant.index)
    titles = medquad_assistant.index.catalogue.titles

    def focus_titles(message: str) -> set[str]:
        return {titles[a][0].lower() for a in vocabulary.read(message).focus}

    assert "traumatic brain injury" in focus_titles("my son had a TBI playing football")
    assert "medium-chain acyl-coa dehydrogenase deficiency" in focus_titles(
        "baby tested positive for MCAD deficiency"
    )
    assert "antiphospholipid antibody syndrome" in focus_titles("APS and pregnancy")
    assert "hysterectomy" in focus_titles("recovery after a hysterectamy")


def first(answer) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return answer.quotes[0].article_title.lower(), answer.quotes[0].section


def test_a_story_with_its_question_at_the_end_gets_the_right_section(medquad_assistant: Assistant) -> None:
    story = (
        "Hi there, I hope someone can help. My sister is 34 and last spring she had a blood clot in her leg that "
        "nobody could explain, she is fit, runs most mornings and has never smoked. After lots of blood work over "
        "the summer her doctors finally told her she has APS. She had two miscarriages before and now they think "
        "that was part of it. She works as a teacher and has two boys, so she is worried about being tired all the "
        "time and about flying to see our parents at Christmas. Our mum had lupus, so we know a bit about "
        "autoimmune things but not this one. Anyway, my actual question is: how do they usually treat it, does "
        "she have to stay on blood thinners for life?"
    )
    assert 100 <= len(story.split()) <= 140
    answer = medquad_assistant.answer(story)
    assert first(answer) == ("antiphospholipid antibody syndrome", "Treatment")


def test_a_question_past_the_models_reach_is_still_read(medquad_assistant: Assistant) -> None:
    story = " ".join(
        [
            "I have had a few health worries for months and want to give some background before I ask.",
            "Work has been stressful, I changed jobs in March and the commute is long, about an hour each way.",
            "I sleep badly, maybe five or six hours, and I drink more coffee than I should, four or five cups.",
            "My diet is not great either, lots of takeaway food, and I have put on some weight since the winter.",
            "My father had high blood pressure and my aunt had some kind of thyroid trouble when she was older.",
            "I walk the dog every evening and try to do yoga on Sundays but I often skip it when I am tired.",
            "Last month I saw a gastroenterologist after some bleeding from the back passage and a feeling that I",
            "still needed to go after going, and she did a scope and a biopsy and wrote down a diagnosis for me.",
            "I was too nervous to ask much in the appointment and the letter has not come yet, and my GP is away.",
            "My partner thinks I should just wait for the letter but I would rather understand it before then.",
            "I also read a lot of forums which probably made it worse, some people there had very scary stories.",
            "Sorry this is so long, I just wanted to give the whole picture of how things are at the moment.",
            "My question is what the usual treatment for proctitis is?",
        ]
    )
    embedder = medquad_assistant.embedder
    assert not embedder.fits(story)  # the model alone would never read the question
    answer = medquad_assistant.answer(story)
    assert first(answer) == ("proctitis", "Treatment")
    # The whole message's vector is of its first 256 word pieces: the asking sentences alone come nearer.
    assert answer.quotes[0].why.asked > answer.quotes[0].why.similarity


def test_two_subjects_in_one_message_are_both_quoted(medquad_assistant: Assistant) -> None:
    answer = medquad_assistant.answer(
        "my doctor mentioned protein C deficiency and antiphospholipid antibody syndrome, what causes them?"
    )
    quoted = {q.article_title.lower() for q in answer.quotes}
    assert {"protein c deficiency", "antiphospholipid antibody syndrome"} <= quoted


def test_question_sets_may_grade_several_right_articles(tmp_path, medquad_assistant: Assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.evaluation import retrieval as ev

    index = medquad_assistant.index
    titles = index.catalogue.titles
    proctitis = next(a for a, (t, _) in titles.items() if t == "Proctitis")
    graded = tmp_path / "graded.jsonl"
    records = [
        {"question": "proctitis treatment options", "articles": {proctitis: 4}},
        {"question": "what is proctitis", "articles": [proctitis], "sections": ["Overview"]},
    ]
    graded.write_text("".join(json.dumps(r) + "\n" for r in records))
    questions = ev.load_questions([graded], index)
    assert [q.grades for q in questions] == [{proctitis: 4}, {proctitis: 1}]
    figures = ev.evaluate(
        index,
        questions,
        ev.embed_questions(medquad_assistant.embedder, questions),
        {"default": medquad_assistant.settings},
    )[0]
    assert figures.article_first == figures.first_quote_right == figures.ndcg_at_10 == 1.0
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text('{"question": "x", "articles": {"no-such-article": 3}}\n')
    with pytest.raises(ev.QuestionSetError, match=r"unknown\.jsonl:1"):
        ev.load_questions([unknown], index)
