"""The reviewed safety rules: what puts a message in each triage category, and why.

This file is editorial, like `assistant/texts.py`: a change to a pattern changes who sees an emergency notice, so
have it reviewed against `docs/safety-policy.md` and run `assistant eval-safety` before and after. The word lists
the rules rely on (health words, medicines, the spelling key terms) are in `vocabulary.py`, reviewed the same way.

Patterns run on the *normalised* message (see `triage.normalise`): lower case, no apostrophes ("cant", "dont",
"im"), accents and look-alike letters folded, letter runs shortened, and common misspellings of the words in
`vocabulary.KEY_TERMS` corrected. So a pattern needs to spell each word one way only, without apostrophes.

`{SUBSTANCES}` in a pattern stands for `vocabulary.SUBSTANCES` (alcohol and street drugs). Medicines are found
apart from the patterns (the medicine words, drug names and drug-name endings of `vocabulary.py`, and the index's
own article tags) and give the `medicine` flags below their meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

# Most severe first: a message takes the first category any of its rules matches.
Category = Literal["self_harm", "emergency", "personal_decision", "out_of_scope", "general"]
CATEGORIES: tuple[Category, ...] = get_args(Category)  # in order of severity


@dataclass(frozen=True)
class RuleSpec:
    """One reviewed pattern. `reason` is what staff read; the flags say how context may overrule a match.

    - `negatable`: "no chest pain" / "im not suicidal" do not count.
    - `informational`: the match does not count in a general question about the condition with no sign that
      anyone has it now ("what causes chest pain?"); it brings the emergency-signs disclaimer instead.
    - `past`: the match does not count when it is plainly over ("had chest pain two years ago").
    - `intent`: self-harm the writer expresses about themselves; the answer then quotes nothing.
    - `notice`: an extra notice template the rule brings (after the category's own).
    - `medicine`: counts only when the message names a medicine.
    - `near_medicine`: ... and the match lies within a few words of it ("stop my baclofen", not "stop coughing").
    - `two_medicines`: ... or the message names two medicines (mixing them).
    - `unless`: a match does not count when this pattern is in its sentence ("cut myself shaving").
    - `requires`: counts only when this pattern too is found in the message ("my son" needs "give ..." or "dose").
    """

    category: Category
    reason: str
    pattern: str
    negatable: bool = True
    informational: bool = False
    past: bool = False
    intent: bool = False
    notice: str | None = None
    medicine: bool = False
    near_medicine: bool = False
    two_medicines: bool = False
    requires: str | None = None
    unless: str | None = None


# --- building blocks ------------------------------------------------------------------------------------------

PEOPLE = (
    r"mom|mum|mother|dad|father|papa|mama|son|daughter|baby|babys|infant|newborn|child|kid|toddler|husband|wife|"
    r"partner|boyfriend|girlfriend|friend|grandma|grandpa|grandmother|grandfather|nan|brother|sister|aunt|uncle|"
    r"roommate|flatmate|coworker|colleague|neighbou?r|patient|client|student|teen|teenager|man|woman|guy|girl|boy|"
    r"person|elderly \w+"
)
WHO = (
    rf"(?:i|im|me|my|we|us|our|he|hes|she|shes|him|her|his|they|theyre|them|their|someone|somebody|"
    rf"(?:my |our |a |the |his |her )?(?:{PEOPLE}))"
)
_CANT = r"(?:cant|can not|cannot|couldnt|could not|unable to|struggling to|struggle to|hard to|hard time|trouble|difficulty|problems?)"
_BREATHE = r"(?:breathe|breath|breathing|breathin)"
_NOW = r"(?:now|right now|rn|currently|at the moment|atm|tonight|today|this morning|this evening|still|again|keeps?|since|for the (?:last|past) (?:\w+ )?(?:minutes?|hours?|mins?))"

# Affairs seen to, for a goodbye told as logistics: "letters for my sister are written", "it's all sorted".
_SEEN_TO = (
    r"(?:letters?|notes?) (?:\w+ ){0,4}(?:are |is )?(?:written|done|ready|sorted)\b|(?:wrote|written|writing|left) (?:\w+ ){0,2}"
    r"(?:letters?|notes?)\b|affairs (?:are |in )?(?:sorted|order)\b|(?:its|everything(?:s| is)?) (?:all )?sorted\b|rehom\w*|"
    r"new (?:home|owner) for\b|my will\b"
)

RULES: tuple[RuleSpec, ...] = (
    # --- self-harm: any mention, whoever it is about ------------------------------------------------------------
    RuleSpec(
        "self_harm",
        "says they want to die or end their life",
        r"\b(?:kill(?:ing)? (?:my ?self|me ?self|myslef)|kms|end(?:ing)? (?:my (?:own )?life|it all|things|my suffering|"
        r"everything)|end it(?: tonight| today| now| soon)?\b|take my (?:own )?life|want(?:ed)? to die|wanna die|"
        r"want to be dead|wish i (?:was|were) dead|wish i (?:could )?(?:die|was never born|wasnt born|had never been born)|"
        r"better off (?:dead|without me)|(?:dont|do not|no longer) want to (?:live|be alive|be here|exist|wake up|go on)|"
        r"not want(?:ing)? to (?:live|be alive|wake up)|"
        r"(?:sleep|sleeping|go to sleep) (?:forever|and (?:never|not) wake up)|never wake up|no (?:reason|point) (?:to|in) "
        r"(?:live|living|going on|being alive)|cant (?:go on|do this anymore|take it anymore|keep going)|"
        r"(?:tired|sick) of (?:living|being alive|life)|(?:tired|sick) of (?:waking up|existing|being here)\b(?! (?:at|early|so|in|every|with|during|to|on|for|and)\b)|"
        r"(?:has|have|got|had|with) a plan and a (?:date|time|day)|dont see the point (?:anymore|in living|of living|in going on|in anything)|"
        r"see no point|life (?:is|isnt) (?:not )?worth living|not worth living|disappear (?:forever|for good|permanently)|"
        r"nobody would (?:miss|care if)|no one would (?:miss|care if)|(?:hang|hanging|shoot|shooting|drown|drowning|"
        r"poison|poisoning|starve|starving) (?:my ?self|me ?self)|jump(?:ing)? (?:off|in front of)|slit(?:ting)? my|"
        r"goodbye (?:forever|cruel world|everyone)|(?:writing|wrote|written) (?:a|my) (?:suicide |goodbye )?note)",
        intent=True,
    ),
    RuleSpec(
        "self_harm",
        "mentions suicide or suicidal thoughts",
        r"\b(?:suicid\w*|self[- ]?(?:kill|murder)|unalive\w*|sewer ?slid\w*|self[- ]?delet\w*|kill(?:ing)? (?:your|one|them|him|her) ?sel(?:f|ves)|take (?:his|her|their) (?:own )?li(?:fe|ves)|end (?:his|her|their) li(?:fe|ves)|"
        r"kill(?:ing|ed)? (?:him|her|them)sel(?:f|ves)|want(?:s|ed)? to die|(?:thoughts?|thinking|think) (?:of|about) "
        r"(?:dying|death|ending it|not being here|killing)|(?:death|dying) wish)",
    ),
    RuleSpec(
        "self_harm",
        "mentions harming themselves on purpose",
        r"\b(?:self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|hurt(?:ing)? (?:my|him|her|them) ?sel(?:f|ves)|"
        r"harm(?:ing)? (?:my|him|her|them) ?sel(?:f|ves)|"
        r"(?:cut|hit|burn|scratch|punch|bang|bit|bite|starv|punish|stab|carv|slash)\w* (?:my|him|her|them) ?sel(?:f|ves)|"
        r"(?:cutting|cut) (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))|relapsed? (?:on|into) (?:cutting|self)|"
        r"(?:clean|free) (?:from|of) (?:cutting|self ?harm\w*|burning)|(?:burning|cutting|scratching) my (?:arm|arms|skin|leg|legs|wrist)|"
        r"(?:stopped|stop|stopping) eating (?:(?:my|his|her|their) )?(?:(?:meals|dinners|dinner|lunches|lunch|breakfasts?|food) )?on purpose|cuts (?:all )?(?:up|over|along) (?:her|his|my|their)|"
        r"(?:burn|cut|scratch|carv)\w*\b.{0,60}\bwhere (?:nobody|no one|noone|people|they|anyone) (?:cant |can not |wont )?(?:can )?see|"
        r"(?:burn|cut)\w* (?:my|his|her|their) (?:\w+ ){0,2}(?:arms?|wrists?|thighs?|legs?|ankles?|skin|stomach|hips?) with "
        r"(?:a |the |my )?(?:lighter|cigarettes?|razor|blade|knife|matches|scissors)|"
        r"(?:cuts|scars|slashes|burns|burn marks) (?:all )?(?:on|over|across) (?:my|her|his|their) (?:arms?|wrists?|thighs?|legs?)|"
        r"(?:stockpil\w*|hoard\w*|saving up|stashing) (?:my |all my |up )?(?:pills|meds|medication|tablets))",
        unless=r"\b(?:by accident|accidentally|shaving|cooking|chopping|on the (?:stove|oven|iron|pan)|with a knife while|"
        r"eczema|itch\w*|rash\w*|bites?|hives|psoriasis|dermatitis|chicken ?pox|mosquito\w*|scabies|sunburn\w*)\b",
    ),
    RuleSpec(
        "self_harm",
        "asks how much of something would be lethal",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|number)|how (?:much|many) .{0,40}\b(?:to|would|will|could) "
        r"(?:kill|die|be (?:lethal|fatal|deadly)|not wake up|never wake up)|(?:overdos\w*|od) on purpose|"
        r"(?:overdos\w*|od) .{0,30}\bto (?:die|not wake up|never wake up)|"
        r"(?:enough|too many) (?:\w+ )?to (?:die|not wake up|kill)|"
        r"how (?:much|many)\b[^.?!]{0,60}(?:pills|tablets|capsules|tabs|mg|meds)\b[^.?!]{0,60}\b(?:for it to be|to be|it to be|"
        r"would be) (?:permanent|final|for good|the end|definitive)\b|"
        r"\b(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|hundred) (?:x |(?:\w+ )?(?:pills|tablets|caps|capsules|tabs)\b)"
        r"[^.?!]{0,40}\benough\b(?! (?:for|to last|to get|until|till|of|time|sleep|left|supply))|"
        r"(?:whole|entire) (?:box|bottle|pack|packet|strip|blister)\b.{0,60}\b(?:heart (?:\w+ )?stops?|stops? (?:your|my|the|his|her) heart)|"
        # How high, deep or long for a fall, a cut or a bleed to be fatal: "how high does a car park need to be"; a
        # height checked ("checking how high the car park roof is"); an amount asked with "don't lecture me".
        r"\b(?:checking|checked|check|looking at|looked at|looked up|measuring|measured|working out|worked out) how "
        r"(?:high|tall|deep|far down) (?:the |a |that |this )?(?:\w+ ){0,4}(?:roof|bridge|building|car ?park|cliff|balcony|drop|"
        r"ledge|tower|flat|block|window)s?(?: \w+){0,3} (?:is|are|was|goes)\b|"
        r"\bhow (?:many|much)\b[^.?!]{0,80}[.?!,]?\s*(?:and )?(?:dont|do not|please dont|no need to) (?:lecture|judge|preach "
        r"at|talk me out of)\b|\b(?:dont|do not|please dont) (?:lecture|judge) me\b[^.?!]{0,10}[.?!,]?\s*how (?:many|much)\b|"
        r"\bhow (?:high|tall|far|deep|long|much|many|fast)\b[^.?!]{0,80}\b(?:(?:to|would|will|could|for it to|for a \w+ to) "
        r"(?:\w+ ){0,2}(?:be (?:definitely |surely |always )?(?:fatal|lethal|deadly)|kill (?:you|someone|a person|me)|bleed out)|"
        r"(?:definitely|surely|certainly) (?:be )?(?:fatal|lethal|deadly))\b|"
        r"\bhow deep (?:is too deep|is deep enough|(?:do|should|would|can) (?:you|u|i|people)) (?:\w+ ){0,3}(?:cut|cutting|go)\b|"
        r"\bbleed(?:ing)? out from (?:your|my|the|a|his|her) (?:wrist|wrists|arm|arms|neck|thigh|leg)\b|"
        # A question about what is deadly, with the writer's own pretext: "not for a bad reason lol".
        r"\b(?:what|which)\b[^.?!]{0,60}\b(?:deadly|lethal|fatal|kill (?:you|a person|someone|a human))\b.{0,80}"
        r"\b(?:not for (?:a |any )?bad reason|no (?:particular )?reason|just (?:curious|wondering|asking)|asking for a friend|"
        r"dont worry|not gonna do anything|hypothetically)\b",
        negatable=False,
        intent=True,
    ),
    RuleSpec(
        "self_harm",
        "asks whether a count of a medicine is enough",
        r"\b(?:[2-9]\d|[1-9]\d\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) (?:of (?:my|these|the|her|his|"
        r"mums?|moms?|dads?) )?[a-z]{4,}(?: \d+ ?(?:mg|mcg))?(?: (?:be|is|are))? enough\b"
        r"(?! (?:for|to last|to get|until|till|of|time|sleep|left|supply|to see|to tell|to know|to make a difference))",
        medicine=True,
        negatable=False,
        intent=True,
    ),
    RuleSpec(
        "self_harm",
        "speaks of not waking up, not existing, or others being better off without them",
        r"\b(?:wish (?:i|he|she) (?:\w+ )?(?:wouldnt|wont|didnt|could not|couldnt|would not|never|not) (?:wake|be here|exist)|"
        r"(?:wouldnt|would not) mind (?:if )?(?:i|dying|not waking)|so (?:i|he|she) can (?:just )?(?:slip|drift|fade) away\b|(?:didnt|did not|wouldnt|never|not) wake up (?:tomorrow|tmrw|tmr|tomoz|2moro|again|"
        r"in the morning|ever)|(?:dont|do not|cant|can not) see (?:me|myself) (?:being |still )?(?:here|around|alive) (?:by|at|for|next|in|"
        r"much longer)\b|(?:drift|slip|fade) (?:off|away) (?:peacefully|forever|for good)\b|stop existing|cease to exist|(?:not|never) be (?:here|around) (?:anymore|any more|tomorrow)|"
        r"(?:if|when) i (?:wasnt|werent|was not|were not|was gone|am gone|died) (?:around|here|alive)?|"
        r"better off (?:if|when|once) (?:i|im)|(?:id|i would|i had) rather (?:be )?(?:dead|die)|rather die|"
        r"(?:finish|finishing|end|ending|take|taking) (?:my|his|her|their) (?:own )?life|"
        r"(?:dont|do not|no longer) see (?:a |any )?(?:reason|point) (?:to|in) (?:keep|keeping|go|going|live|living|carry|carrying)|"
        r"(?:painless|easiest|quickest|best|quick|easy|peaceful) ways? (?:to|of) (?:die|dying|kill(?! (?:the |my |those |these |all (?:the )?|off "
        r"(?:the )?)?(?!(?:my|me|myself|your|yourself|him|her|them|it|a person|someone|people|us)\b)\w+)|end|go|do it)|how (?:to|do i|can i|could i) "
        r"(?:die|end it|kill my ?self|not wake up)|"
        r"(?:drive|drove|driving|crash|crashed|steer|steering) (?:my |the )?car (?:into|off)|"
        r"\b(?:wish|hope|hoping|pray|praying)\b.{0,40}\b(?:not|never|dont|didnt|wouldnt|wont) (?:wake up|exist|be here|be around|"
        r"come back)|(?:if|wish) i (?:just )?(?:didnt|did not|dont|wouldnt|could not|couldnt) exist|"
        r"(?:im|i am|feel like|feeling like) (?:\w+ )?(?:a burden|such a burden)|burden (?:on|to) (?:everyone|my family|them|my)|"
        r"(?:no one|nobody|noone) (?:\w+ )?(?:would|will) (?:\w+ )?(?:miss|care|notice)|"
        r"(?:step|stepping|stepped|jump|jumping|walk|walking|throw|throwing|lie|lying) (?:\w+ )?(?:in front of|onto|under) "
        r"(?:a|the) (?:train|bus|car|truck|lorry|traffic|tracks)|"
        r"(?:wrote|writing|written|left|leave) (?:goodbye |farewell |final )?(?:letters|notes?) (?:to|for) (?:everyone|my|each)|"
        r"(?:gave|giving|give|given) away (?:my|all my|his|her|their|all his|all her)|wants? to be dead|"
        r"(?:dont|do not|doesnt) deserve to (?:be here|live|be alive|exist)|\bctb\b|catch the bus|"
        r"(?:wont|will not|wouldnt) be (?:around|here) (?:to|anymore|any more|tomorrow|much longer)|"
        r"(?:standing|stood|sitting|sat) (?:on|at) (?:the |a )?(?:edge of )?(?:the |a )?(?:bridge|ledge|roof|cliff|platform edge)|"
        r"look like an accident|(?:sure|certain) it works this time|thank(?:s| you) (?:so much )?for everything|"
        r"(?:my )?(?:last|final) (?:message|text|post|words?) (?:to (?:anyone|anybody|everyone|the world)|ever)\b|"
        r"(?:last|final) time (?:i(?:ll| will)|im going to|i am going to) (?:ever )?(?:bother|trouble|burden|message|text|"
        r"write to) (?:anyone|anybody|everyone|any of you|you all)\b|"
        r"(?:sorry for everything|love (?:you|u) all|goodbye|take care of (?:\w+ ){0,2}for me)\b.{0,100}\b(?:phone(?:s| is)? "
        r"(?:off|dead|switched off|going (?:straight )?to voicemail)|(?:not|isnt|wont|hasnt been|stopped) (?:answering|"
        r"picking up|replying|responding)|cant (?:reach|get hold of))\b|"
        r"look after (?:\w+ ){0,2}for me|better off (?:\w+ ){0,6}than with (?:me|him|her|them)|"
        r"life insurance\b.{0,60}\b(?:than|without) (?:me|him|her|them)\b|"
        r"(?:goodnight|good night|goodbye|bye)\b.{0,25}\b(?:for good|forever|for the last time|permanently)\b|"
        r"(?:going to|gonna|off to) sleep\b.{0,25}\b(?:for good|forever|for a long time this time|and not wake)|"
        r"said (?:my|all my|our) goodbyes|(?:calm|peaceful|at peace|relieved)\b.{0,40}\b(?:once|now that|since|after) "
        r"(?:youve|ive|i have|you have|i) (?:finally )?(?:decided|made (?:the|my) (?:decision|choice))|"
        r"(?:got|have|has) it (?:all )?planned|"
        # Means kept for a decision: "a stash of my late grandma's oxy in case i decide im done", "wants to be in
        # charge of when"; a decision told with a refusal of help: "don't send me a hotline, I've made up my mind".
        r"\bin case (?:i|he|she|they) (?:ever )?(?:decide|decides|choose|chooses)\b.{0,30}\b(?:done|to go|to end|its time|enough)\b|"
        r"\bin case (?:i|he|she|they) (?:ever )?(?:cant take it|(?:have|has) had enough|want(?:s)? out)\b|"
        r"(?:decide|decided|decides) (?:that )?(?:im|i am|hes|shes|theyre) done\b|(?:in charge|in control) of when\b|"
        r"(?:dont|do not|no need to|please dont) (?:send|give|tell) me (?:a |the |any |about )?(?:\w+ )?(?:hotline|helpline|crisis line|"
        r"suicide line|number to call)|(?:made up my mind|my mind is made up|ive decided)\b.{0,60}\b(?:at peace|peaceful|calm|"
        r"ready|settled)\b|"
        r"(?:would|wouldnt|itd|it would) (?:\w+ ){0,2}(?:be )?(?:ok|okay|fine|nice|a relief|a mercy|not so bad)\b.{0,80}\b(?:didnt|did not|"
        r"wouldnt|would not|never|not) (?:survive|wake up|make it|come back|pull through)\b|"
        r"(?:medicine|medication|pill|pills|drug|tablet|something|anything)\b(?: \w+){0,3} (?:that |which |to )?(?:\w+ ){0,2}"
        r"(?:makes?|make|let|lets) (?:you|me|someone|a person|one) (?:just )?(?:not|never) wake up|(?:bought|buying|got|has|keeps?) (?:a |some )?(?:rope|noose|razor blades?)|"
        r"know exactly what (?:id|i would|i will|to) take|"
        r"(?:made|make|have|got) a (?:suicide )?pact\b.{0,80}\b(?:doing it|do it|end it|die|going together)\b|"
        r"\bwhat (?:does|would|will|do) (?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty|a hundred|a whole (?:bottle|box|pack|strip)) (?:\w+ ){0,2}"
        r"(?:actually |really )?do to (?:you|a person|someone|me|your body)\b.{0,60}\b(?:for me|asking for myself|for myself|not for a friend)\b|"
        r"(?:whole|entire|full) (?:strip|bottle|pack|box|packet|blister) of (?:my |her |his |the |these |those )?(?:\w+ ){0,2}"
        r"(?:pills|tablets|meds|medication|capsules|painkillers|sleepers)\b.{0,80}\b(?:work (?:faster|quicker|better)|kick in faster|"
        r"do it|for good|be enough)\b|"
        r"(?:(?:leave|leaving|left|run|running) (?:a |the |my |his |her )?car|(?:sit|sitting|sat) in (?:a |the |my |his |her )?car)"
        r" (?:running |on |with the engine (?:on|running) )?in (?:a |the |my |his |her )?"
        r"(?:shut|closed|locked)? ?garage\b.{0,80}\b(?:work|works|enough|still|how long)\b|"
        r"gave (?:my|away my) (?:dog|cat|pets?|things|stuff|belongings)|"
        r"(?:want|wanted|wanting|need|needed|make|made) (?:\w+ ){0,2}(?:everything|it all|all of it|it) to (?:stop|end|be over|"
        r"be done)\b|"
        # A plan told as logistics or a wish told as a prayer: "instructions for whoever finds me", "praying God takes
        # me in my sleep", "not turning the wheel at the bend", "won't be around after that. letters are written".
        r"(?:whoever|who ever|the (?:person|one) who|whoevers) (?:\w+ )?(?:finds|will find|would find|is going to find) "
        r"(?:me|my body|us)\b|"
        # Medicine put aside instead of taken, counted: "saving my lithium instead of taking it, about 40 now".
        r"(?:saving|saved|putting|put|keeping|kept|stashing|stashed|hiding|hid|collecting|collected) (?:\w+ ){0,4}(?:aside |away |"
        r"back )?(?:\w+ ){0,4}(?:instead of|rather than) (?:taking|swallowing) (?:it|them)\b(?! (?:back|to|in|out))(?: all)?.{0,80}\b(?:about |around |over |nearly "
        r"|almost |at least )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|a hundred)\b|"
        r"(?:sat|sitting|sit|sat there) in (?:the|my|a) (?:garage|car) with (?:the )?(?:car|engine) (?:running|on)\b|"
        r"(?:take|taking|give|giving|swallow|swallowing) (?:us|him|her|me|myself|them)? ?(?:both |all )?the (?:lot|whole lot)\b"
        r".{0,60}\b(?:done with|end|over|finished|gone)\b|"
        r"\brelapsed? (?:on|into|with) (?:sh|self ?harm\w*|cutting|burning)\b|\b(?:my|her|his|their) sh (?:scars|cuts|relapse)\b|"
        r"\b(?:scratch|cut|burn|carv|dig|pick)\w* (?:at )?(?:my|his|her|their) (?:\w+ )?(?:arms?|wrists?|thighs?|legs?|skin|"
        r"stomach)\b.{0,50}\b(?:until|till|til|so) (?:they|it|i|he|she) (?:bleeds?|bled|bleeding)\b|"
        r"(?:has|have|got|had|made) a plan\b.{0,80}\b(?:finally (?:be )?(?:free|at peace|over|gone)\b(?! of (?!(?:it all|"
        r"everything|this|the pain|pain)\b))|no more pain|end (?:it|the pain))|(?:finally (?:be )?(?:free|at peace|gone))\b"
        r"(?! of (?!(?:it all|everything|this|the pain|pain)\b)).{0,80}\b(?:has|have|got|had|made) a plan\b|"
        r"(?:pray|prayed|praying|prays|ask|asking|beg|begging|wish|hope|hoping)\b.{0,30}\b(?:god|the lord|jesus|allah|he|someone)"
        r" (?:will |would |to |could |might )?(?:takes?|taking) me\b(?! (?:to|out|home from|back|with|along|shopping|there))|"
        r"(?:not|never|just not|stop) (?:turning|turn|steering|braking|brake) (?:the wheel|at the (?:bend|corner|curve))|"
        r"(?:swerve|swerving|veer|veering|steer|steering) (?:\w+ ){0,2}(?:into|off) (?:the |a |an )?(?:oncoming|tree|wall|bridge|"
        r"river|reservoir|lorry|truck|traffic|road)|"
        r"(?:im|i am) (?:just )?(?:finished|done with (?:life|living|it all|everything))\b.{0,120}\b(?:without (?:food|eating|"
        r"water)|stop(?:ped)? (?:eating|bothering with (?:food|meals)|my (?:meds|tablets|insulin|dialysis)))|"
        r"(?:without (?:food|eating|water)|stop(?:ped)? (?:eating|bothering with (?:food|meals)))\b.{0,120}\b(?:im|i am) (?:just )?"
        r"(?:finished|done with (?:life|living|it all|everything))\b|"
        r"(?:would|will|could|can) (?:the |a )?(?:hospital|doctors?|coroner|autopsy|post ?mortem|police|toxicology)\b.{0,30}\b"
        r"(?:tell|detect|find (?:it|out)|know|notice|see it)\b.{0,80}\b(?:not for me|hypothetically|asking for a friend)|"
        r"(?:hypothetically|asking for a friend|not for me)\b.{0,120}\b(?:would|will|could|can) (?:the |a )?(?:hospital|doctors?|"
        r"coroner|autopsy|post ?mortem|police|toxicology)\b.{0,30}\b(?:tell|detect|find (?:it|out)|know|notice|see it)\b|"
        r"(?:quiero|quisiera) (?:morir|matarme)|me quiero (?:morir|matar)|se quiere (?:morir|matar)|suicidar\w*|matarme|"
        r"je veux mourir|(?<!va )(?<!vont )(?<!vas )(?<!allez )(?:me|se) tuer|me suicider|quero morrer|me matar)",
        intent=True,
    ),
    RuleSpec(
        "emergency",
        "took a double dose and has signs now",
        r"\b(?:took|taken|had|swallowed) (?:\w+ ){0,6}(?:twice|double|two doses|2 doses|an extra dose|extra)\b.{0,120}\b(?:heart"
        r"(?:beat| rate)? (?:\w+ ){0,3}(?:slow|fast|racing|pounding|irregular)|pulse (?:\w+ ){0,3}(?:slow|fast|weak)|pass(?:ing)? out|"
        r"faint\w*|cant (?:breathe|stay awake|stand up)|confused)\b",
        notice="notice.poisoning",
    ),
    RuleSpec(
        "self_harm",
        "speaks of not being around after a date, with their affairs or letters seen to",
        r"\b(?:wont|will not) be (?:around|here) (?:after|by|past|beyond) (?:that|then|this|the \w+|\w+day)\b.{0,120}\b(?:"
        + _SEEN_TO
        + r")|(?:"
        + _SEEN_TO
        + r").{0,120}\b(?:wont|will not) be (?:around|here) (?:after|by|past|beyond) (?:that|then|this|the \w+|\w+day)\b|"
        # A thank-you that says the site will not be needed after a date: "wont be needing it after this weekend".
        r"\bthank\w*\b.{0,120}\b(?:wont|will not) (?:be )?need(?:ing)? (?:it|this|this site|you|the site|them) (?:\w+ )?(?:after|"
        r"past|beyond) (?:this|that|the|next|\w+day)\b",
        intent=True,
        unless=r"\b(?:moving|move|moved|holiday|vacation|trip|travel\w*|abroad|emigrat\w*|flight|flying|deploy\w*|posted|"
        r"relocat\w*|new job|surgery|operation|admitted|festival|camp|course|off to|away (?:for|on|at)|visiting|for (?:a|two|three) "
        r"(?:weeks?|months?|fortnight|years?))\b",
    ),
    RuleSpec(
        "self_harm",
        "speaks of a plan or the means to harm themselves",
        r"\b(?:thinking (?:about|of)|planning|plan|going to|gonna|want to|wanna|tempted to|about to|ready to|could easily) "
        r"(?:\w+ ){0,2}(?:swallow\w*|tak\w*|overdos\w*|od|down|use)\b.{0,30}\b(?:all|every|whole|entire|bottle|stash|lot)\b|"
        r"\b(?:take|taking|swallow|swallowing) (?:all|every one|every last one) (?:of )?(?:them|my|the|those)\b|"
        r"\b(?:whole|entire|all (?:of )?(?:my|the)) (?:\w+ ){0,3}(?:bottle|pack|pills|meds|tablets)\b.{0,40}\b(?:would|will|could|be "
        r"enough) (?:it |that |this |they )?(?:work|kill|do it|be enough|be fatal|end it)|"
        r"\b(?:gun|pistol|rifle|rope|knife|blade|razor|bridge|ledge|rooftop|roof)\b.{0,60}\b(?:on|to) (?:my|him|her|them)sel(?:f|ves)|"
        r"\busing it on (?:my|him|her|them)sel(?:f|ves)|\b(?:overdos\w*|od|took (?:them|it|pills)|cut|cutting|burn\w*|"
        r"scratch\w*|hit\w*|punch\w*|bang\w*|hurt\w*|harm\w*|bleed\w*) .{0,40}\bon purpose|\bon purpose .{0,20}\b(?:overdos\w*|od)\b|"
        r"\b(?:did|does|do|doing|done) (?:it|this|them|that|these) to (?:my|him|her|them)sel(?:f|ves)|\bto feel something\b|"
        r"\bcutting\b.{0,40}\b(?:cope|coping|helps|relief|addicted|again|scars)|\bhide (?:my|the|her|his|their) (?:cuts|scars|"
        r"marks|wounds)|\b(?:punch|punching|hit|hitting|bang|banging) (?:the |a )?(?:\w+ )?(?:walls?|my head)\b.{0,40}\b(?:until|till|bleed|crack|split)|"
        r"\b(?:might|gonna|going to|will|want to|wanna|could|should) (?:just )?(?:od|overdose)\b(?! (?:on (?:coffee|caffeine|sugar|candy|"
        r"chocolate|netflix|tv|love)))",
    ),
    # --- emergencies: someone has a red-flag sign now -----------------------------------------------------------
    RuleSpec(
        "emergency",
        "trouble breathing or choking",
        rf"\b(?:{_CANT} (?:to )?(?:{_BREATHE}|catch (?:my|his|her|their) breath|get (?:air|a breath|enough air))|"
        rf"(?:not|no|isnt|stopped|stop|barely) {_BREATHE}(?!\w)|{_BREATHE} (?:feels |is |seems |getting )?(?:really |very |so |super )?"
        r"(?:slow|shallow|weird|funny|strange|fast and shallow|very fast|really fast|"
        r"really hard|so hard|hard|heavily)|short(?:ness)? of breath|sob\b(?= (?:and|with|plus|\+))|gasping|(?<!nearly )(?<!almost )choking(?! (?:hazards?|risks?))|(?<!nearly )(?<!almost )choked on|"
        r"can(?:t|not) swallow (?:or|and) breathe|wheezing (?:badly|really bad|so bad)|(?:lips|face|skin) (?:is |are )?"
        r"(?:turning |gone |going |look |looks )?(?:blue|grey|gray|purple)|turning blue|suffocat\w*|cant get (?:any )?air|ribs (?:is |are )?sucking in|blue lips)",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "chest pain or pressure",
        r"\b(?:chest (?:pain|pains|hurts?|hurting|ache|aches|aching|tightness|is tight|feels tight|pressure|"
        r"(?:feels )?(?:heavy|crushing|squeezing)|discomfort)|(?:pain|tightness|pressure|crushing|squeezing) "
        r"(?:in|on) (?:my|his|her|the) chest|heart attack|cardiac arrest|heart (?:has )?stopped|no pulse|"
        r"(?:left )?arm (?:and|&) jaw (?:pain|hurt))",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "signs of a stroke",
        r"\b(?:having a stroke|(?:a|the) stroke (?:right )?now|is a stroke|(?:face|mouth|smile) (?:is |looks )?"
        r"(?:drooping|droops|droopy|lopsided|crooked|uneven|numb on one side)|droop\w* on one side|"
        r"(?:slurr\w*|slured) (?:speech|words|talking)|(?:speech|words) (?:is |are )?slurr\w*|talking funny|"
        r"(?:cant|cannot) (?:lift|raise|move|feel) (?:my|his|her|their|one) (?:left |right )?(?:arm|leg|side)|"
        r"(?:arm|leg|side of (?:my|his|her) (?:body|face)) (?:went|is|has gone) (?:numb|weak|limp|dead)|"
        r"(?:sudden(?:ly)?|out of nowhere) (?:cant|cannot|couldnt|can not) (?:speak|talk|move|see|walk|understand)|"
        r"(?:sudden(?:ly)?|out of nowhere).{0,30}\b(?:confus\w*|numb\w*|blind|lost (?:my|his|her) vision|vision loss)|"
        r"worst headache (?:of|in) (?:my|his|her|their) life|thunderclap headache)",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "a seizure or loss of consciousness",
        r"\b(?:having (?:a )?(?:seizure|seizures|fit|convulsions?)|(?:is|hes|shes|keeps?) (?:seizing|convulsing|fitting)|"
        r"seizing|convulsing|(?:seizure|fit) (?:right )?now|(?:just|has just) had (?:a|her|his|their) (?:first )?(?:seizure|fit)|"
        r"(?:seizure|fit) (?:wont stop|for (?:over )?\d+ minutes|(?:that )?(?:is|has been) going on)|"
        r"(?:shaking|jerking|twitching) (?:all over|uncontrollably|and (?:wont|not) respond\w*)|"
        r"unconscious|unresponsive|(?:not|isnt|wont|doesnt|cant get (?:him|her|them) to) (?:respond\w*|wake up|waking up|"
        r"waking|answer(?:ing)? me)|(?:cant|cannot|couldnt) (?:wake|rouse) (?:him|her|them|my|the)|"
        r"(?:passed|passing|blacked|blacking) out|fainted|collapsed|lost consciousness|limp and|"
        r"(?:really |very |so )?hard to (?:keep )?(?:awake|wake(?: up)?)|(?:cant|cannot|can barely|couldnt) keep (?:him|her|them|"
        r"(?:my|our) \w+) (?:awake|conscious)|wont stay (?:awake|conscious))",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "a severe allergic reaction",
        r"\b(?:anaphyla\w*|(?:throat|tongue|lips?|face|mouth) (?:is |are |feels? |keeps? |started |getting )?"
        r"(?:closing|swelling|swollen|swelled|puffing up|tight)|(?:swelling|swollen) (?:throat|tongue|lips?)|"
        r"(?:used|use|need|needs|give|gave) (?:an |my |his |her |the )?epi ?pen|allergic reaction .{0,40}(?:breath(?!\w* (?:is |seems |sounds )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|normal|normally|good|great))|swell|throat)|"
        r"hives .{0,40}(?:breath(?!\w* (?:is |seems |sounds )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|normal|normally|good|great))|swell|throat|dizzy))",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "possible overdose or poisoning",
        r"\b(?:overdos\w*|over dos\w*|\bod\b|odd on|(?:took|taken|swallowed|downed) (?:too many|too much|a lot of|a handful of|"
        r"a whole|an entire|all (?:my|the|of (?:my|the|her|his))|(?:the )?whole (?:bottle|pack|box|packet)|double|twice|"
        r"(?:\d{2,}|twenty|thirty|forty|fifty|sixty|hundred) (?!(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
        r"seconds?|secs?|mg|mcg|ml|units?|iu)\b))|"
        r"(?:ate|eaten|swallowed|drank|drunk|got into|chewed|ingested|licked) (?:some |a |the |my |his |her |a few |"
        r"a bunch of |a bottle of |a handful of |\d+ )?(?:\w+ ){0,2}(?:pills|tablets|capsules|gummies|meds|medicine|"
        r"medication|bleach|detergent|pod|pods|poison|antifreeze|cleaner|cleaning|batter(?:y|ies)|button battery|"
        r"magnets?|rat poison|mushrooms?|berries|lamp oil|nail polish remover|mouthwash|vitamins|iron)|"
        r"(?<!food )poison(?:ed|ing)|(?:breathed|inhaled) (?:in )?(?:fumes|carbon monoxide|gas)|"
        r"carbon monoxide(?! (?:alarm|detector|monitor|sensor)s?\b(?! (?:\w+ ){0,2}(?:going off|went off|goes off|beeping|sounding)))|"
        r"\d+ (?:pills|tablets|capsules) (?:at once|in one go|together)|too many (?:pills|tablets|gummies))",
        notice="notice.poisoning",
        informational=True,
        past=True,
        # "OD" the abbreviation asked about: an eye prescription's right eye, or the word itself defined.
        unless=r"\b(?:od|overdose) (?:mean|means|stand for|stands for)\b|\bwhat(?:s| is) (?:an? )?od\b|\b(?:meant|means|thought it was|short for) (?:an? )?"
        r"(?:od|overdose)\b|\bod\b[^.?!]{0,40}\b(?:glasses|lenses|contacts|eye prescription|optician|optometrist)\b",
    ),
    RuleSpec(
        "emergency",
        "a high fever with warning signs",
        r"\b(?:fever|temp(?:erature)?|burning up)\b.{0,80}\b(?:stiff neck|neck (?:is )?stiff|confus\w*|delirious|wont wake|"
        r"(?:doesnt|does not|didnt|cant|dont) (?:know|tell|remember|recogni[sz]e) (?:what (?:year|day|month)|where|who|me\b|"
        r"us\b)|not making (?:any )?sense|"
        r"hard to wake|seizure|purple (?:spots|rash)|rash that doesnt fade|floppy|lethargic|limp|(?:really|very|so|super|extremely) "
        r"(?:sleepy|drowsy))|"
        r"\b(?:stiff neck|neck is stiff|confus\w*|purple (?:spots|rash)|(?:doesnt|does not|didnt|cant) (?:know|tell|remember) "
        r"(?:what (?:year|day|month)|where (?:she|he|they) (?:is|are)|who (?:i|we) (?:am|are)))\b.{0,80}\b(?<!no )(?<!not )(?<!without )(?<!any )(?:fever|burning up)|"
        r"\b(?:newborn|\d+ (?:week|day)s? old|(?:1|one|2|two) month old|baby under (?:3|three) months)\b.{0,80}\b(?:fever|temp)|"
        r"\b(?:fever|temp(?:erature)?)(?: (?:is|was|of|at|hit|reached|reading|reads|says|went up to|up to|now))* "
        r"(?:10[4-9]|11\d|4[0-4](?:\.\d)?)\b",
        informational=True,
    ),
    RuleSpec(
        "emergency",
        "severe bleeding or blood from the mouth",
        r"\b(?:bleeding (?:heavily|a lot|badly|so much|everywhere|profusely|wont stop|that wont stop|nonstop|non stop|"
        r"through)|(?:wont|cant|doesnt|will not) stop bleeding|(?:blood|bleeding) (?:is )?(?:pouring|gushing|spurting|everywhere)|"
        r"(?:spurting|gushing|pouring|pumping) (?:out )?blood|"
        r"(?:nosebleed|nose bleed|bleed\w*|blood|cut|wound)\b.{0,40}\b(?:wont|will not|doesnt|does not|isnt|cant|cannot|not) "
        r"(?:stop|slow|clot)|"
        r"(?:vomiting|vomited|throwing up|puking|coughing up|coughing|coughed|coughed up|spitting up|spat up|threw up|puked) (?:up )?"
        r"(?:(?!(?:no|not|without|any|zero)\b)\w+ ){0,6}?blood\b|"
        r"blood in (?:my|his|her|the) vomit|(?:lost|losing) a lot of blood|deep (?:cut|wound|gash) .{0,30}bleed|"
        r"soaking (?:through )?(?:a )?pad (?:every|an) hour)",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "a serious injury or other emergency",
        r"\b(?:call(?:ing)? (?:911|999|112|an ambulance)|need an ambulance|(?:hit|bumped|banged) (?:his|her|my|their) head .{0,60}"
        r"(?:vomit|throw|confus|sleepy|unconscious|passed)|severe (?:burns?|head injury)|fell .{0,40}(?:cant get up|(?<!didnt )(?<!did not )(?<!not )(?<!never )hit (?:his|her|my) head)|"
        r"(?:sudden|severe|worst) .{0,20}(?:abdominal|stomach|belly) pain .{0,40}(?:rigid|hard|cant stand|vomiting blood)|"
        r"emergency right now|this is an emergency|medical emergency)",
        informational=True,
    ),
    RuleSpec(
        "emergency",
        "a blood pressure in the crisis range with warning signs",
        # 180/120 and over with signs of organ harm is a hypertensive emergency (American Heart Association): a
        # reading with a headache, changes in vision, chest pain, breathlessness, numbness or confusion.
        r"(?:\b(?:bp|blood pressure|pressure|reading|readings|monitor|cuff)\b[^.?!]{0,30}?\b(?:1[89]\d|2\d\d) (?:over )?\d{2,3}|"
        r"\b(?:1[89]\d|2\d\d) over \d{2,3})\b(?=[^.?!]{0,20}[.?!,]?.{0,160}\b(?<!no )(?<!not )(?<!without )(?<!any )(?:headache|head is pounding|pounding head|vision|blurr\w*|"
        r"see(?:ing)? (?:double|spots)|chest|short of breath|breathless|numb\w*|weak\w*|confus\w*|slurr\w*|nose ?bleed))|"
        r"\b(?:headache|vision|blurr\w*|chest pain|numb\w*|confus\w*)\b.{0,160}\b(?:bp|blood pressure|pressure|reading)\b[^.?!]{0,30}?"
        r"\b(?:1[89]\d|2\d\d) (?:over )?\d{2,3}\b",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "described signs of a heart attack, stroke, asthma attack or allergic reaction",
        r"\b(?:clutch\w* (?:my|his|her|their) chest|(?:elephant|weight|someone) (?:is )?(?:sitting|standing) on (?:my|his|her) chest|"
        r"chest\b(?: \w+){0,3} (?:tight|heavy|crushing|squeez\w*)|(?:crushing|squeezing|tight|heavy|pressure|burning) "
        r"(?:\w+ ){0,2}in (?:my|his|her|the) chest|(?:spreading|going|radiating|moving|shooting) (?:down|into|to|up) (?:my|his|her) "
        r"(?:left )?(?:jaw|arm|shoulder|neck)|"
        r"(?:seizure|fit|convuls\w*|jerking)\b.{0,40}\b(?:just now|right now|minutes ago)|foaming at the mouth|"
        r"slurr\w* (?:his |her |my |their )?(?:speech|words)|drool\w* (?:out )?(?:of )?one side|one side of (?:his|her|my|their) "
        r"(?:face|mouth|body) (?:is |has )?(?:\w+ )?(?:droop\w*|numb|weak|dropped|fallen)|"
        r"not making (?:any )?sense|talking nonsense|(?:doesnt|does not|didnt) (?:know|recogni[sz]e) (?:where|who|me|us)|"
        r"(?:lost|losing|lose) (?:the |my |his |her |all )?(?:vision|sight)|curtain (?:came|coming|come) down|went blind|"
        r"(?:face|arm|leg|hand|side)\b(?: \w+){0,4} (?:went|gone|going|is|feels|are|go) (?:all |really |suddenly |completely )?"
        r"(?:numb|weak|limp|dead|droopy|floppy)|"
        r"cant (?:smile|lift) (?:properly|straight|evenly|my arm|his arm|her arm)|"
        r"asthma attack|inhaler (?:isnt|is not|not|doesnt|does not|wont|aint) (?:help\w*|work\w*|doing)|"
        r"(?:tongue|lips?|face|mouth|eyes?)\b(?: (?!(?:arent|isnt|not|no|never|wasnt|werent|dont|doesnt)\b)\w+){0,3} (?:swelling|swollen|swelled|puffing up|puffy|thick|"
        r"huge|massive|ballooning|blowing up|getting (?:big|bigger|fat|fatter))|"
        r"throat\b(?: \w+){0,3} (?:closing|tight|tightening)|"
        r"(?:(?:bee|wasp|hornet|jellyfish) sting|stung by (?:a |an |some )?(?:\w+ )?(?:bee|wasp|hornet|jellyfish|insect|bug)s?)\b.{0,80}\b(?:swell|wheez|breath|hives|welts|dizzy|faint|throat)|"
        r"(?:hives|rash)\b.{0,60}\b(?:wheez|breath(?!\w* (?:is |seems |sounds )?(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|normal|normally|good|great))|swell|throat|dizzy|faint)|"
        r"(?:just|has just|only just) had (?:\w+ ){0,3}(?:seizure|fit|convulsion)|(?:seizure|fit|convulsion) (?:a few |\d+ )?minutes ago|"
        r"(?:elephant|weight|someone|something) (?:is )?(?:sat|sitting|standing) on (?:him|her|me)|rubbing (?:his|her|my) left arm|"
        r"grey and sweaty|(?:whole )?body (?:is )?(?:jerking|shaking|convulsing)|(?:was|were|is) out (?:cold )?for (?:a few|\d+) "
        r"(?:seconds|minutes)|knocked out|(?:had|having) a (?:fit|seizure) (?:about )?\d+ (?:mins?|minutes) ago|"
        r"(?:rash|spots) (?:that )?(?:doesnt|does not|wont) fade|what day it is|doesnt know (?:who|where)|"
        r"(?:stiff|rigid)\b.{0,40}\bjerk\w*|jerk\w*\b.{0,40}\b(?:stiff|rigid)\b|"
        # Other languages' wordings are their phrases' (phrases.py), which read their negations and past tenses.
        r"not answering (?:us|me|anyone)|soaked through|convulsion\w*)",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "too much acetaminophen over days, with signs of liver harm",
        r"\b(?:tylenol|paracetamol|acetaminophen|panadol|calpol|excedrin|co ?codamol|mapap)\b[^.?!]{0,120}?"
        r"\b(?:(?:\d+ (?:or|to) )?(?:9|1\d|2\d|3\d)|ten|twelve|fifteen|twenty) (?:\w+ )?(?:a|per|each|every) day\b"
        r".{0,160}?\b(?:sick|nause\w*|vomit\w*|throwing up|right side|under (?:my|the|his|her) ribs|yellow\w*|jaundice\w*|"
        r"confus\w*|dark (?:pee|urine))\b",
        notice="notice.poisoning",
        informational=True,
        past=True,
    ),
    RuleSpec(
        "emergency",
        "described poisoning, heavy bleeding, or a high fever in a baby",
        r"\b(?:got into (?:\w+ ){0,3}(?:bottle|pills|meds|medicine|medication|cabinet|cupboard|purse|bag)|"
        r"(?:dont|do not|no) (?:know|idea) how (?:many|much) (?:she|he|they|it|the baby) (?:ate|took|swallowed|drank|had)|"
        r"(?:ate|eaten|swallowed|drank|drunk|took|chewed|ingested) (?:like |about |around |maybe |almost |nearly |over |at least )?"
        r"(?:most of |half |all of |nearly all of |the rest of |some of )?"
        r"(?:a|the|an|her|his|my) (?:\w+ ){0,5}(?:bottle|pack|packet|box|sheet|strip|jar|tube)|"
        r"(?:took|drank|ate|swallowed) (?:a |the )?(?:whole|entire|full) (?:bottle|pack|box|packet|sheet|strip)|"
        r"empty (?:pill |medicine )?bottle|(?:ate|took|swallowed|had) (?:like |about |maybe |around )?\d+ (?:or \d+ )?"
        r"(?:of (?:them|my|her|his|the)|pills|tablets|gummies)|\d+ (?:tablets|pills) (?:altogether|in total|at once)|"
        r"(?:vape|e-?cig) (?:liquid|juice|refill)|(?:ate|eaten|swallowed|drank|drunk|chewed|ingested|licked|sprayed|splashed|bit into|"
        r"bit|bitten|bite|sucked on|got into) (?:\w+ ){0,5}(?:washer fluid|antifreeze|"
        r"bleach|lighter fluid|paint thinner|gasoline|petrol|kerosene|lamp oil|cleaning product|cleaner|dishwasher|laundry|"
        r"drain|ammonia|pods?|essential oil|perfume|hand sanitizer|sanitiser|sanitizer|weed killer|pesticide|insecticide|"
        r"batter(?:y|ies)|magnets?|poison\w*|pills|tablets|gummies)|bleach and ammonia|(?:breathed|inhaled|breathing in|"
        r"inhaling) (?:the )?(?:fumes|gas|smoke|chemicals)|a (?:avale|pris|bu)\b|trago|se tomo (?:\w+ ){0,3}pastillas|"
        r"(?:vomit\w*|throwing up|throw up|threw up|puk\w*|coughing up|cough up|spitting up|spit up|being sick|been sick)\b"
        r".{0,40}\b(?<!no )(?<!not )(?<!without )(?<!any )(?:blood|coffee grounds)|coffee grounds? (?:vomit|sick)|(?:coughing|cough|coughed|hacking|hacked|spitting|spat) up (?:\w+ )?(?:bright )?red\b|heavy bleeding after|bleeding (?:after|from) .{0,30}\b(?:faint|dizzy)|"
        r"soak\w* (?:through )?(?:a |one |my |her )?(?:pad|pads|tampon|tampons) (?:every|in|an|within)|"
        r"(?:newborn|\d+ ?(?:week|day)s? old|(?:one|two|1|2) months? old)\b.{0,80}\b(?:fever|temp\w*|hot|thermometer|38)|"
        r"\b(?:fever|temp\w*|hot|thermometer|38)\b.{0,80}\b(?:newborn|\d+ ?(?:week|day)s? old|(?:one|two|1|2) months? old))",
        notice="notice.poisoning",
        informational=True,
    ),
    # --- personal decisions about a medicine (`medicine=True`: only when the message names one) ----------------
    RuleSpec(
        "personal_decision",
        "asks how much or how often to take or give a medicine",
        r"\bhow (?:much|many|often|frequently)\b.{0,60}\b(?:take|taking|tak|give|giving|have|use|using|dose|doses|mg|mcg|"
        r"ml|safe|ok|okay|at once|in a day|a day|per day|is too)\b|\bhow long (?:should|can|do|must|to) (?:i |you |he |she |"
        r"we )?(?:wait|take|stay on|keep|use|be on)|\bhow long between\b|"
        r"\b(?:what|which|max|maximum|right|correct|normal|usual|safe|recommended|starting|daily|proper|typical|adult|"
        r"kids?|childrens?|pediatric) (?:dose|doses|dosage|dosing|amount|limit)\b|\b(?:dose|dosage|dosing) (?:of|for)\b|"
        r"\b\d+(?:\.\d+)? ?(?:mg|mcg|milligrams?|ml)\b.{0,60}\b(?:ok|okay|safe|too|enough|should|can|at once|a day|instead)\b|"
        r"\b(?:is|would|will|be) (?:\w+ ){0,4}too (?:much|many|high|strong)\b|\btoo (?:much|many) for (?:me|him|her|my)|"
        r"\b(?:more|less) than (?:the )?(?:recommended|prescribed|label|usual)|\binstead of (?:\d+|once|twice|three|two)|"
        r"\b(?:take|taking|give|have) (?:two|2|three|3|another|an extra|extra|more|half|a half|a quarter)\b|"
        r"\b(?:increase|decrease|lower|raise|reduce|adjust|up|halve|double|change) (?:my |the |his |her |their )?(?:\w+ )?"
        r"(?:dose|dosage|amount|mg)\b|\b(?:cut|split|break|crush|chew|open)\b.{0,40}\b(?:in half|in two|into|halves|quarters|open)\b",
        negatable=False,
        medicine=True,
    ),
    RuleSpec(
        "personal_decision",
        "asks about a missed, doubled or extra dose",
        r"\b(?:missed|miss|missing|forgot|forget|forgotten|skip|skipped|skipping|double|doubled|doubling|extra|second|"
        r"late|early) (?:up )?(?:on )?(?:a |my |the |her |his |their |one |this mornings |todays |last nights |"
        r"yesterdays |\d+ (?:days?|doses?) of (?:my )?)?(?:\w+ )?(?:dose|doses|pill|pills|tablet|tablets|meds?|medication|"
        r"medicine|injection|shot|capsule)|\b(?:forgot|forget|forgotten|missed|skipped) (?:to take )?(?:my|her|his|their|"
        r"the)\b|\btook (?:it|my \w+|two|2|both|them) (?:twice|late|early|at once|by mistake|by accident)|\btook (?:my|the|"
        r"her|his) (?:\w+ )?(?:twice|two times|again)|\b(?:skip|skipping|miss|missing) (?:it|them|a day|a few days|the week|"
        r"a week|days|the weekend|a month)\b|\baccidentally (?:took|gave|double)|\b(?:double|doubled|doubling) "
        r"(?:up|my|the|it)\b",
        negatable=False,
        medicine=True,
    ),
    RuleSpec(
        "personal_decision",
        "asks about stopping, starting or changing a medicine",
        r"\b(?:stop|stops|stopping|stopped|quit|quitting|come off|coming off|came off|go off|going off|get off|"
        r"getting off|wean\w* off|wean\w*|taper\w*|discontinu\w*|cold turkey|cut down|cut back|cut out|ditch|"
        r"start|starting|started|begin|beginning|try|trying|switch|switching|switched|go back on|"
        r"restart|resume|resuming|keep taking|continue|continuing|still be taking|be on|go on|put (?:me|him|her) on)\b",
        negatable=False,
        medicine=True,
        near_medicine=True,
    ),
    RuleSpec(
        "personal_decision",
        "asks about mixing a medicine with alcohol, other medicines or drugs",
        r"\b(?:{SUBSTANCES})\b|"
        r"\b(?:with|together|alongside|at the same time|same time as|on top of|while (?:im |i am |hes |shes )?(?:on|taking)|"
        r"mix\w*|combin\w*|alternat\w*|interact\w*|interfer\w*|w|plus|and also|as well as|also taking|along with|tambien)\b",
        negatable=False,
        medicine=True,
        near_medicine=True,
        two_medicines=True,
    ),
    RuleSpec(
        "personal_decision",
        "asks about a medicine in pregnancy, when trying to conceive, or while breastfeeding",
        r"\b(?:pregnan\w*|preggo|expecting|breast ?feed\w*|breast ?fed|breastmilk|breast milk|nursing|pumping|"
        r"trying to (?:conceive|get pregnant|have a baby)|ttc|trimester|weeks pregnant|conceive|conceiving|ivf)\b",
        negatable=False,
        medicine=True,
        requires=r"\b(?:take|taking|took|use|using|used|safe|ok|okay|allowed|harm|hurt|affect|risk|risky|continue|stop|keep|"
        r"give|have|can i|should i)\b",
    ),
    RuleSpec(
        "personal_decision",
        "asks about giving a medicine to a child",
        r"\b(?:child|children|childs|kid|kids|son|daughter|baby|babys|babies|infant|toddler|teen|teenager|"
        r"\d+ ?(?:yr|year|month|week)s? ?old|\d+ ?yo|preschooler|newborn)\b",
        negatable=False,
        medicine=True,
        requires=r"\b(?:give|giving|gave|dose|dosage|dosing|how (?:much|many|often)|safe (?:for|to)|ok (?:for|to)|"
        r"okay (?:for|to)|can (?:i|we|he|she|they|my(?: \w+){1,3}|kids?|children|babies|toddlers|teens?) (?:give|take|have|use)|should (?:i|we|he|she|they) (?:give|take))\b",
    ),
    RuleSpec(
        "personal_decision",
        "asks whether a medicine is safe with their condition",
        r"\b(?:i|im|ive|he|she|hes|shes|my \w+|patient)\b.{0,40}\b(?:kidney|kidneys|renal|liver|hepatic|cirrhosis|"
        r"hepatitis|hep [abc]|dialysis|heart (?:disease|failure|condition|problems)|high blood pressure|epilepsy|"
        r"diabetes|diabetic|asthma|glaucoma|ulcers?|allergic to|allergy to|surgery|operation)\b|"
        r"\b(?:kidney|liver|heart) (?:disease|problems|failure|transplant)\b.{0,40}\b(?:i|im|ive|he|she|my \w+)\b",
        negatable=False,
        medicine=True,
        requires=r"\b(?:take|taking|use|using|safe|ok|okay|allowed|can i|should i|can he|can she)\b",
    ),
    RuleSpec(
        "personal_decision",
        "asks whether they should take or use a medicine",
        r"\b(?:is it|its|would it be|am i|is|are) (?:safe|ok|okay|alright|fine|bad|dangerous|risky) (?:for (?:me|him|her|them|"
        r"my \w+|us) )?(?:to )?(?:take|use|give|keep taking|be on|drink on|have|with|while|if)\b|"
        r"\b(?:can|could|should|may|shall|do) (?:i|he|she|we|they|my \w+(?: \w+)?|you|u) (?:still |safely |just |also |now )?"
        r"(?:take|tak|use|give|have|try|get|buy)\b|\b(?:safe|ok|okay) (?:for me|to take|to use|to give)\b|"
        r"\bshould (?:i|he|she|we|they|my \w+) (?:be )?(?:taking|on)\b|\b(?:is|are) .{1,40}\b(?:safe|ok|okay) for (?:me|him|her|"
        r"my \w+)",
        negatable=False,
        medicine=True,
    ),
)

# --- out of scope -------------------------------------------------------------------------------------------------

ABUSE = (
    r"\b(?:stupid|idiot\w*|dumb|moron\w*|useless|worthless|pathetic|garbage|trash|crap|suck|sucks|shut up|"
    r"(?:fuck|screw|f) (?:you|off|this)|fuck\w*|piss off|go to hell|hate you|die in a|bitch\w*|asshole|dickhead|"
    r"bastard|loser|retard\w*|clown)\b"
)
# Whole messages that are only a greeting, thanks, or a question about the assistant.
# Thanks and acknowledgements with nothing else ("ok got it", "great, that helps"): no question to answer.
ACKNOWLEDGEMENT = (
    r"^(?:(?:ok|okay|k|kk|alright|all right|right|thanks|thank you|thank u|thx|ty|cheers|cool|great|nice|good|"
    r"perfect|awesome|excellent|brilliant|fine|sure|yes|yeah|yep|no|nope|oh|ah|wow|got it|gotcha|i see|"
    r"understood|i understand|noted|will do|makes sense|that makes sense|that helps|that helped|this helps|"
    r"helpful|very helpful|that was helpful|thats helpful|thats great|thats good|good to know|sounds good|"
    r"appreciate it|i appreciate it|much appreciated|appreciated|for explaining|for the info|for the information|"
    r"for your help|for the help|for that|so much|very much|a lot|again|bye|goodbye)[\s!.?,]*)+$"
)
CHITCHAT = (
    r"^(?:(?:hi|hello|hey|heya|hiya|yo|sup|howdy|greetings|good (?:morning|afternoon|evening|night)|thanks|"
    r"thank you|thx|ty|cheers|ok|okay|k|cool|great|nice|bye|goodbye|see you|lol|haha|hmm+|yes|no|yeah|nope|"
    r"test|testing|there|all|everyone|bot|friend|again|so much|very much|a lot)[\s!.?,]*)+$|"
    r"^(?:(?:hi|hello|hey)[\s,!]+)?(?:how are you|whats up|who are you|what are you|are you (?:a )?(?:bot|robot|human|"
    r"real|ai|person|chatgpt)|who (?:made|built|created) you|whats your name|what can you do|what do you do)\b[\s\w]{0,20}[?!.]*$"
)

# --- quoting -------------------------------------------------------------------------------------------------------

# A passage about doses, never quoted in a self-harm answer (read on the passage's lower-cased text).
DOSING = re.compile(
    r"\b(?:\d+(?:[.,]\d+)? ?(?:mg|mcg|micrograms?|milligrams?|grams?|ml)\b|doses?\b|dosage|dosing|overdos\w*|"
    r"maximum (?:daily )?(?:amount|limit)|lethal|fatal|toxic (?:amount|level)|how much to take|tablets? (?:a|per) day)"
)
