"""Whether a message's emergency sign is over, happening now or again, or plainly negated: reviewed patterns per
language, like `frames.py`.

`PAST`: language -> "over" | "again" | "negated" -> regular expressions, written for text folded like
`languages.fold` (lower case, accents removed from Latin letters only; Chinese, Arabic, Russian and Korean keep their
script). Latin and Cyrillic patterns use word boundaries; Chinese and Korean do not; Arabic mostly does not.

- "over": the event is in the past and over: a time well in the past ("two years ago", "last year", "as a child",
  "in 2019", "a few months ago") or a resolution ("nothing since", "now I'm fine", "it went away", "they treated
  it"). Recent times ("just now", "a minute ago", "this morning", "an hour ago", "yesterday") are never "over".
- "again": the sign is happening now or again ("again", "right now", "still", "since this morning", "it's back",
  "today", "tonight", and recent times). It outweighs "over".
- "negated": a plain negation followed by an emergency sign word, or a list of them ("no chest pain", "sin dolor de
  pecho ni falta de aire", "没有胸痛、呼吸困难"; in Korean the sign comes first: "가슴 통증은 없고"). The match
  spans the negated sign(s), so a crisis phrase lying inside it can be dropped.

Guards written into the patterns, because each of these is an emergency said with a negation or a past form:
- negations of breathing, waking or responding ("no puedo respirar", "ne respire plus", "没有呼吸", "의식이 없어요",
  "wala siyang malay", "без сознания") are not negated signs: only sign nouns (and a few verbs such as "fainted",
  "swollen") are;
- "never had chest pain this bad" (tan, aussi, so stark, cosi, 这么, такой, 이런...) is not a negation;
- "won't go away / won't stop" is not a negation ("no se me quita", "ne passe pas", "없어지지 않아요");
- ongoing durations are not "over" ("hace dos años que tengo", "depuis deux ans", "seit zwei Jahren",
  "2년 전부터", "fin da piccolo");
- "it passed" is read only where it cannot be "time passed" or "passed out" ("прошло 10 минут", "昏过去了",
  "se pasó con las pastillas");
- hypothetical "again" ("can it happen again?", "si vuelve a pasar", "会不会又", "또 생길 수 있나요") is not "again".

Triage (`triage._framed`, `triage._counts`) reads them for messages that are not English or hold another language's
phrase: another language's emergency and poisoning phrases, and the English rules that read the past, do not count
when the message is over and nothing is happening again; a phrase lying inside a negated span does not count. A
phrase of intent (self-harm) stands whatever the tense: a past attempt is the rules' and the screen's to weigh.

Written by a speaker-level reviewer from the safety policy, with examples per language that must and must not match
(`tests/data/past_examples.json`). Like the phrases, a change here changes who sees an emergency notice: run
`assistant eval-safety` before and after.
"""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------------------------------------------------- es
_ES_N = (
    r"(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|varios|varias|unos"
    r"|unas|algunos|algunas|muchos|pocos|un par de|mas de (?:un|una|\d+)|como (?:un|una|\d+)|casi (?:un|una|\d+)|\d+)"
)
_ES_SIGN = (
    r"(?:(?:dolor(?:es)?|molestias?|presion|opresion|punzadas?|peso) (?:de|en el|en|del) pecho|dolor(?:es)? toracic[oa]s?"
    r"|dificultad(?:es)? (?:para|al|en) respirar|dificultad respiratoria|problemas? (?:para|al) respirar"
    r"|falta de (?:aire|respiracion)|sensacion de ahogo|ahogos?|asfixia|disnea|desmayos?|desvanecimientos?"
    r"|perdida (?:de|del) (?:conocimiento|conciencia|sentido)|sincopes?"
    r"|(?:hinchazon|inflamacion)(?: (?:de|en) (?:la |los |las )?(?:garganta|labios|lengua|cara|boca|ojos|parpados))?"
    r"|(?:la )?garganta (?:hinchada|cerrada)|(?:los )?labios hinchados|convulsion(?:es)?|crisis (?:convulsivas?|epilepticas?)"
    r"|ataques? epilepticos?|ataques?|sangrados?|hemorragias?|sangre|entumecimiento|adormecimiento|hormigueo|paralisis"
    r"|confusion|desorientacion|dolor(?:es)?)"
)
# "never had chest pain this bad" is not a negation
_ES_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:tan|tanto|tanta|asi(?! que)|como (?:este|esta|ese|esa|ahora|hoy|el de hoy|la de hoy)|igual|parecid[oa]|semejante|peor)\b)"
_ES_FILL = (
    r"(?: (?:tengo|tiene|tenia|tuve|tuvo|he|ha|han|hemos|habia|hubo|hay|tenido|sentido|notado|presentado|presento"
    r"|presenta|siento|senti|sintio|siente|noto|note|me|le|da|dio|dado|ningun|ninguna|tipo de|nada de|nada|ni|nunca|ya"
    r"|mas|tampoco|un|una|algun|alguna|es|era|fue|parece|signos de|sintomas de|senales de)){0,4}"
)
_ES_NOW_FINE = (
    r"(?!,? (?:ya )?(?:estoy|esta|me siento|se siente|ando|anda|todo(?: esta)?) (?:bien|normal|perfect))"
)
_ES = {
    "over": [
        r"(?<!desde )\bhace (?:" + _ES_N + r" )?(?:anos|ano|meses|mes)\b(?! que\b(?! (?:ya )?no\b))",
        r"(?<!desde )\bhace (?:mucho tiempo|bastante tiempo|tiempo|una eternidad)\b(?! que\b(?! (?:ya )?no\b))",
        r"\b(?:el|del) (?:ano|mes|verano|invierno|otono) pasado\b|\b(?:la|de la) (?:primavera|navidad) pasada\b|\bel ano antepasado\b",
        r"\b(?:de |cuando (?:era|eramos|estaba|tenia|fui|eran|el era|ella era) (?:un |una )?)(?:nin[oa]s?|pequen[oa]s?|chic[oa]s?|chiquit[oa]s?|joven|jovenes|adolescentes?|bebe|mas (?:joven|chic[oa]|pequen[oa]))\b",
        r"\ben (?:mi|su) (?:infancia|ninez|adolescencia|juventud)\b|\bcuando (?:tenia|tuve|tenia como) \d+ anos\b|\bcuando (?:iba|estaba|estudiaba) (?:a|en) (?:la )?(?:escuela|primaria|secundaria|prepa|preparatoria|colegio|uni|universidad|facultad|bachillerato|instituto)\b",
        r"\ben (?:el )?(?:ano )?(?:19|20)\d\d\b",
        r"\bdesde entonces,? (?:ya )?(?:nada|no\b|nunca|todo (?:bien|normal)|estoy bien|he estado bien|ni una)|\bnada (?:mas )?desde entonces\b",
        r"\b(?:nunca|no) (?:me |le |se )?(?:ha |he |habia )?(?:volvio|volvi|vuelto|volvieron|volvia) a (?:pasar|ocurrir|suceder|repetir(?:se)?|dar(?:me|le)?|tener(?:lo|la)?)\b|\bnunca mas (?:me|le|lo|la|he|ha|tuve|tuvo|volvi|volvio|paso)\b",
        r"\b(?:ahora|ya|hoy en dia|actualmente|hoy por hoy|ahorita ya)(?: ya)? (?:estoy|esta|me siento|se siente|ando|anda|estamos|todo esta|todo) (?:bien|perfect[oa]|normal|san[oa]|recuperad[oa]|estable)\b|\b(?:estoy|esta|me siento) (?:bien|perfect[oa]|normal) (?:ahora|ya)\b|\btodo (?:bien|normal|en orden) (?:ahora|ya)\b",
        r"\b(?:ya se (?:me |le )?|se (?:me|le) )(?:paso|quito|curo|desinflamo|deshincho|resolvio)\b(?=\s*(?:$|[.,;:!?)]|y\b|pero\b|sol[oa]\b|al (?:rato|poco|dia)\b|enseguida\b|rapido\b|con el tiempo\b|con (?:el |la |un |una )?(?:tratamiento|antihistaminico|medicamento|epinefrina|adrenalina|inyeccion)\b|en (?:unos|unas|un|una|pocos|pocas|\d+)\b|despues\b|luego\b|por completo\b|completamente\b))",
        r"\b(?:el dolor|la hinchazon|la inflamacion|la reaccion|eso|los sintomas) se (?:me |le )?(?:fue|fueron|quito|quitaron|paso|pasaron)\b|\bya (?:paso|termino)\b(?=\s*(?:$|[.,;:!?)]|y\b|pero\b|todo\b|hace\b))",
        r"\b(?:me|lo|la|le|nos) (?:trataron|atendieron|curaron|operaron|estabilizaron|dieron de alta|dieron el alta)\b|\b(?:sali|salio|salimos) del hospital\b|\bme (?:recupere|cure)\b|\bse (?:recupero|curo)\b",
    ],
    "again": [
        r"(?<!pasar )(?<!pasarme )(?<!pasarle )(?<!ocurrir )(?<!suceder )(?<!repetirse )(?<!repetir )(?<!tener )(?<!tenerlo )(?<!darme )(?<!darle )(?<!dar )(?<!volver )(?<!pase )(?<!ocurra )(?<!suceda )(?<!repita )(?<!tenga )(?<!si pasa )(?<!si me pasa )(?<!si le pasa )\b(?:otra vez|de nuevo|nuevamente|una vez mas)\b",
        r"\b(?:tuv[oe]|tengo|tiene|le dio|me dio|le esta dando|me esta dando|esta teniendo|estoy teniendo) otr[oa]\b",
        r"(?<!si )(?<!si me )(?<!si le )(?<!si se )(?<!que )(?<!no )(?<!no me )(?<!no le )(?<!no se )(?<!mas )(?<!mas me )(?<!mas le )(?<!nunca )(?<!nunca me )(?<!nunca le )\b(?:(?:me|le|se) )?(?:volvio|ha vuelto|vuelve|volvi|he vuelto|volvieron|han vuelto|esta volviendo) a \w+",
        r"(?<!no )\b(?:ya )?(?:volvio|regreso|ha vuelto|ha regresado|volvieron|esta de vuelta) (?:la|el|los|las) (?:hinchazon|inflamacion|dolor|dolores|convulsion\w*|reaccion|alergia|falta de aire|ahogo|sangrado|mareos?|desmayos?|crisis|ataques?|sintomas?)\b|\b(?:la|el|los) (?:hinchazon|dolor|reaccion|alergia|sangrado|sintomas|convulsiones) (?:volvio|volvieron|regreso|ha vuelto|ha regresado)\b",
        r"\b(?:ahora mismo|ahorita mismo|justo ahora|en este momento|en este instante|ya mismo|ahorita)\b"
        + _ES_NOW_FINE,
        r"\bahora (?:me|le|se) (?:esta|estan|vuelve|volvio|empez\w*)\b|\bahora (?:tengo|tiene|siento|siente) (?:otra vez |de nuevo )?(?:dolor|presion|opresion|falta de aire|hinchazon|la (?:garganta|lengua|cara|boca) hinchad|los labios hinchad|convulsion|sangrado|entumecid|adormecid)",
        r"\b(?:esta|estan|estoy) (?:pasando|ocurriendo|hinchando|hinchandose|cerrando|cerrandose|sangrando|convulsionando|desmayando|desmayandose|ahogando|ahogandose|poniendo (?:morad|azul|palid))\w*",
        r"\b(?:todavia|aun) (?:(?:me|le) (?:duele|arde|cuesta respirar|falta el aire|sangra|hincha)|tengo|tiene|siento|siente|esta|estoy|sigue|sigo|no (?:puede|puedo|respira|despierta|reacciona|responde|para)|sangra|duele|hay)\b",
        r"\bsig(?:o|ue|uen) (?:con|sin (?:poder|despertar|reaccionar|respirar|responder|aire)|sangrando|doliendo|convulsionando|teniendo|sintiendo|inconsciente|desmayad[oa]|hinchad[oa]s?|igual|mal|ahogandome|ahogandose)\b|\bcontinua (?:con|sangrando|doliendo|hinchad\w*|convulsionando)\b",
        r"\bdesde (?:esta manana|anoche|hoy|ayer|hace (?:un rato|unas? horas?|\d+ horas?|minutos|\d+ minutos)|el mediodia|temprano)\b",
        r"(?<!en )\bhoy\b(?! en dia| por hoy| ya)"
        + _ES_NOW_FINE
        + r"|\besta (?:noche|manana|tarde|madrugada)\b|\banoche\b|\bayer\b",
        r"\bhace (?:un rato|un ratito|poco|nada|(?:un|unos|una|unas|dos|tres|cinco|diez|quince|veinte|treinta|pocos|\d+) (?:minutos?|horas?|segundos?))\b|\bjusto ahora\b|\bacab(?:a|as|an|amos|o) de\b",
    ],
    "negated": [
        r"\b(?:no|sin|ni|nada de|ningun|ninguna|ninguno|nunca|jamas|tampoco|ya no)\b"
        + _ES_GUARD
        + _ES_FILL
        + " "
        + _ES_SIGN
        + r"(?:(?:, "
        + _ES_SIGN
        + r")*,? (?:ni|o|u) (?:tampoco )?"
        + _ES_SIGN
        + r")?\b",
        r"\b(?:no|nunca|jamas)\b"
        + _ES_GUARD
        + r" (?:me |se |le )?(?:he |ha |han |habia )?(?:desmaye|desmayo|desmayado|desmayaba|desvaneci|desvanecio|convulsione|convulsiono|convulsionado|convulsiona|desplome|desplomo)\b",
        r"\bno (?:me|le) (?:duele|dolia|dolio) (?:el|nada el) pecho\b|\bno (?:me|le) falta(?:ba)? (?:el )?aire\b|\bno (?:estoy|esta) sangrando\b",
        r"\b(?:la garganta|los labios|la lengua|la cara) no (?:se )?(?:me |le )?(?:hincho|hincharon|ha hinchado|han hinchado|esta hinchad[oa]|estan hinchad[oa]s|estaba hinchad[oa]|se cerro)\b|\bno (?:se )?(?:me |le )?(?:hincho|hincharon|inflamo|cerro) (?:la garganta|los labios|la lengua|la cara)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- fr
_FR_N = (
    r"(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs|des|bien des"
    r"|\d+) |pas mal d')"
)
_FR_SIGN = (
    r"(?:(?:douleurs?|mal|gene|oppression|serrement|pression|poids|brulures?) (?:thoraciques?|dans la poitrine|a la poitrine"
    r"|au thorax|au niveau de la poitrine|de poitrine)|douleurs? thoraciques?|difficultes? (?:a|pour) respirer"
    r"|difficultes? respiratoires?|gene respiratoire|mal a respirer|essoufflements?|souffle court|manque d'air"
    r"|detresse respiratoire|dyspnee|etouffements?|perte de connaissance|pertes de connaissance|evanouissements?|malaises?"
    r"|syncopes?|(?:gonflements?|(?:œ|oe)demes?)(?: (?:de la|des|du|de|au niveau de la|au niveau des|dans la) (?:gorge|levres"
    r"|langue|visage|bouche|cou|paupieres))?|(?:gorge|levres|langue|bouche|visage) (?:gonflee?s?|enflee?s?)|convulsions?"
    r"|crises? (?:d'epilepsie|epileptiques?|convulsives?)|crises?|saignements?|hemorragies?|sang|engourdissements?"
    r"|fourmillements?|paralysie|confusion|desorientation|douleurs?)"
)
_FR_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:aussi (?:fort|forte|intense|mal)|si (?:fort|forte|intense)|comme (?:ca|celle-ci|celui-ci|aujourd'hui|maintenant|cette fois)|pareil(?:le)?|de ce genre|d'une telle|une telle|un tel)\b)"
_FR_ART = r"(?:(?:aucune?|de|du|des|la|le|les|vraie?|reelle?) |d'|l'|signes? d(?:e |')|traces? d(?:e |'))"
_FR_FINE = (
    r"(?:je vais (?:bien|mieux)|ca va(?! pas\b| plus\b| mal\b| de plus en plus)(?: bien| mieux)?|tout va bien|je suis (?:guerie?|en forme"
    r"|en bonne sante)|il va bien|elle va bien|c'est (?:fini|passe|bon)|plus rien|je n'ai plus rien)"
)
_FR = {
    "over": [
        r"\b(?:il y a|il y'a|y a|y'a|ya) (?:"
        + _FR_N
        + r")?(?:ans|an|annees|mois)\b|\b(?:il y a|y a|y'a) (?:longtemps|bien longtemps|des lustres)\b",
        r"\b(?:ca|cela) fait (?:"
        + _FR_N
        + r")?(?:ans|annees|mois) (?:que (?:je n|j'ai (?:plus|pas)|il n|elle n|ca ne|ce n)|maintenant)",
        r"\b(?:l'annee (?:derniere|passee|d'avant)|l'an (?:dernier|passe)|le mois dernier|l'ete dernier|l'hiver dernier|l'automne dernier|le printemps dernier)\b",
        r"\b(?:quand|lorsque) (?:j'etais|il etait|elle etait|on etait|tu etais) (?:tout )?(?:petite?|enfant|gamine?|ado|adolescente?|jeune|bebe|au (?:college|lycee)|a la fac|etudiante?|plus jeune)\b|\b(?:petite?|enfant|ado|adolescente?|plus jeune),? (?:j'ai|j'avais|il a|elle a|il avait|elle avait)\b",
        r"\bdans (?:mon|son|ma|sa) (?:enfance|jeunesse|adolescence)\b|\bquand j'avais \d+ ans\b|\ba l'age de \d+ ans\b",
        r"\ben (?:l'an )?(?:19|20)\d\d\b",
        r"\bdepuis(?: (?:ce jour|cette fois|ce moment|lors|cette epoque)(?:-la| la)?)?,? (?:plus rien|rien|jamais|aucune?|plus de|je n'ai (?:plus|jamais|rien)|je vais bien|tout va bien|ca va(?! pas\b| plus\b| mal\b)|c'est (?:fini|bon|passe)|ca ne s'est|ce n'est (?:jamais|plus)|pas de)",
        r"\b(?:plus )?rien depuis\b(?! (?:ce|cette|hier|tout a l'heure|\d+ (?:h|heures|minutes)))|\b(?:ne s'est|n'est|ca ne s'est) (?:jamais|plus) (?:reproduit|revenu|recommence|repete)\w*|\bjamais (?:recommence|reproduit)\b",
        r"\b(?:maintenant|aujourd'hui|desormais|a present|actuellement)(?:,)? "
        + _FR_FINE
        + r"|\b(?:je vais|il va|elle va|tout va) bien (?:maintenant|aujourd'hui|depuis)\b|\btout est rentre dans l'ordre\b",
        r"(?<!ne )(?<!pas )\b(?:c'est|ca a|ca a fini par|elle a|il a|les symptomes ont|le gonflement a|la douleur a|la reaction a) (?:passe|disparu|degonfle|fini par passer|fini par partir)\b(?! (?:il y a (?:une|un|\d+|quelques) (?:minute|heure|seconde)|ce matin|hier|cette nuit|tout a l'heure|a l'instant))",
        r"\b(?:c'est|ca (?:est|s'est)) (?:reparti|parti) (?:tout seul|tout seule|seul|vite|rapidement|apres|avec)\b|\b(?:le gonflement|la douleur|la reaction|la crise) (?:est )?(?:partie?|passee?|disparue?)\b",
        r"\b(?:on m'a|ils m'ont|les medecins m'ont|le medecin m'a|j'ai ete|il a ete|elle a ete|on l'a) (?:soigne|soignee|traite|traitee|gueri|guerie)\b|\bje suis (?:sorti|sortie) de l'hopital\b|\b(?:je suis|il est|elle est) (?:gueri|guerie)\b",
    ],
    "again": [
        r"(?<!arriver )(?<!se reproduire )(?<!revenir )(?<!recommencer )(?<!refaire )(?<!avoir )(?<!si ca )(?<!que ca )\b(?:de nouveau|a nouveau|une nouvelle fois|encore une fois)\b",
        r"(?<!pas )\bencore (?:une crise|un malaise|une reaction|mal|des crises|du sang|gonfle\w*|en train|plus (?:mal|gonfle\w*|fort))\b|\b(?:saigne|gonfle|gonflent|convulse|tremble|ai mal|a mal) (?:encore|toujours)\b",
        r"(?<!ne )(?<!si )(?<!si ca )(?<!s'il )(?<!si elle )(?<!peut )(?<!pourrait )\b(?:ca |il |elle |la douleur |le gonflement |la crise |la reaction )?(?:recommence|a recommence|revient|est revenue?|reprend|a repris|se reproduit|s'est reproduit|refait|a refait|rechute)\b(?! de\b| a la maison| chez)",
        r"\b(?:en ce moment|actuellement|a l'instant|la tout de suite|tout de suite|en ce moment meme|la,? maintenant|juste maintenant)\b(?!,? "
        + _FR_FINE
        + r")",
        r"\bmaintenant,? (?:encore|de nouveau|a nouveau|il (?:fait|a|saigne|gonfle|ne respire)|elle (?:fait|a|saigne|gonfle|ne respire)|j'ai (?:encore|de nouveau|mal|du mal)|ca (?:recommence|revient|gonfle|saigne)|je (?:saigne|gonfle|n'arrive|ne peux|m'etouffe|fais)|ma gorge|mes levres|sa gorge|ses levres)",
        r"\btoujours (?:mal|en train|gonfle\w*|du mal|pas (?:reveille\w*|conscient\w*)|inconscient\w*|des douleurs|la douleur|des crises|aussi mal)\b|\b(?:j'ai|il a|elle a) toujours (?:mal|du mal|les levres|la gorge|des douleurs|une douleur|une pression)\b|\bca continue\b|\bcontinue (?:de|a) (?:saigner|gonfler|convulser|avoir mal)\b",
        r"\bdepuis (?:ce matin|cette nuit|hier|tout a l'heure|une heure|(?:\d+|deux|trois|quelques) (?:heures|minutes|h)|midi|le reveil)\b",
        r"\baujourd'hui\b(?!,? "
        + _FR_FINE
        + r")|\b(?:ce soir|cette nuit|ce matin|cet apres-midi|cet aprem|hier(?: soir)?|tout a l'heure|il y a un instant|il y a peu)\b",
        r"\b(?:il y a|y a|y'a) (?:une|un|\d+|deux|trois|quelques|cinq|dix|vingt|trente) (?:minutes?|heures?|secondes?|instants?|h)\b|\bvien(?:t|s) de (?:s'evanouir|m'evanouir|faire|perdre|tomber|convulser|gonfler|saigner|avoir)\b",
    ],
    "negated": [
        r"\b(?:pas|jamais|point|n'(?:ai|a|avais|avait|y a|y avait) plus)\b"
        + _FR_GUARD
        + r"(?: (?:eu|fait|ressenti|senti|remarque|note|constate|vu|du tout|vraiment|non plus|encore eu|eu non plus)){0,2} d(?:e |')"
        + _FR_SIGN
        + r"(?:(?:, (?:de |d')?"
        + _FR_SIGN
        + r")*,? (?:ni|ou) "
        + _FR_ART
        + r"?"
        + _FR_SIGN
        + r")?\b",
        r"\b(?:(?:sans|ni|aucune?) |absence d(?:e |'))"
        + _FR_GUARD
        + _FR_ART
        + r"{0,2}"
        + _FR_SIGN
        + r"(?:(?:, "
        + _FR_ART
        + r"?"
        + _FR_SIGN
        + r")*,? (?:ni|ou) "
        + _FR_ART
        + r"?"
        + _FR_SIGN
        + r")?\b",
        r"\b(?:je ne me suis|il ne s'est|elle ne s'est|on ne s'est|ne me suis|ne s'est|me suis|s'est) (?:pas|jamais|plus) (?:evanoui\w*|effondre\w*|etouffe\w*)\b",
        r"\b(?:n'ai|n'a|n'avais|n'avait|ai|a|avais|avait) (?:pas|jamais|point) (?:perdu connaissance|convulse|saigne|fait (?:de |d')?(?:malaises?|crises?|convulsions?))\b",
        r"\b(?:gorge|levres|langue|visage|bouche|cou)(?: n'(?:a|ont|est|etait|etaient)| ne (?:sont|s'est|se sont|sont))? (?:pas|jamais|plus) (?:gonfle\w*|enfle\w*)\b|\bpas mal (?:a|dans) la poitrine\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- de
_DE_N = (
    r"(?:ein|einem|einen|einem halben|anderthalb|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwanzig"
    r"|ein paar|einigen|mehreren|vielen|\d+)"
)
_DE_SIGN = (
    r"(?:brustschmerz\w*|(?:schmerz\w*|druck|engegefuhl\w*|enge) (?:in der|in die|an der|auf der|im bereich der) brust"
    r"|brustenge|engegefuhl\w*|brustdruck|atemnot|luftnot|kurzatmigkeit|atembeschwerden|atemprobleme"
    r"|(?:probleme|schwierigkeiten) (?:beim|mit dem) atmen|ohnmacht\w*|bewusstlosigkeit"
    r"|schwellung\w*(?: (?:im|am|an der|an den|der|des) (?:hals|rachen|mund|lippen|zunge|gesicht|kehle))?|krampf\w*|anfall"
    r"|anfalle|blutung\w*|blut|taubheit\w*|kribbeln|lahmung\w*|verwirrung|verwirrtheit|schmerz\w*)"
)
_DE_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:so (?:stark|schlimm|heftig)\w*|solche\w*|wie (?:jetzt|heute|diese\w*)|derart\w*|dermassen)\b)"
_DE_FINE = r"(?! (?:(?:geht|gehts|ist|bin|sind) )?(?:(?:es|mir|ihm|ihr|alles|ich|wieder) )*(?:gut|ok|okay|in ordnung|gesund|beschwerdefrei|normal|fit)\b)"
_DE = {
    "over": [
        r"\bvor (?:" + _DE_N + r" )?(?:jahren|jahr|monaten|monat|jahrzehnten)\b|\bvor langer zeit\b",
        r"\b(?:letztes|letzten|vergangenes|vergangenen|voriges|vorigen) (?:jahr|monat|sommer|winter|herbst|fruhling|fruhjahr)\b|\bim (?:letzten|vergangenen|vorigen) (?:jahr|monat|sommer|winter|herbst|fruhling)\b",
        r"\bals (?:ich|er|sie|wir) (?:noch )?(?:ein )?(?:kind|klein|kleiner|jugendliche[r]?|teenager|teenie|jung|junger|schuler|schulerin|student|studentin|baby) (?:war|waren)\b|\bals (?:kind|kleinkind|jugendliche[rn]?|teenager)\b",
        r"\bin (?:meiner|seiner|ihrer|der) (?:kindheit|jugend|schulzeit|studienzeit|pubertat)\b|\bmit (?:\d+|zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn) jahren\b|\bals (?:ich|er|sie) (?:\d+|zwolf|funfzehn|sechzehn) (?:war|jahre alt war)\b",
        r"\bim jahr(?:e)? (?:19|20)\d\d\b|\b(?:19|20)\d\d (?:hatte|war|bin|habe|hab|wurde|ist|gab)\b|\b(?:im|ende|anfang|mitte|sommer|herbst|winter|fruhjahr) (?:19|20)\d\d\b",
        r"\b(?:seitdem|seither|danach) (?:ist |war |gab es |hatte ich |habe ich |hab ich |hatte er |hatte sie )?(?:nie(?:mals)? (?:wieder|mehr)|nichts (?:mehr|passiert)|kein(?:e|en)? (?:anfall|anfalle|probleme|beschwerden|reaktion\w*)(?: mehr)?|alles (?:gut|ok|okay|in ordnung|normal)|gut)\b",
        r"\bnie wieder\b|\bnicht (?:wieder|mehr) (?:passiert|aufgetreten|vorgekommen|gehabt|bekommen|gekommen)\b",
        r"\b(?:jetzt|heute|inzwischen|mittlerweile|mittlerweile ist|seitdem)(?: (?:ist|geht|gehts|bin|geht's))?(?: (?:mir|ihm|ihr|es|alles|ich|wieder))* (?:gut|wieder gut|ok|okay|in ordnung|gesund|beschwerdefrei|symptomfrei|topfit|fit|normal)\b",
        r"\b(?:ist|war|es ist|das ist|das war|es war|alles) (?:wieder )?(?:vorbei|abgeklungen|abgeschwollen|zuruckgegangen)\b|\b(?:ist|sind) (?:von selbst |schnell |dann |wieder )*(?:abgeklungen|abgeschwollen|weggegangen|zuruckgegangen)\b|\bging (?:von selbst |schnell |dann |wieder )*(?:weg|vorbei|zuruck)\b",
        r"\b(?:wurde|wurden|bin|wurde ich|wurde er|wurde sie) (?:\w+ )?(?:behandelt|versorgt|entlassen)\b|\bbin (?:wieder )?geheilt\b|\bist (?:wieder )?ausgeheilt\b",
    ],
    "again": [
        r"(?<!falls es )(?<!wenn es )(?<!falls )(?<!wenn )\b(?:schon )?wieder\b(?<!nie wieder)(?<!nicht wieder)(?<!nicht mehr wieder)(?! (?:gut|ok|okay|in ordnung|normal|gesund|fit|weg|vorbei|abgeklungen|aufgewacht|wach|passieren|auftreten|kommen|vorkommen|bekommen|haben)\b)",
        r"(?<!falls )(?<!wenn )\b(?:erneut|nochmal|noch einmal|abermals)\b(?! (?:passieren|auftreten|kommen|vorkommen|bekommen|fragen)\b)",
        r"\b(?:jetzt gerade|gerade jetzt|genau jetzt|im moment|momentan|in diesem moment|aktuell|gerade eben)\b"
        + _DE_FINE,
        r"\bjetzt (?:wieder|schon wieder|fangt (?:es )?(?:wieder )?an|schwillt|schwellen|blutet|krampft|atmet|hat (?:er|sie) (?:wieder|einen|eine)|habe ich (?:wieder|schon wieder|einen|eine|starke|schmerzen)|bekomme ich keine|kriege ich keine|kann ich nicht)\b",
        r"\b(?:schwillt|schwellen|blutet|krampft|krampfen|atmet|kippt|bekomme|kriege|ist|hat|habe) (?:\w+ )?gerade\b(?! (?:erst|noch|nicht|mal|so)\b)",
        r"\b(?:immer noch|noch immer|nach wie vor|weiterhin)\b|\b(?:blutet|schwillt|krampft|schmerzt) (?:es |er |sie )?noch\b",
        r"\b(?:ist|sind|kommt) (?:es |sie |er |alles |die schwellung |der schmerz |der ausschlag )?zuruck(?:gekommen)?\b|\bist wieder da\b",
        r"\bseit (?:heute (?:morgen|fruh|nacht|mittag)|heute|gestern(?: abend)?|dem aufstehen|(?:einer|einigen|ein paar|zwei|drei|\d+) (?:stunden?|minuten)|vorhin|kurzem|eben)\b",
        r"\bheute\b"
        + _DE_FINE
        + r"|\b(?:heute nacht|heute abend|heute morgen|heute fruh|gestern|vorhin|gerade eben)\b|\bvor (?:einer|ein paar|einigen|zwei|drei|funf|zehn|\d+|kurzem) (?:minuten?|stunden?|sekunden?)\b|\bvor kurzem\b",
        # "hatte grad nen Krampfanfall": just now, however it ends
        r"\b(?:hatte|hat|hab|habe|war|ist|bin|wurde) (?:\w+ )?(?:grad|gerade|eben|soeben)\b(?! (?:erst|noch nicht|nicht)\b)",
    ],
    "negated": [
        r"\b(?:kein|keine|keinen|keiner|keinem|keines|keinerlei|ohne|weder|nie|niemals)\b"
        + _DE_GUARD
        + r"(?: (?:richtige[nr]?|echte[nr]?|weitere[nr]?|mehr|einen|eine|einer|irgendwelche[n]?|wirkliche[n]?|grossere[n]?|auch)){0,2} "
        + _DE_SIGN
        + r"(?:(?:, "
        + _DE_SIGN
        + r")*,? (?:noch|oder) (?:kein\w* |ohne )?"
        + _DE_SIGN
        + r")?\b",
        r"\b(?:nicht|nie|niemals)"
        + _DE_GUARD
        + r" (?:mehr |wirklich |richtig |einmal )?(?:ohnmachtig|bewusstlos|umgekippt|kollabiert|verwirrt|taub|geschwollen|angeschwollen|zugeschwollen|gekrampft|geblutet)\b",
        _DE_SIGN
        + r" (?:habe|hab|hatte|hat|gab es|gibt es) (?:ich |er |sie |es )?(?:keine|keinen|nicht|nie)\b",
        r"\b(?:hals|rachen|lippen|zunge|gesicht|mund) (?:ist|sind|war|waren|wurde|wurden) (?:auch )?(?:nicht|nie) (?:mehr )?(?:geschwollen|angeschwollen|zugeschwollen|dick)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- pt
_PT_N = (
    r"(?:um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|alguns|algumas|uns|umas"
    r"|varios|varias|muitos|poucos|mais de (?:um|uma|\d+)|quase (?:um|uma|\d+)|\d+)"
)
_PT_SIGN = (
    r"(?:dor(?:es)? (?:no|do|de|forte no|forte do) peito|dor(?:es)? toracic[ao]s?|(?:aperto|pressao|peso) no peito|falta de ar"
    r"|dificuldade (?:para|pra|de|em|ao) respirar|dificuldade respiratoria|falta de folego|sufocamento|desmaios?"
    r"|perda de (?:consciencia|sentidos)|inchaco(?: (?:na|no|nos|nas|da|do|dos|das) (?:garganta|labios?|lingua|boca|rosto"
    r"|cara|olhos?))?|(?:garganta|lingua|boca|cara|rosto) inchad[ao]|labios inchados|convulsao|convulsoes"
    r"|crises? (?:convulsivas?|epilepticas?)|crises?|ataques? epileptic[oa]s?|sangramentos?|hemorragias?|sangue"
    r"|dormencias?|formigamentos?|paralisia|confusao|desorientacao|dor(?:es)?)"
)
_PT_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:tao|tanta|tanto|assim|igual|como (?:essa|esse|esta|este|agora|hoje|a de hoje)|parecid[ao]|semelhante|pior)\b)"
_PT_FILL = (
    r"(?: (?:tenho|tem|tive|teve|tinha|tido|sinto|sente|senti|sentiu|sentia|sentido|ha|havia|houve|apresentou|apresenta"
    r"|notei|percebi|estou com|esta com|to com|ta com|estava com|fiquei com|ficou com|mais|tipo de|sinal de|sinais de"
    r"|sintoma de|nenhum|nenhuma|nada de|um|uma|nem|nunca|qualquer|e|era|foi|parece ser|parecia)){0,4}"
)
_PT_FINE = r"(?! (?:(?:eu|ele|ela|ja|tudo) )*(?:estou |esta |to |ta |fico |tudo )?(?:bem|otim[oa]|normal|de boa|tranquil[oa])\b)"
_PT = {
    "over": [
        r"(?<!desde )\b(?:ha|faz|fazem|fazia|havia) (?:"
        + _PT_N
        + r" )?(?:anos|ano|meses|mes)\b(?! que\b(?! (?:ja )?n(?:ao|unca)\b))",
        r"\b(?:"
        + _PT_N
        + r" )?(?:anos|ano|meses|mes) atras\b|(?<!desde )\b(?:ha|faz) (?:muito|bastante) tempo\b(?! que\b(?! (?:ja )?nao\b))",
        r"\b(?:no |o )?ano passado\b|\b(?:no |o )?mes passado\b|\bno (?:verao|inverno|outono) passado\b|\bna primavera passada\b|\bano retrasado\b",
        r"\bquando (?:eu |ele |ela )?(?:era|eramos|tinha|estava) (?:uma |um )?(?:pequen[oa]|crianca|menin[oa]|nenem|bebe|adolescente|jovem|mais nov[oa]|nov[oa]|\d+ anos|na escola|no colegio|na faculdade)\b",
        r"\bna (?:minha |sua )?(?:infancia|adolescencia|juventude)\b|\bquando (?:pequen[oa]|crianca)\b|\b(?<!desde )de pequen[oa]\b|\bna epoca da escola\b",
        r"\bem (?:19|20)\d\d\b",
        r"\bdesde entao,? (?:nada|nao|nunca|tudo (?:bem|normal|certo)|estou bem|fico bem|sem)\b|\bnada (?:mais )?desde entao\b|\bnunca mais (?:tive|teve|aconteceu|me aconteceu|voltou|senti|sentiu|desmaiei|desmaiou)\b",
        r"\bnao (?:voltou|volto) a (?:acontecer|ocorrer|se repetir|repetir|ter)\b|\bnao aconteceu mais\b|\bnao se repetiu\b|\bnao (?:tive|teve) mais (?:nada|nenhum\w*|crises?|reac\w*|problemas?|convuls\w*|desmaio\w*)\b",
        r"\b(?:agora|hoje|hoje em dia|atualmente|ja)(?: (?:eu|ele|ela|ja|ta|tudo))* (?:estou|esta|to|ta|fico|me sinto|se sente|tudo) (?:bem|otim[oa]|normal|perfeit[oa]|saudavel|recuperad[oa]|de boa|tranquil[oa])\b|\b(?:estou|to|esta|ta) (?:bem|otim[oa]) agora\b|\btudo (?:bem|certo|normal|tranquilo) agora\b",
        r"(?<!nao )(?<!nunca )\b(?:ja )?(?:passou|sumiu|melhorou|desinchou|desapareceu|foi embora|se resolveu|curou|sarou)\b(?=\s*(?:$|[.,;:!?)]|e\b|mas\b|sozinh[oa]|rapido|logo|depois|em (?:pouco|poucos|\d+|uns|umas|alguns)|com (?:o tempo|remedio|o remedio|a injecao|adrenalina|antialergico)|completamente))",
        r"\b(?:me|o|a|lhe) (?:trataram|atenderam|medicaram|curaram|deram alta|liberaram)\b|\b(?:tive|teve|recebi|recebeu) alta\b|\b(?:fui|foi) (?:tratad[oa]|medicad[oa]|curad[oa]|liberad[oa])\b|\bsai do hospital\b|\bme recuperei\b|\bse recuperou\b",
    ],
    "again": [
        r"(?<!acontecer )(?<!acontece )(?<!ocorrer )(?<!ter )(?<!repetir )(?<!aconteca )(?<!volte )(?<!voltar )(?<!se acontecer )\b(?:de novo|outra vez|novamente|mais uma vez)\b",
        r"(?<!nao )(?<!nunca )(?<!se )(?<!mais )\b(?:voltou|voltaram|volta|esta voltando|ta voltando) a \w+",
        r"\b(?:voltou|voltaram|volta|voltando|retornou) (?:o|a|os|as) (?:inchaco|dor|dores|crises?|convuls\w*|reac\w*|alergia|falta de ar|sangramento|desmaio\w*|sintomas?)\b|\b(?:o|a) (?:inchaco|dor|crise|reacao|alergia|falta de ar|sangramento) (?:voltou|retornou|esta voltando|ta voltando)\b",
        r"\b(?:agora mesmo|neste momento|nesse momento|agorinha|agora (?:ta|esta|estou|to|ele|ela|de novo|outra vez|comecou|voltou|inchou|desmaiou|sangrando|convulsionando))\b"
        + _PT_FINE,
        r"\b(?:ainda|continuo|continua|segue|sigo) (?:com|sem (?:conseguir|respirar|acordar|reagir)|sangrando|inchad[oa]s?|inchando|doendo|convulsionando|desmaiad[oa]|desacordad[oa]|inconsciente|(?:estou|esta|to|ta) (?:com|inchad|sangr|doendo|desmai|inconsc)|(?:tenho|tem|sinto|sente) (?:dor|falta|inchac|dificuldade|crise|convuls|sangr|a garganta|os labios)|doi|me doi|lhe doi)\w*",
        r"\bdesde (?:hoje de manha|de manha|cedo|hoje|ontem|a madrugada|ontem a noite|manha)\b|\bhoje\b(?! em dia)"
        + _PT_FINE,
        r"\b(?:hoje a noite|esta noite|essa noite|hoje de manha|hoje cedo|ontem|agora ha pouco|agora a pouco|ha pouco|faz pouco)\b|\b(?:ha|faz) (?:uns |alguns |\d+ |poucos |dois |cinco |dez |vinte |trinta )?(?:minutos?|horas?|segundos)\b|\bacab(?:a|ou|ei) de\b",
    ],
    "negated": [
        r"\b(?:sem|nenhum|nenhuma|nem|nada de|nunca|nao|jamais)\b"
        + _PT_GUARD
        + _PT_FILL
        + " "
        + _PT_SIGN
        + r"(?:(?:, "
        + _PT_SIGN
        + r")*,? (?:nem|ou) "
        + _PT_SIGN
        + r")?\b",
        r"\b(?:nao|nunca|nem)"
        + _PT_GUARD
        + r" (?:cheguei a |chegou a )?(?:desmaiei|desmaiou|desmaiava|desmaiar|apaguei|apagou|convulsionei|convulsionou|sangrei|sangrou|perdi (?:a )?consciencia|perdeu (?:a )?consciencia)\b",
        r"\b(?:nao|nem) (?:me |lhe )?(?:falta|faltou|faltava) (?:o )?ar\b|\b(?:nao|nem) (?:me |lhe )?(?:doi|doeu|doia) (?:o |no )?peito\b",
        r"\b(?:garganta|labios?|lingua|boca|rosto|cara) nao (?:inchou|incharam|inchava|esta inchad[ao]s?|estao inchad[ao]s?|ficou inchad[ao]|ficaram inchad[ao]s|fechou)\b|\bnao (?:inchou|incharam) (?:a|o|os|as) (?:garganta|labios?|lingua|boca|rosto)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- it
_IT_N = r"(?:un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|alcuni|alcune|qualche|parecchi|diversi|molti|tanti|pochi|\d+)"
_IT_SIGN = (
    r"(?:dolor[ei] (?:al|nel|del|di|sul) petto|dolor[ei] toracic[oi]|(?:oppressione|peso|fitte) (?:al|nel|sul) petto|fiato corto"
    r"|mancanza di (?:fiato|respiro|aria)|affanno|fame d'aria|difficolta (?:a|nel|di|per) respirare|difficolta respiratori[ae]"
    r"|dispnea|svenimenti|svenimento|perdit[ae] di (?:coscienza|sensi)|perdita dei sensi|sincope"
    r"|gonfior[ei](?: (?:alla|della|delle|alle|al|del|in) (?:gola|labbra|lingua|viso|faccia|bocca))?|(?:gola|lingua|bocca|faccia) gonfia"
    r"|labbra gonfie|edema|convulsioni|crisi (?:epilettic[ahe]|convulsiv[ae])|crisi|attacchi(?: epilettici)?"
    r"|sanguinament[oi]|emorragi[ae]|sangue|intorpidimento|formicoli[oi]|paralisi|confusione|stato confusionale|dolor[ei])"
)
_IT_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:cosi|tanto|tanta|come (?:questo|questa|ora|adesso|oggi|quello di oggi)|simile|del genere|paragonabile|peggiore|peggio)\b)"
_IT_FILL = (
    r"(?: (?:ho|ha|hai|abbiamo|avevo|aveva|avuto|sento|sente|sentito|provato|c'e|c'era|ci sono|stati|state|stato|stata|e|era"
    r"|mai|piu|alcun|alcuna|alcuno|nessun|nessuna|tipo di|segni di|sintomi di|un|una|uno|il|la|lo|i|le|gli|del|della|dei"
    r"|delle|di)){0,4}"
)
_IT_FINE = r"(?! (?:(?:io|lui|lei|gia|tutto) )*(?:sto|sta|va|e|sono|tutto) (?:bene|benissimo|ok|a posto|normale|guarit[oa]|in forma)\b)"
_IT = {
    "over": [
        r"\b(?:" + _IT_N + r" )?(?:anni|anno|mesi|mese) fa\b|\b(?:tanto|molto)? ?tempo fa\b",
        r"\bl'anno (?:scorso|passato)\b|\bil mese (?:scorso|passato)\b|\bl'(?:estate|inverno|autunno) (?:scors[oa]|passat[oa])\b|\bla primavera (?:scorsa|passata)\b",
        r"(?<!fin )\bda (?:piccol[oa]|bambin[oa]|ragazzin[oa]|ragazz[oa]|giovane|adolescente|neonat[oa]|bimb[oa])\b|\bquando (?:ero|era|eravamo|avevo|aveva) (?:piccol[oa]|bambin[oa]|ragazzin[oa]|ragazz[oa]|giovane|adolescente|neonat[oa]|bimb[oa]|all[ea] (?:medie|elementari|superiori)|al liceo|all'universita|\d+ anni)\b",
        r"\bnell'infanzia\b|\bnella (?:mia|sua) (?:infanzia|adolescenza|giovinezza)\b",
        r"\bnel (?:19|20)\d\d\b",
        r"\bda allora (?:non|niente|nulla|mai|piu niente|piu nulla|tutto (?:bene|ok|a posto)|sto bene|nessun\w*)\b",
        r"\bnon (?:mi |gli |le )?(?:e|e mai|e piu|si e piu|si e mai) (?:successo|capitato|ricapitato|ricomparso|ripresentato|ripetuto|tornato)\b(?! (?:in se|cosciente|a respirare|a svegliarsi|lucido))|\bmai piu (?:successo|capitato|avuto)\b",
        r"\b(?:ora|adesso|oggi|oggi come oggi|ormai|attualmente)(?: (?:io|lui|lei|gia|tutto))* (?:sto|sta|va|e|sono|e tutto|tutto) (?:bene|benissimo|ok|a posto|normale|guarit[oa]|in forma)\b|\b(?:sto|sta|va) bene (?:ora|adesso|oggi)\b|\btutto (?:bene|ok|a posto) (?:ora|adesso|da allora)\b",
        r"(?<!non )(?<!non e )(?<!non si e )\b(?:(?:e|si e|mi e|gli e|le e|sono|mi sono|si sono) )?(?:passat[oaie]|sparit[oaie]|sgonfiat[oaie]|risolt[oaie]|andat[oaie] via)\b(?=\s*(?:$|[.,;:!?)]|e\b|ma\b|da (?:sol[oa]|se)|subito|presto|dopo|in (?:poco|pochi|\d+|qualche)|con (?:il|la|l'|i|le|un|una) ?(?:tempo|cortisone|antistaminico|adrenalina|puntura|iniezione|terapia|farmac[oi])|del tutto|completamente))",
        r"\b(?:mi|l'|lo|la|li|gli) ?(?:hanno|han) (?:curat[oa]|trattat[oa]|dimess[oa]|medicat[oa]|salvat[oa]|stabilizzat[oa])\b|\b(?:sono|e) stat[oa] (?:curat[oa]|trattat[oa]|dimess[oa]|medicat[oa])\b|\b(?:sono|e) guarit[oa]\b",
    ],
    "again": [
        r"(?<!succedere )(?<!capitare )(?<!ripetersi )(?<!tornare )(?<!ricapitare )(?<!avere )(?<!venire )(?<!se succede )\b(?:di nuovo|ancora una volta|un'altra volta|un altra volta|nuovamente)\b",
        r"(?<!non )(?<!non ho )\bancora (?:una|un|un'altra|male|gonfi\w*|sanguin\w*|convuls\w*|in corso|crisi|fatica|difficolta|dolore|dolori)\b|\b(?:sanguina|fa male|e gonfi[ao]|convulsa|trema|sta male) ancora\b",
        r"(?<!non )(?<!non e )(?<!se )(?<!piu )\b(?:(?:e|si e|mi e|gli e|le e) )?(?:ricominciat[oa]|ricomparso|ricomparsa|ricapitato|ricapitata|risuccesso|tornat[oa])\b(?! (?:a casa|dall|dal|da|in se|cosciente|a respirare|normale|come prima))|(?<!se )(?<!non )\b(?:ricomincia|ritorna|si ripresenta|si ripete)\b",
        r"\b(?:proprio ora|proprio adesso|in questo momento|in questo istante|al momento|attualmente)\b"
        + _IT_FINE,
        r"\b(?:adesso|ora) (?:(?:mi|gli|le|si) )?(?:sta (?:di nuovo|ancora|gonfiando|sanguinando|male|avendo|facendo|chiudendo)|sto (?:di nuovo|ancora|gonfiando|sanguinando|male|avendo)|stanno|di nuovo|ancora|ricomincia|sanguina|convulsa|non respira|non riesc[eo]|e svenut[oa]|ha (?:di nuovo|un'altra|ancora|le labbra|la gola)|ho (?:di nuovo|un'altra|ancora|le labbra|la gola|dolore|male))",
        r"\btuttora\b|\bcontinua a (?:sanguinare|gonfiarsi|far male|convulsare|non)\b",
        r"\bda (?:stamattina|stamani|questa mattina|stanotte|ieri(?: sera)?|oggi|un'ora|qualche ora|(?:due|tre|\d+) ore|stasera)\b",
        r"\boggi\b(?! come oggi)"
        + _IT_FINE
        + r"|\b(?:stasera|stanotte|stamattina|stamani|questa (?:sera|notte|mattina)|ieri|poco fa|un attimo fa|un'ora fa)\b|\b(?:un|qualche|pochi|due|tre|cinque|dieci|\d+) (?:minut[oi]|or[ae]|second[oi]) fa\b|\b(?:e|si e|ha|sono) appena\b",
    ],
    "negated": [
        r"\b(?:nessun|nessuna|nessuno|niente|senza|nemmeno|neanche|neppure|non|mai|zero)\b"
        + _IT_GUARD
        + _IT_FILL
        + " "
        + _IT_SIGN
        + r"(?:(?:, "
        + _IT_SIGN
        + r")*,? (?:ne|o) "
        + _IT_SIGN
        + r")?\b",
        r"\bne " + _IT_SIGN + r"(?:,? (?:ne|o) " + _IT_SIGN + r")?\b",
        r"\bnon (?:sono|e|era|ero) (?:mai |piu )?(?:svenut[oa]|collassat[oa])\b|\bnon (?:ho|ha|aveva|avevo) (?:mai |piu )?(?:perso (?:i sensi|conoscenza)|sanguinato)\b",
        r"\b(?:la gola|le labbra|la lingua|la faccia|il viso|la bocca) non (?:si (?:e|sono) )?(?:e |sono |era |erano )?(?:mai |piu )?(?:gonfiat[aei]|gonfi[ae])\b|\bnon (?:mi|gli|le) (?:fa|faceva) male (?:il|al) petto\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- zh
_ZH_SIGN = (
    r"(?:胸痛|胸口(?:痛|疼|闷|悶|发紧|發緊)|胸(?:闷|悶)|胸部(?:疼痛|不适|不適|压迫感|壓迫感)|胸口?(?:压迫感|壓迫感)|心口痛|心绞痛|心絞痛"
    r"|呼吸困难|呼吸困難|气短|氣短|气促|氣促|气喘|氣喘|喘不(?:过|過|上)(?:气|氣)来?|透不过气|透不過氣|憋气|憋氣"
    r"|晕倒|暈倒|昏倒|晕厥|暈厥|昏厥|晕过去|暈過去|昏过去|昏過去|昏迷|失去(?:意识|意識|知觉|知覺)"
    r"|(?:喉咙|喉嚨|嗓子|嘴唇|舌头|舌頭|脸|臉|眼睛)(?:肿|腫)(?:胀|脹)?|肿胀|腫脹|水肿|水腫|抽搐|抽筋|痉挛|痙攣|癫痫发作|癲癇發作|惊厥|驚厥"
    r"|出血|流血|麻木|发麻|發麻|意识模糊|意識模糊|神志不清|糊涂|糊塗|疼痛|肿|腫|痛|疼)"
)
_ZH_GUARD = r"(?![^。，,.!?！？；;\n]{0,15}(?:这么|這麼|这样|這樣|如此|这种|這種|像现在|像現在|像今天))"
_ZH_FINE = r"(?!(?:我|他|她)?(?:已经|已經|都|也|就)*(?:没事|沒事|好了|很好|挺好|正常|想问|想問|来问|來問|问一下|問一下))"
_ZH = {
    "over": [
        r"(?:\d+|[一二两兩三四五六七八九十几幾半好多数數]+)\s*(?:个|個)?\s*多?(?:年|月)多?(?:以前|之前|前)(?!开始|開始|起)",
        r"去年|前年|上(?:个|個)月|上半年|前些年|那年|当年|當年|很久(?:以前|之前)|好久(?:以前|之前)",
        r"小(?:时候|時候)|小的(?:时候|時候)|童年|儿时|兒時|幼时|幼時|(?:上|读|讀)?(?:小学|小學|初中|高中|中学|中學|大学|大學)(?:的)?(?:时候|時候|时|時)|年轻(?:的)?时候|年輕(?:的)?時候|青春期|十几岁|十幾歲|(?:\d+|[一二三四五六七八九十]+)岁(?:的)?(?:时候|時候|那年)",
        r"(?:19|20)\d\d\s*年",
        r"(?:现在|現在|如今|目前|已经|已經|后来|後來|之后|之後|然后|然後|很快|慢慢)(?:就|也|都|我|他|她|已经|已經|自己|自行|慢慢)*(?:没事|沒事|好了|好多了|恢复了|恢復了|康复了|康復了|痊愈了|痊癒了|正常了|消肿了|消腫了|缓解了|緩解了|很好|挺好|正常)",
        r"(?:从那|從那|自那|那次)(?:以后|以後|之后|之後|时起|時起|次以后|次以後|次之后|以来|以來)?(?:就|也|再|都)*(?:没|沒|未)(?:有)?(?:再)?|再也?(?:没有?|沒有?|未)(?:发生|發生|发作|發作|出现|出現|犯|复发|復發|过|過)|(?:没|沒)(?:有)?再(?:发生|發生|发作|發作|出现|出現|犯|复发|復發|晕|暈|抽)",
        r"(?:从那|從那|自那|那次)(?:以后|以後|之后|之後|以来|以來)(?:就|也|都|一直|我|他|她)*(?:很好|挺好|没事|沒事|正常|好好的)",
        r"治好了|已经治好|已經治好|治愈了|治癒了|痊愈|痊癒|出院了|(?:抢救|搶救|救)(?:过来|過來)了|打了(?:肾上腺素|腎上腺素|针|針)(?:以后|以後|之后|之後|就|后|後)?(?:就)?(?:好了|没事|沒事)|(?:肿|腫)(?:已经|已經)?消了",
        r"(?<![昏晕暈死])(?:都|已经|已經|早就)(?:过去|過去)了",
    ],
    "again": [
        r"(?<![会會能怕心可还還])又(?:一次|开始|開始|来|來|犯|发作|發作|晕|暈|抽|肿|腫|出现|出現|出血|流血|喘|疼|痛|闷|悶|过敏|過敏|昏|倒|觉得|覺得|有|是|在)",
        r"(?<![会會能可怕心])再次(?:发作|發作|出现|出現|晕|暈|抽|肿|腫|发生|發生)(?!的可能|吗|嗎)|复发了|復發了",
        r"(?:现在|現在)(?:他|她|我|又|正在|正|还|還)*(?:又|正在|开始|開始|突然|喘不|呼吸困难|呼吸困難|胸口?(?:痛|疼|闷|悶)|喉咙|喉嚨|嗓子|嘴唇|舌头|舌頭|晕|暈|抽|肿|腫|出血|流血|不能|没法|沒法|很难受|很難受|难受|難受|昏迷|发作|發作|在(?:抽|流|肿|腫))",
        r"此刻|此时此刻|此時此刻|眼下|目前正|正在(?:发作|發作|抽|流血|出血|肿|腫|晕|暈|喘|变|變)",
        r"(?:还在|還在|仍在|仍然|依然|一直在|一直)(?:抽|流|出血|肿|腫|疼|痛|闷|悶|喘|晕|暈|昏|发作|發作|不醒|没醒|沒醒|难受|難受)|(?:还是|還是)很?(?:疼|痛|闷|悶|喘|肿|腫)",
        r"今天"
        + _ZH_FINE
        + r"|今晚|今早|今天早上|今天晚上|今夜|昨晚|昨天|昨夜|刚才|剛才|刚刚|剛剛|方才|从早上|從早上|早上(?:开始|開始)",
        r"(?:\d+|[一二两兩三四五六七八九十几幾半]+)\s*(?:个|個)?\s*(?:分钟|分鐘|小时|小時|钟头|鐘頭)(?:以前|之前|前)",
    ],
    "negated": [
        r"(?<!有)(?:没有|沒有|没|沒|无|無|未|并没有|並沒有|并无|並無|也没有|也沒有|从没有|從沒有|从没|從沒|从来没有|從來沒有|从来没|從來沒|从未|從未|不再|再也没有|再也沒有)"
        + _ZH_GUARD
        + r"(?:出现|出現|发生|發生|感到|感覺|感觉|觉得|覺得|什么|什麼|任何|过|過|再|有|明显|明顯|的|了|特别|特別|其他|其它|啥)*"
        + _ZH_SIGN
        + r"(?:(?:、|和|或|或者|及|，?也没有|，?也沒有|，?也没|，?也沒)"
        + _ZH_SIGN
        + r")*",
        r"(?:胸口|胸部|胸|喉咙|喉嚨|嗓子|嘴唇|舌头|舌頭|脸|臉|手|脚|腳)(?:也|都|并|並)?(?:不|没有|沒有|没|沒)(?:痛|疼|闷|悶|肿|腫|麻)",
    ],
}

# ---------------------------------------------------------------------------------------------------------- vi
_VI_SIGN = (
    r"(?:dau (?:that |tuc |nhoi )?nguc|tuc nguc|nang nguc|nhoi nguc|that nguc|kho chiu o nguc|kho tho|hut hoi|tho doc|tho gap"
    r"|ngop tho|ngat xiu|ngat|xiu|bat tinh|mat y thuc|sung (?:hong|hau|moi|luoi|mat|co|mieng)|phu (?:hong|moi|mat|ne|luoi)"
    r"|sung phu|co giat|dong kinh|len con (?:co giat|dong kinh)|chay mau|xuat huyet|mat mau"
    r"|te (?:tay|chan|mat|nua nguoi|mot ben|bi|liet)|lu lan|mat dinh huong|dau)"
)
_VI_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:nhu (?:the nay|vay|bay gio|hom nay)|den (?:muc nay|vay)|nang the nay|the nay)\b)"
_VI_NOTQ = r"(?! (?:khong|ko|k|chua|chang|a|ha|hong)\b)"  # "co dau nguc khong" is a question
_VI_FINE = r"(?! (?:(?:thi|toi|em|minh|no|be|da|cung|deu) )*(?:khoe|on|binh thuong|khong sao|khoi)\b)"
_VI = {
    "over": [
        r"\b(?:(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|may|mot vai|mot hai|hai ba|nhieu|hon mot|gan mot|muoi may) (?:nam|thang)|nua nam|mot nam ruoi) (?:truoc|ve truoc|trc)\b",
        r"\bcach day (?:\d+|mot|hai|ba|bon|nam|vai|may|nhieu|hon|gan)\w* (?:nam|thang)\b|\b(?:nam ngoai|nam truoc|nam kia|thang truoc)\b",
        r"\b(?:hoi|luc|khi|thoi|ngay) (?:(?:toi|em|minh|no|be|anh|chi|con) )?(?:con )?(?:nho|be|tre|con nho|con be|nien thieu|thieu nien|tho au|di hoc|hoc (?:cap \w+|tieu hoc|trung hoc|pho thong|dai hoc)|sinh vien|tuoi teen|day thi|mau giao)\b",
        r"\b(?:nam|vao nam|hoi nam) (?:19|20)\d\d\b",
        r"\b(?:truoc day|ngay xua|hoi truoc|thoi truoc|hoi do|hoi ay|dao do|dao truoc)\b",
        r"\btu (?:do|hoi do|luc do|dao do|lan do|sau lan do|khi do) (?:den nay |toi nay |den gio |toi gio |ve sau |tro di )?(?:khong|ko|k|chua|het|van on|deu on|binh thuong|khoe)\b",
        r"\b(?:khong|ko|chua) (?:bi|thay) lai (?:nua|lan nao)\b|\bkhong (?:con )?(?:bi )?tai phat\b|\bkhong con bi(?: gi)? nua\b|\b(?:khong|ko|chua) bi lai\b",
        r"\b(?:bay gio|gio|hien tai|hien gio|gio thi|bay gio thi|hien nay)(?: (?:thi|toi|em|minh|no|be|anh|chi|da|cung|deu))* (?:khoe|on|binh thuong|khong sao|khoi|het roi|khoi roi|do (?:roi|hon|nhieu)|khoi han)\b",
        r"\b(?:da|duoc) (?:dieu tri|chua khoi|chua tri|cap cuu kip|xuat vien|khoi benh|khoi han|khoi|hoi phuc|binh phuc|on dinh)\b|\bda het roi\b|\btu (?:khoi|het)\b|\bhet sung\b|\bxuat vien\b|\bxep xuong\b",
    ],
    "again": [
        r"(?<!khong )(?<!chua )(?<!ko )(?<!k )(?<!the )(?<!se )(?<!lo )(?<!so )\b(?:lai (?:bi|dau|sung|ngat|xiu|len con|co giat|tai phat|kho tho|chay mau|phat)|bi lai|tai phat|mot lan nua|lan nua|nua roi)\b"
        + _VI_NOTQ,
        r"\b(?:ngay bay gio|ngay luc nay|luc nay|hien tai dang|(?:bay gio|hien gio) (?:lai|dang|van|con|bi))\b"
        + _VI_FINE,
        r"(?<!khong )(?<!ko )(?<!chua )\b(?:dang (?:bi|dau|sung|phu|ngat|xiu|co giat|chay mau|kho tho|len con|tho doc)|van (?:con|dang|bi|dau|sung|kho tho|chay mau|chua tinh|khong tho|ngat|co giat)|con (?:dang|dau|sung|kho tho|chay mau))\b",
        r"\btu (?:sang nay|sang|toi qua|dem qua|hom qua|chieu nay|trua nay|luc sang|may tieng truoc|\d+ tieng truoc|vai tieng)\b",
        r"\bhom nay\b"
        + _VI_FINE
        + r"|\b(?:sang nay|toi nay|dem nay|chieu nay|trua nay|toi qua|dem qua|hom qua|vua (?:roi|moi|nay|xong)|vua (?:bi|ngat|xiu|co giat|len con))\b",
        r"\b(?:\d+|mot|hai|ba|vai|may|nam|muoi|muoi lam|hai muoi) (?:phut|tieng|gio) (?:truoc|trc)\b|\bcach day (?:\d+|mot|hai|vai|may|nam|muoi) (?:phut|tieng)\b",
    ],
    "negated": [
        r"\b(?:khong|ko|k|kg|khg|hok|khong he|khong con|het|chua (?:tung|he|bi|co|thay|bao gio)|chua tung)\b"
        + _VI_GUARD
        + r"(?: (?:co|bi|thay|cam thay|con|he|tung|dau hieu|trieu chung|gi|bao gio|lan nao)){0,3} "
        + _VI_SIGN
        + _VI_NOTQ
        + r"(?:(?:,| va| hay| hoac| cung khong| cung ko| ma cung khong) "
        + _VI_SIGN
        + _VI_NOTQ
        + r")*\b",
        r"\b(?:hong|moi|luoi|mat|co) (?:cung )?(?:khong|ko|chua) (?:bi )?(?:sung|phu)\b" + _VI_NOTQ,
    ],
}

# ---------------------------------------------------------------------------------------------------------- tl
_TL_SIGN = (
    r"(?:(?:pananakit|sakit|paninikip|pagsikip|bigat|kirot) (?:ng|sa) dibdib|masakit (?:na )?dibdib|chest pain|paninikip"
    r"|hirap (?:sa )?(?:huminga|paghinga)|kinakapos (?:ng|sa) (?:hininga|hangin)|hinihingal|hingal|shortness of breath"
    r"|nahimatay|mahimatay|himatay|pagkahimatay|hinimatay|nawalan ng (?:malay|ulirat)"
    r"|(?:pamamaga|namamaga|maga) (?:ng|sa) (?:lalamunan|labi|dila|mukha)|(?:namamaga|maga) (?:ang|yung) (?:lalamunan|labi|dila|mukha)"
    r"|pamamaga|namamaga|seizure|kombulsyon|kumbulsyon|nangisay|nangingisay|pangingisay|pagdurugo|dumudugo|dugo"
    r"|pamamanhid|namamanhid|manhid|pagkalito|nalilito|confusion|sakit)"
)
_TL_GUARD = r"(?![^.,;:!?\n]{0,50}\b(?:ganito|ganyan|ganoon|ganun|kalala|katindi|kasakit|like this)\b)"
_TL = {
    "over": [
        r"\b(?:(?:dalawang|tatlong|apat na|limang|anim na|pitong|walong|siyam na|sampung|ilang|isang|\d+) (?:taon|buwan)|ilang taon|ilang buwan) na (?:ang )?(?:nakalipas|nakaraan)\b",
        r"\b(?:noong|nung|nong) (?:isang taon|nakaraang taon|isang buwan|nakaraang buwan|isang linggo|nakaraang linggo|(?:19|20)\d\d|bata (?:pa )?(?:ako|siya|sya|kami)|teenager (?:ako|siya|pa)|high school|hs|elementary|elem|college|kolehiyo|grade \w+|bata)\b|\b(?:nakaraang|nakalipas na) (?:taon|buwan)\b",
        r"\b(?:last year|years ago|months ago|(?:\d+|two|three|a few|few|several) (?:years|months) ago|as a kid|when i was (?:a kid|young|a teenager|little))\b",
        r"\b(?:simula noon|mula noon|since then|magmula noon)(?:,)? (?:wala|hindi|di|okay|ok|fine|never)\b|\b(?:hindi|di) na (?:naulit|umulit|bumalik|nangyari)\b(?! (?:ang |yung )?(?:malay|hininga|ulirat|pulso))|\bwala nang (?:sumunod|naulit)\b",
        r"\b(?:okay|ok|oks|ayos|maayos|magaling|fine|mabuti|normal) na (?:ako|ko|siya|sya|kami|naman|po|lahat)\b|\b(?:gumaling|nagamot|naagapan|naka-?recover|nakaligtas|na-?discharge|na-?treat|ginamot)\b",
        r"\bnawala (?:rin|din|naman|na|agad|kaagad)\b(?! (?:na )?(?:ang |yung )?(?:malay|hininga|pulso|ulirat))",
    ],
    "again": [
        # Not a question about doing something again ("pwede na ba ko mag-basketball ulit?").
        r"(?<!mangyari )(?<!maulit )(?<!babalik )(?<!bumalik )\b(?:ulit|na naman|nanaman|again|muli)\b(?! (?:ba|kaya)\b)(?!\s*\?)",
        r"(?<!hindi na )(?<!di na )(?<!hindi )(?<!di )(?<!wala nang )\b(?:bumalik|umulit|sumumpong|sinumpong)\b(?! (?:ang |yung )?(?:malay|hininga|ulirat))",
        r"\b(?:ngayon mismo|ngayon lang|right now|as in now|ngayon (?:ay|ulit|na naman|namamaga|dumudugo|nangingisay|sumasakit|masakit|nahihirapan|hirap|inaatake))\b",
        r"\bhanggang ngayon\b(?! (?:ay )?(?:wala|hindi|okay|ok|ayos|di)\b)|(?<!okay )(?<!ok )(?<!ayos )(?<!maayos )\b(?:pa rin|parin|pa din|padin)\b|\b(?:tuloy-tuloy|tuloy tuloy|patuloy|still)\b",
        r"\b(?:kaninang umaga|kanina pa|kanina|simula kaninang|mula kaninang|ngayong (?:araw|gabi|umaga|hapon)|mamayang gabi|today|tonight|this morning|kagabi|kahapon|last night|yesterday)\b",
        r"\b(?:\d+|isang|dalawang|ilang|limang|sampung) (?:minuto|oras) (?:na )?(?:ang )?(?:nakalipas|nakaraan|ago)\b|\bkaka-?\w+ lang\b",
    ],
    "negated": [
        r"\b(?:walang|wala|hindi|di|never|no)\b"
        + _TL_GUARD
        + r"(?: (?:akong|siyang|syang|kaming|naman|namang|na|nang|po|pong|ako|siya|sya|kami|talaga|man lang|ring|rin|ding|din|ng|ang|yung|nakaramdam ng|naramdaman|nakaranas ng|naranasan|nagkaroon ng|pa|any)){0,4} "
        + _TL_SIGN
        + r"(?:(?:,| o| at| or) (?:walang |wala ring |wala ding )?"
        + _TL_SIGN
        + r")*\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ar
_AR_T = r"(?:سنة|سنه|سنتين|سنتان|سنوات|سنين|عام|عامين|عامان|أعوام|اعوام|شهر|شهرين|شهور|أشهر|اشهر)"
_AR_NUM = (
    r"(?:\d+|[٠-٩]+|ثلاث|ثلاثة|أربع|اربع|أربعة|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|عدة"
    r"|كم|بضع|بضعة|كام|كذا)"
)
_AR_FINE = (
    r"(?:\s+(?:أنا|انا|هو|هي|صرت|صار|صارت|كله|كلو|الحمد ?لله))*\s+(?:بخير|تمام|كويس|كويسة|كويسه|منيح|منيحة|زين|زينة|بصحة جيدة"
    r"|طيب|طيبة|سليم|ما في شي|مافي شي|ما فيني شي|مافيني شي|تعافيت|تعافى|ماشي الحال|الحمد ?لله|عادي)"
)
_AR_SIGN = (
    r"[بو]?(?:ال)?(?:(?:ألم|الم|وجع|أوجاع|اوجاع|آلام|الام|ضغط|ضيق|ثقل|كتمة|كتمه)(?:\s+(?:في|فى|على)\s*(?:ال)?صدر\S*|\s+(?:ال)?صدر\S*|\s+بال?صدر\S*)"
    r"|ضيق\s+(?:في\s+|فى\s+)?(?:ال)?(?:تنفس|نفس)|صعوبة\s+(?:في\s+|فى\s+|ب)?(?:ال)?تنفس|ضيق نفس|اختناق|كتمة|كتمه|إغماء|اغماء|دوخة|دوخه"
    r"|فقدان (?:ال)?وعي|(?:تورم|انتفاخ|ورم)(?:\s+(?:في\s+|فى\s+|ب)?(?:ال)?(?:حلق|شفاه|شفايف|شفتين|لسان|وجه|زور|رقبة|فم)\S*)?"
    r"|تشنجات|تشنج|نوبات صرع|نوبة صرع|نوبات|نوبة|صرع|نزيف|دم|تنميل|خدر|شلل|تشوش|ارتباك|هذيان|ألم|الم|وجع|أوجاع|اوجاع|آلام|الام)(?!\w)"
)
_AR_GUARD = r"(?![^.,،؛;!?؟\n]{0,50}(?:بهالقوة|بهذه القوة|بهذا الشكل|بهالشكل|كهذا|كهذه|مثل هذا|مثل هذه|مثل هيك|زي كده|زي هيك|هيك|هكذا|كذا|زي دا|زي ده))"
_AR = {
    "over": [
        r"(?<!\w)قبل\s+(?:"
        + _AR_NUM
        + r"\s+)?"
        + _AR_T
        + r"(?!\w)|(?<!\w)قبل\s+(?:سنوات|سنين|فترة طويلة|مدة طويلة|زمن)(?!\w)",
        r"(?:السنة|السنه|العام|الشهر|الصيف|الشتاء|الشتا|الربيع|الخريف)\s+(?:الماضي|الماضية|الماضيه|الفائت|الفائتة|اللي فات|اللي فاتت|اللى فات|الفات|الفاتت|المنصرم)(?!\w)",
        r"(?:لما|لمن|عندما|حين|حينما|وقت ما|يوم)\s+(?:كنت|كان|كانت|كنا)\s+(?:\S+\s+)?(?:صغير|صغيرة|صغيره|طفل|طفلة|طفله|ولد|بنت|مراهق|مراهقة|شاب|شابة|في المدرسة|بالمدرسة|في الجامعة|بالجامعة|في الثانوية|بالثانوي|عمري|عمره|عمرها)",
        r"(?<!\w)و\s?(?:أنا|انا)\s+(?:صغير|صغيرة|صغيره|طفل|طفلة|مراهق|مراهقة)(?!\w)|في\s+(?:صغري|طفولتي|طفولته|طفولتها|صغره|صغرها|الصغر|الطفولة|مراهقتي|المراهقة|شبابي|سن المراهقة)|(?:أيام|ايام)\s+(?:المدرسة|الجامعة|الطفولة|الصغر)",
        r"(?:في|عام|سنة|سنه)\s+(?:19|20)\d\d",
        r"(?<!\w)و?(?:الآن|الان|هلق|هلأ|حاليا|حالياً|حاليًا|دلوقتي|هسه|هسا|اليوم|الحين)" + _AR_FINE,
        r"(?<!\w)و?(?:من|منذ)\s+(?:ذلك الوقت|ذلك الحين|ذاك الوقت|وقتها|ساعتها|يومها|حينها|بعدها|ذاك اليوم|ذلك اليوم|هذاك الوقت|هديك المرة|تلك المرة)\s+(?:و\s*)?(?:ما|لم|لا|مافي|ماصار|ولا|أنا بخير|انا بخير|بخير|تمام|الحمد)",
        r"(?<!\w)و?(?:لم|ما)\s+(?:يتكرر|تتكرر|تكرر|تكررت|يعد يتكرر|يرجع|ترجع|رجع|رجعت|يعود|تعود|عاد|عادت|يصير|صار|تصير|صارت|يحصل|حصل|يحدث|حدث)\s+(?:معي\s+|لي\s+|معه\s+|معها\s+|له\s+|لها\s+)?(?:مرة ثانية|مرة أخرى|مرة اخرى|مره ثانيه|مرة تانية|ثاني|تاني|أبدا|ابدا|أبداً|ابداً|بعدها|من وقتها|بعد ذلك|بعد كذا|من يومها|من ساعتها|مجددا|مجدداً|شي|شيء)",
        r"(?<!ما )(?<!ما)(?<!لم )(?<!مش )(?<!لا )(?<!\w)و?(?:اختفى|اختفت|خف|خفت|زال|زالت|تحسن|تحسنت|هدأ|هدأت|هدي|هديت)\s+(?:ال)?(?:تورم|انتفاخ|ورم|ألم|الم|وجع|حساسية|أعراض|اعراض|نوبة|حالة|ضيق)",
        r"(?<!\w)و?(?:تعافيت|تعافى|تعافت|شفيت|تعالجت|عالجوني|عالجوه|عالجوها|خرجت من المستشفى|طلعت من المستشفى|طلع من المستشفى|خرج من المستشفى|طلعت من المشفى)(?!\w)",
    ],
    "again": [
        r"(?<!يصير )(?<!يحدث )(?<!يحصل )(?<!يرجع )(?<!يعود )(?<!يتكرر )(?<!تصير )(?<!تحدث )(?<!ترجع )(?<!تعود )(?<!تتكرر )(?<!ما صار )(?<!ما صارت )(?<!لم يحدث )(?<!ما رجع )(?<!ما رجعت )(?<!ما تكرر )(?<!لم يتكرر )(?<!ما حصل )(?:مرة ثانية|مرة أخرى|مرة اخرى|مره ثانيه|مره ثانية|مرة تانية|مره تانيه|من جديد|مجددا|مجدداً|مجددًا|تاني مرة|ثاني مرة|كمان مرة|كمان مره)",
        r"(?<!ما )(?<!لم )(?<!\w)و?(?:رجع|رجعت|عاد|عادت|رجعلي|رجعتلي|عاودني|عاودتني|عاوده|عاودها|رجعله|رجعلها)\s+(?:لي\s+|له\s+|لها\s+|علي\s+|عليه\s+|عليها\s+)?(?:ال)?(?:تورم|انتفاخ|ورم|ألم|الم|وجع|حساسية|نوبة|نوبات|تشنج|تشنجات|نزيف|إغماء|اغماء|ضيق|دوخة|يغمى|يتشنج|ينزف|يتورم|يوجع|تتورم|توجع|تنزف|تغمى)",
        r"(?<!\w)و?(?:الآن|الان|حالا|حالاً|حالًا|هلق|هلأ|دلوقتي|هسه|هسا|الحين|هالحين|في هذه اللحظة|هذه اللحظة|بهاللحظة|توه|توها|توي)(?!\w)(?!"
        + _AR_FINE
        + r")",
        r"(?:ما زال|مازال|ما زالت|مازالت|لا يزال|لا تزال|لا زال|لازال|لا زالت|لسه|لسا|لساته|لسة|مستمر|مستمرة|يستمر|تستمر|(?<!بعد )ما وقف|ما بيوقف|ما يوقف|(?<!بعد )ما وقفت)(?!\w)|(?:حتى الآن|حتى الان|للحين|إلى الآن|الى الان)(?!\s+(?:ما|لم|لا|مافي|ولا|بخير|تمام))",
        r"(?<!\w)(?:منذ|من)\s+(?:الصباح|الصبح|الصبحية|الفجر|الليل|البارحة|امبارح|أمس|امس|ساعة|ساعتين|ساعات|الظهر|العصر|المغرب|اليوم|شوي|شوية|قليل|دقائق|دقايق|نص ساعة|ربع ساعة)(?!\w)",
        r"(?<!\w)و?اليوم(?!\w)(?!"
        + _AR_FINE
        + r")|(?<!\w)و?(?:الليلة|الليله|هذه الليلة|هذا الصباح|الصبح|الصباح|امبارح|إمبارح|أمس|امس|البارحة|البارح|مبارح|توا|للتو)(?!\w)",
        r"(?<!\w)قبل\s+(?:شوي|شوية|قليل|لحظات|دقائق|دقايق|دقيقة|دقيقه|ساعة|ساعه|ساعتين|ساعات|\d+\s+(?:دقائق|دقيقة|دقايق|ساعات|ساعة))(?!\w)",
    ],
    "negated": [
        r"(?<!\w)(?:لا|ما|مش|مو|ليس|لم|بدون|بلا|ولا|وما|ولم|وليس|وبدون|وبلا|مافي|ومافي|مافيش|مفيش|ما فيش|ما في|مابي|ما بي|ما فيني|مافيني|ماعندي|ما عندي|ماكو|ما كو|من غير|من دون|دون)"
        + _AR_GUARD
        + r"(?:\s+(?:يوجد|توجد|في|فيه|فيش|عندي|عنده|عندها|عندو|لدي|لديه|لديها|أعاني|اعاني|يعاني|تعاني|من|أشعر|اشعر|أحس|احس|بحس|حسيت|حاسس|حاسة|حاسه|شعرت|يشعر|تشعر|أي|اي|أى|أبدا|ابدا|حتى|كان|كانت|يكن|تكن|هناك|ثمة|صار|حصل|حدث|جاني|جاتني|اجاني|بي|فيني)){0,3}\s*"
        + _AR_SIGN
        + r"(?:\s*[،,]?\s*(?:ولا|أو|او)\s*"
        + _AR_SIGN
        + r")*",
        r"(?<!\w)(?:ما|لم|مش|ولا|وما|ولم)\s+(?:(?:أغمي|اغمي|أغمى|اغمى|يغمى|يغم|يُغمى|انغمى)(?:\s+(?:علي|عليه|عليها|عليّ|عليا))?|غبت عن الوعي|(?:فقدت|فقد|أفقد|افقد|يفقد|تفقد) (?:ال)?وعي\S*|نزف|نزفت|ينزف|تنزف|تشنج|تشنجت|يتشنج|تتشنج|اختنق|اختنقت)(?!\w)",
        r"(?<!\w)(?:ما|لم|مش|ولا|وما|ولم)\s+(?:تورم|تورمت|انتفخ|انتفخت|ورم|ورمت|يتورم|تتورم|ينتفخ|تنتفخ)\s+(?:\S+\s+)?(?:ال)?(?:حلق|شفاه|شفايف|لسان|وجه|زور|فم|حلقي|لساني|وجهي|شفايفي|شفتاي|شفتي)",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ru
_RU_N = r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|несколько|пару|пара|много)"
_RU_SIGN = (
    r"(?:бол(?:и|ей|ь|ью|ях|ями)? (?:в груди|в сердце|за грудиной|в области (?:груди|сердца))|(?:давлени|сдавлени|стеснени|тяжест|жжени)\w* (?:в|на) груди"
    r"|одышк\w*|затрудн[её]нн\w* дыхани\w*|(?:проблем|трудност|затруднени)\w* (?:с|при) дыхани\w*|нехватк\w* воздуха|удушь\w*|удушени\w*"
    r"|обморок\w*|обморочн\w*|потер\w* сознани\w*|от[её]к\w*(?: (?:горла|гортани|губ|языка|лица|шеи))?|припухлост\w*"
    r"|опухол\w* (?:горла|губ|языка)|судорог\w*|приступ\w*|припад\w*|кровотечени\w*|кровоизлияни\w*|крови|онемени\w*|покалывани\w*"
    r"|паралич\w*|спутанн\w* сознани\w*|путаниц\w*|бол(?:и|ей|ь|ью|ях|ями))"
)
_RU_GUARD = r"(?![^.,;:!?\n]{0,50}(?:такой|такую|таких|такого|такие|так сильно|как сейчас|как сегодня|подобн\w*|настолько))"
_RU_FINE = r"(?! (?:(?:я|он|она|вс[её]|уже|у меня|мне|ему|ей) )*(?:в порядке|нормально|хорошо|здоров\w*|ок|ничего)\b)"
_RU = {
    "over": [
        r"\b(?:"
        + _RU_N
        + r" (?:лет|года|год|месяцев|месяца|месяц)|год|месяц|полгода|полтора года|много лет|лет (?:\d+|пять|десять|двадцать)) (?:тому )?назад\b",
        r"\b(?:в прошлом году|в позапрошлом году|прошлым летом|прошлой (?:зимой|весной|осенью)|в прошлом месяце|давным-давно|давным давно|когда-то давно)\b",
        r"\b(?:в детстве|в юности|в молодости|в подростковом возрасте|в школьные годы|в студенчестве|в студенческие годы|подростком)\b",
        r"\bкогда (?:я|он|она|мы) (?:был[аи]?|учил(?:ся|ась|ись)) (?:ещ[её] )?(?:маленьк\w*|реб[её]нком|подростк\w*|школьни\w*|студент\w*|молод\w*|в школе|в институте|в универе|в университете)\b|\bкогда (?:мне|ему|ей) было (?:\d+|\w+) (?:лет|года|год)\b",
        r"\bв (?:19|20)\d\d\b",
        r"\bс тех пор (?:больше )?(?:ничего|ни разу|не|нормально|вс[её] (?:хорошо|нормально|в порядке)|никаких|здоров\w*)\b",
        r"\bбольше (?:такого )?не (?:повторял\w*|было|бывало|случал\w*|возвращал\w*|беспокои\w*)\b|\bни разу не (?:повторял\w*|было|случал\w*)\b",
        r"\b(?:теперь|сейчас|сегодня)(?: (?:я|он|она|вс[её]|уже|у меня|мне|ему|ей))* (?:в порядке|нормально|хорошо|здоров\w*|ок|ничего не беспокоит)\b",
        r"(?<!не )\b(?:вс[её]|от[её]к|боль|приступ|это|оно|аллергия|реакция|сыпь|припухлость)(?: (?:быстро|сам\w*|потом|тогда|вскоре|постепенно))* (?:прош(?:ло|ла|[её]л|ли)|спал[аио]?|исчез\w*|обошлось)\b|\bвс[её] обошлось\b",
        r"\b(?:меня|его|е[её]|нас) (?:вылечили|откачали|спасли|выписали|пролечили|подлечили)\b|\b(?:вылечил(?:ся|ась|ись)|выписал(?:ся|ась))\b",
    ],
    "again": [
        r"(?<!может )(?<!могут )(?<!будет )(?<!ли )(?<!если )(?<!не )(?<!случиться )(?<!повториться )(?<!произойти )(?<!начаться )\b(?:снова|опять(?! же)|вновь|ещ[её] раз|повторно)\b(?! (?:случит|повторит|будет|начн|появит|может|произойд)\w*)",
        r"(?<!не )(?<!если )\b(?:вернул(?:ся|ась|ось|ись)|возобновил\w*|повторил(?:ся|ась|ось|ись)|началось (?:снова|опять|заново)|начинается|начался)\b",
        r"\b(?:прямо сейчас|в данный момент|в эту минуту|в этот момент|на данный момент)\b" + _RU_FINE,
        r"\bсейчас(?: \w+){0,3} (?:опять|снова|от[её]ка\w*|опух\w*|задыха\w*|не дыш\w*|не может|кровотеч\w*|кровит|судорог\w*|припад\w*|теря\w*|болит|боль\w*|давит|приступ\w*|в обморок|без сознания|немеет|онемел\w*)",
        r"\b(?:до сих пор|вс[её] ещ[её]|по-прежнему|по прежнему|продолжа\w*|не проходит|не прекращается|не останавливается)\b",
        r"\b(?:с (?:самого )?утра|с ночи|со вчерашн\w*|с вечера|сегодня ночью|сегодня утром|сегодня вечером|этой ночью|этим утром|вчера(?: вечером| ночью)?|только что|недавно)\b|\bсегодня\b"
        + _RU_FINE,
        r"\b(?:(?:\d+|пару|несколько|пять|десять|двадцать|два|три) (?:минут\w*|час\w*|секунд\w*)|минуту|полчаса|час) назад\b",
    ],
    "negated": [
        r"\b(?:нет|не было|не бывает|не бывало|без|ни|никаких|никакой|никакого|ни одного|ни одной|никогда не было|не наблюдается|не наблюдалось|не отмечаю|не чувствую|не чувствовал\w*|не ощущаю|не испытываю|не испытывал\w*|не замечал\w*|не замечаю|не появлял\w*)\b"
        + _RU_GUARD
        + r"(?: (?:у меня|у него|у нее|у неё|было|никаких|никакой|никакого|особ\w*|больше|уже|вообще|совсем|даже|признаков|ни)){0,3} "
        + _RU_SIGN
        + r"(?:(?:,| и| или) (?:ни |нет |без )?"
        + _RU_SIGN
        + r")*\b",
        _RU_SIGN
        + r"(?: у меня| у него| у нее| у неё)? (?:нет|не было|не бывает)\b(?!\s*(?:сил|мочи|конца|сомнени))",
        r"\b(?:не|ни разу не|никогда не) (?:терял\w*|потерял\w*) сознани\w*|\b(?:не|ни разу не|никогда не) (?:падал\w*|упал\w*) в обморок\b|\bв обморок не (?:падал\w*|упал\w*)\b",
        r"\b(?:горло|губы|язык|лицо) не (?:отекал\w*|отекло|отекли|опухл\w*|опух\w*|распухл\w*|отекает|отекают|опухает)\b|\bне (?:отекал\w*|отекло|отекли|опухл\w*|распухл\w*) (?:горло|губы|язык|лицо)\b",
        r"\bне задыхал\w*|\bне задыхаюсь\b|\bне болит (?:в )?груд\w*|\bгрудь не болит\b|\bне больно\b|\bне кровит\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ko
_KO_SIGN = (
    r"(?:가슴\s*(?:통증|답답함|조임|압박감|압박|두근거림)|흉통|흉부\s*(?:통증|압박감|불편감)|호흡\s*곤란|숨\s*(?:참|가쁨|막힘|차는\s*(?:거|것|증상)|찬\s*(?:거|것|증상))"
    r"|숨\s*쉬기\s*(?:힘든|어려운|곤란한)\s*(?:거|것|증상)|기절(?:한|했던)?\s*(?:적|일)|기절|실신|졸도|의식\s*(?:소실|잃은\s*(?:적|일))"
    r"|(?:목|입술|혀|얼굴|눈|목구멍)\s*(?:부기|붓기|부종|부은\s*(?:거|것|증상))|(?<![목술혀굴눈멍]\s)(?<![목술혀굴눈멍])(?:부기|붓기|부종)|발작|경련|간질|출혈|(?<![가-힣])피|저림|마비"
    r"|감각\s*(?:이상|저하)|의식\s*혼미|(?<!의식\s)(?<!의식)혼미|혼란|(?<!가슴\s)(?<!가슴)(?<!흉부\s)(?<!흉부)통증)"
)
# "이런 가슴 통증은 없었어요" (never chest pain like this) is not a negation
_KO_NOTLIKE = r"(?<!이런 )(?<!이런)(?<!이렇게 )(?<!이렇게 심한 )(?<!이렇게 아픈 )(?<!이 정도 )(?<!이정도 )(?<!이만큼 )(?<!심한 )(?<!지금 같은 )(?<!오늘 같은 )(?<!오늘같은 )(?<!지금같은 )"
_KO_PART = r"(?:은|는|이|가|도|까지|은요|도요|같은\s*(?:건|것은|것도|거는|거|증상은|증상도))?"
_KO_ADV = r"(?:전혀\s*|하나도\s*|별로\s*|딱히\s*|특별히\s*|아예\s*|따로\s*|한\s*번도\s*)?"
_KO_HYPO = r"(?!\s*\S*(?:면|까요?|을지|는지|나요)(?:\s|$|[?.!]))(?!\s*\S+\s+수\s*(?:있|없|도|가))"
_KO_FINE = r"(?!\s*(?:은|은요)?\s*(?:다\s*|완전히\s*|많이\s*)?(?:괜찮|멀쩡|건강|나았|완치|정상|아무렇지|아무\s*문제|회복))"
_KO = {
    "over": [
        r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|수|일이|이삼|삼사|반)\s*(?:년|개월|달)\s*(?:정도\s*|쯤\s*|가량\s*)?전(?!부터)",
        r"재작년|작년|지난\s*(?:해|달|여름|겨울|봄|가을)|예전에|옛날에|오래\s*전(?!부터)|과거에",
        r"어릴\s*(?:때|적)|어렸을\s*(?:때|적)|어린\s*시절|어린\s*나이에|애기\s*때|아기\s*때|학창\s*시절|(?:초등|중|고등|대)학(?:생|교)?\s*(?:때|시절)|(?:초딩|중딩|고딩|대딩)\s*때|(?:10|십)\s*대\s*(?:때|시절)|사춘기\s*(?:때|시절)|(?:\d+|열\S*)\s*살\s*때",
        r"(?:19|20)\d\d\s*년",
        r"(?:지금은|지금|이제는|이제|요즘은|요즘|현재는|다행히)\s*(?:다\s*|완전히\s*|많이\s*)?(?:괜찮(?!지|을|나|은지|은가)|멀쩡(?!하지)|건강(?!하지|이)|나았|완치|정상(?!이\s*아)|아무렇지\s*않|아무\s*문제\s*없|회복(?!이?\s*안|이\s*되지|되지|하지|을|할|중))",
        r"그\s*(?:후로|뒤로|이후로|다음부터|뒤로는|후로는|이후|이후로는|때\s*이후로|뒤에)\s*(?:는\s*)?(?:한\s*번도|다시는|단\s*한\s*번도|전혀|별\s*일)?\s*(?:없|안\s*(?:생|났|했|그랬|일어|재발|나타)|괜찮|멀쩡|재발\s*(?:안|없|은\s*없))",
        r"(?:다|금방|바로|곧|금세|저절로|자연스럽게|알아서|곧바로|며칠\s*(?:만에|뒤에|후에))\s*(?:나았|가라앉았|괜찮아졌|좋아졌|없어졌|사라졌|회복했|회복됐|빠졌|풀렸)",
        r"(?:치료|처치|응급\s*처치)\s*(?:를\s*|을\s*)?(?:받고|받았|받아서|했|해서)|(?:주사|에피펜|약|항히스타민제)\s*(?:를\s*|을\s*)?(?:맞고|맞았|먹고|먹었|써서|쓰고)\s*(?:는\s*)?(?:나았|괜찮아졌|가라앉|좋아졌)|퇴원(?:했|하고|해서)|완치(?:됐|되었|판정|했)|재발\s*(?:안|없|은\s*없)|다시는\s*(?:안|없)",
    ],
    "again": [
        r"또(?!는|한|래|박)" + _KO_HYPO + r"(?!\s*(?:괜찮|멀쩡|정상|좋아|건강|회복))",
        r"다시(?!는)(?!\s*안\s)" + _KO_HYPO + r"(?!\s*(?:괜찮|멀쩡|정상|좋아|건강|회복))",
        r"재발(?:했|됐|되었|해서|돼서|한\s*것\s*같|한\s*듯|함)",
        r"지금" + _KO_FINE + r"(?!\s*까지)(?!\s*(?:은\s*)?(?:궁금|질문|문의|알고\s*싶|물어))",
        r"현재(?!\s*(?:은|는)?\s*(?:괜찮|멀쩡|건강|정상|완치|회복))|아직(?:도)?(?!\s*(?:안|재발\s*안|한\s*번도|까지\s*(?:괜찮|없)|까지는))|계속(?!\s*(?:괜찮|멀쩡|건강|정상))|여전히",
        r"오늘"
        + _KO_FINE
        + r"|오늘\s*밤|오늘\s*아침|아침부터|새벽부터|밤새|어제|어젯밤|방금|아까|조금\s*전|좀\s*전",
        r"(?:\d+|한|두|세|몇|십|삼십|오)\s*(?:분|시간)\s*(?:전|째)",
    ],
    "negated": [
        _KO_NOTLIKE
        + _KO_SIGN
        + r"(?:\s*(?:이나|나|이랑|랑|하고|과|와|,|이든|든)\s*"
        + _KO_SIGN
        + r")*\s*"
        + _KO_PART
        + r"\s*"
        + _KO_ADV
        + r"(?:없(?!어지|어져|애|앴)|안\s*(?:났|나요|나고|나(?=\s|$|[.,!?])|생겼|생기|했|해요|해(?=\s|$|[.,!?])|돼|됐|왔))",
        r"(?:가슴|흉부)(?:이|은|도|가)?\s*"
        + _KO_ADV
        + r"(?:안\s*(?:아파|아프|아팠|답답)|아프지\s*(?:는|도)?\s*않|답답하지\s*(?:는|도)?\s*않)",
        r"숨(?:이|은|도)?\s*"
        + _KO_ADV
        + r"(?:안\s*(?:차|찼|가빠|가쁘|가빴)|차지\s*(?:는|도)?\s*않|가쁘지\s*(?:는|도)?\s*않)",
        r"(?:목|입술|혀|얼굴|목구멍)(?:이|은|는|도|가)?\s*"
        + _KO_ADV
        + r"(?:안\s*(?:부었|붓|부어)|붓지\s*(?:는|도)?\s*않)",
        r"(?:기절|실신|발작|경련)(?:은|도|을|를)?\s*(?:안\s*(?:했|해|하|함)|하지\s*(?:는|도)?\s*않)|쓰러지(?:진|지는|지도|지)\s*않|쓰러진\s*적(?:은|이)?\s*없|(?:의식|정신)을?\s*잃지(?:는|도)?\s*않|안\s*저려|저리지\s*(?:는|도)?\s*않",
    ],
}


# ---------------------------------------------------------------------------------------------------------- hi
# Devanagari without word boundaries, then Latin letters.
_HI_SIGN = r"(?:सीने\s*में\s*दर्द|छाती\s*में\s*दर्द|बुखार|सांस\s*की\s*(?:दिक्कत|तकलीफ)|बेहोशी|खून|दौरा|सूजन|उल्टी)"
_HI = {
    "over": [
        r"(?:\d+|एक|दो|तीन|चार|पांच|दस|कई|कुछ)\s*(?:साल|सालों|महीने|महीनों|हफ्ते)\s*(?:पहले|पूर्व)|पिछले\s*साल|बचपन\s*में|(?:अब|आज\s*कल|आजकल)\s*(?:मैं|वो|वह|सब)?\s*(?:बिल्कुल\s*)?(?:ठीक|स्वस्थ|अच्छा|अच्छी|नॉर्मल)",
        r"\b(?:\d+|ek|do|teen|char|paanch|panch|das|kai|kuch)\s+(?:saal|mahine|mahina|hafte)\s+(?:pehle|pahle)\b|\bpichhle\s+saal\b|\bbachpan\s+(?:me|mein)\b|\b(?:ab|aajkal|aaj\s+kal)\s+(?:main|mai|wo|woh|sab)?\s*(?:bilkul\s+)?(?:theek|thik|fit|normal|accha|acha|achha)\b",
    ],
    "again": [
        r"फिर\s*से|दोबारा|अभी\s*भी|अब\s*भी|अभी\s*(?:अभी|से)|आज\s*(?:सुबह|रात)|कल\s*रात\s*से",
        r"\b(?:phir\s+se|fir\s+se|dobara|dubara|abhi\s+bhi|ab\s+bhi|abhi\s+abhi|aaj\s+subah|kal\s+raat\s+se)\b",
    ],
    "negated": [
        r"(?:कोई|ना|न|नहीं)\s*"
        + _HI_SIGN
        + r"|"
        + _HI_SIGN
        + r"\s*(?:नहीं|नही|बिल्कुल\s*नहीं)\s*(?:है|हो\s*रहा|हो\s*रही)?(?!\s*(?:रुक|रुका|थम))",
        r"\b(?:seene\s+(?:me|mein)\s+dard|chhati\s+(?:me|mein)\s+dard|bukhar|saans\s+ki\s+(?:dikkat|takleef)|behoshi|khoon|daura|soojan|sujan|ulti)\s+(?:nahi|nahin|bilkul\s+nahi)\b(?!\s+(?:ruk|tham))",
    ],
}

PAST: Final[dict[str, dict[str, list[str]]]] = {
    "es": _ES,
    "fr": _FR,
    "de": _DE,
    "pt": _PT,
    "it": _IT,
    "zh": _ZH,
    "vi": _VI,
    "tl": _TL,
    "ar": _AR,
    "ru": _RU,
    "ko": _KO,
    "hi": _HI,
}
