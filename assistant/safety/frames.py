"""How a message in another language frames what it says: reviewed patterns per language, like `phrases.py`.

`FRAMES`: language -> "study" | "advance" | "present" -> regular expressions, written for text folded like
`languages.fold` (lower case, accents removed from Latin letters only; Chinese, Arabic, Russian and Korean keep their
script). Latin and Cyrillic patterns use word boundaries; Chinese and Korean do not; Arabic mostly does not.

- "study": suicide or an emergency asked about as a subject: school or university work, research, statistics,
  prevention, campaigns, how helplines work, volunteering, the writer's profession, a novel or a film.
- "advance": first aid asked in advance, about no one in particular ("what should one do if someone faints", "just
  in case", a first-aid course).
- "present": someone affected now (a family member named, a first-person state, "right now", "help", an ambulance
  called). It outweighs the other two.

Triage (`triage._framed`) drops another language's emergency phrases in a message framed as study or in advance, and
its bare word for suicide (`phrases.MENTIONS`) in one framed as study, when nobody is affected now; a phrase of
intent stands. Two guards keep a crisis from being framed away: a question about lethality or method is never study
or advance, and "just in case" beside a farewell is not first aid. Both guards hold across languages (a lethality
word in one language voids a study framing found by another's pattern).

Written by a speaker-level reviewer from the safety policy, with examples per language that must and must not match
(`tests/data/frame_examples.json`). Known limits: Vietnamese without diacritics makes "học" (study) and "hóc" (choke)
the same "hoc", so it counts only in "bi hoc"/"hoc xuong"; Arabic "بحث" is also "search", so it counts only in study
phrasings; Chinese "present" relies on possessives and urgency words (了 is also hypothetical); Tagalog's markers are
mostly English ("research", "in case"), which is why framings count only for messages not read as English. Like
the phrases, a change here changes who sees a crisis notice: run `assistant eval-safety` before and after.
"""

from __future__ import annotations

from typing import Final

_ES = {
    "study": [
        r"\b(?:un|el|mi|nuestro|este|ese|del|al) trabajo (?:sobre|acerca de|de investigacion|practico|final|escolar|universitario)\b",
        r"\btrabajo (?:para|de|pa) (?:la |el |mi |una |un )?(?:escuela|colegio|cole|insti|instituto|uni|universidad|facultad|facu|prepa|preparatoria|secundaria|clase|materia|asignatura|catedra|fin de grado|master|curso|profe|profesor|profesora|maestra|maestro|etica|biologia|psicologia|filosofia|sociologia|salud|ciencias)\b",
        r"\b(?:tarea|deberes|exposicion|presentacion|ensayo|monografia|informe|reporte|tesis|tesina|disertacion|ponencia|investigacion|proyecto|redaccion|articulo|reportaje|documental|encuesta|charla|folleto|infografia|cartel|mural|debate|examen) (?:sobre|acerca de|del tema|de (?:clase|la escuela|la uni|la universidad|la facultad|biologia|psicologia|etica|filosofia|sociologia|salud|medicina|enfermeria|civica|ciencias|fin de grado|grado))\b",
        r"\bpara (?:el|la|mi|una|un) (?:clase|materia|asignatura|cole|colegio|insti|instituto|uni|universidad|facu|facultad|prepa|escuela|tesis|tesina|examen|exposicion|monografia|catedra|seminario)\b",
        r"\b(?:tesis|tesina|monografia|disertacion|tfg|tfm|ponencia)\b",
        r"\bclase (?:de|sobre) (?:etica|psicologia|biologia|salud|filosofia|ciencias|sociologia|civica|tutoria|orientacion|valores|medicina|enfermeria)\b",
        r"\ben (?:la )?clase,? (?:nos (?:pidieron|dijeron|hablaron|explicaron|toca|mandaron)|hablamos|vimos|estamos viendo|estudiamos|debatimos|tenemos que)\b",
        r"\b(?:estoy|estamos|tengo que|tenemos que|voy a|vamos a) (?:hacer|haciendo|preparar|preparando|escribir|escribiendo|redactar|redactando|presentar) (?:un|una|mi|el|la|nuestro|nuestra) (?:trabajo|tarea|exposicion|presentacion|ensayo|monografia|informe|reporte|tesis|tesina|proyecto|investigacion|articulo|novela|cuento|guion|libro|reportaje|documental|campana|charla|taller|folleto|infografia|cartel|encuesta)\b",
        r"\b(?:estadisticas?|tasas? de|indices? de|cifras (?:de|sobre|oficiales)|datos (?:sobre|estadisticos|oficiales|epidemiologicos)|porcentaje de|epidemiolog\w*|prevalencia|cuantas personas|cuantos (?:casos|jovenes|adolescentes|hombres|mujeres|suicidios))\b",
        r"\bprevencion\b|\bprevenir (?:el|los) suicidios?\b|\bprogramas? de (?:prevencion|apoyo|salud mental)\b",
        r"\bcampana (?:de (?:prevencion|concientizacion|concienciacion|sensibilizacion|salud)|sobre|contra)\b|\b(?:concientizacion|concienciacion|sensibilizacion)\b|\b(?:dia|mes|semana) (?:mundial |internacional |nacional )?(?:de (?:la )?)?(?:prevencion|concientizacion|concienciacion)\b|\bseptiembre amarillo\b",
        r"\bcomo funcionan? (?:las |la |los |el )?(?:lineas?|telefonos?|servicios?|chats?) (?:de (?:crisis|ayuda|prevencion|la esperanza|emergencias?|atencion)|988|024)\b|\bvoluntari[oa]s? (?:en|de|para) (?:una |la |un |el )?(?:linea|telefono|chat|servicio)\b|\bser voluntari[oa]\b",
        r"\bsoy (?:enfermer[oa]|maestr[oa]|profesora?|profe|docente|periodista|psicolog[oa]|trabajador(?:a)? social|orientador(?:a)?|investigador(?:a)?|paramedico|estudiante de \w+)\b|\bcomo (?:estudiante|enfermer[oa]|maestr[oa]|docente|profesora?|periodista|investigador(?:a)?)\b",
        r"\b(?:novela|cuento|guion|obra de teatro|cortometraje|relato|fanfic) (?:que (?:estoy|estamos) (?:escribiendo|haciendo)|sobre)\b|\b(?:mi|un|una|el|la) personaje\b|\b(?:el|la|mi) protagonista\b",
        r"\b(?:investigo|investigando|investigar|estudio|estudiando) (?:sobre|acerca de|las causas|los factores)\b|\b(?:un|el) estudio (?:sobre|de la universidad)\b",
    ],
    "advance": [
        r"\b(?:si|cuando|en caso de que) (?:a )?(?:alguien|una persona|otra persona|un nino|una nina|un bebe|un adulto|un anciano|una anciana|un desconocido|una desconocida|la victima|el paciente|uno)\b.{0,25}\b(?:desmaya|desmayara|desmaye|desvanece|atraganta|atragantara|atore|atora|ahoga|ahogara|convulsiona|convulsionara|sufre|sufriera|tiene (?:un|una)|tuviera|deja de respirar|dejara de respirar|no respira|no reacciona|no responde|inconsciente|sangra|sangrando|traga|tragara|ingiere|se cae|se corta|se quema|se intoxica|se envenena|pierde el conocimiento|le da (?:un|una)|ahogue|atragante|convulsione|deje de respirar|sufra|tenga (?:un|una)|trague|ingiera|pierda el conocimiento|sangre|se caiga|se corte|se queme|se intoxique)",
        r"\bcomo (?:se )?(?:ayuda|ayudar|auxilia|auxiliar|atiende|atender|socorre|socorrer|reanima|reanimar|actua|actuar|reacciona|reaccionar)(?: ante| con)? (?:a )?(?:alguien|una persona|un nino|un bebe|otra persona|un adulto|la victima|una victima)\b",
        r"\bpor si (?:acaso|algun dia|alguna vez|las moscas|pasa|ocurre|sucede|me (?:pasa|toca|ocurre))\b(?! (?:no estoy|me muero|me mato|ya no|no despierto))",
        r"\b(?:para|quiero|queremos|me gustaria|quisiera|hay que|deberia) estar preparad[oa]s?\b",
        r"\b(?:curso|clase|taller|capacitacion|formacion|certificacion|entrenamiento|cursillo) (?:de|en|sobre) (?:primeros auxilios|rcp|reanimacion|socorrismo|soporte vital)\b|\b(?:aprender|saber|nociones de|manual de|guia de) primeros auxilios\b",
        r"\ben caso de (?:que )?(?:alguna vez|algun dia|emergencia|que pase|que ocurra|que suceda)\b|\bsi (?:algun dia|alguna vez) (?:pasa|ocurre|sucede|me toca|me encuentro|veo|tengo que ayudar|alguien)\b",
        r"\b(?:que|cuales) (?:son )?(?:los )?(?:primeros auxilios|pasos a seguir) (?:si|cuando|para|en caso)\b",
    ],
    "present": [
        r"\b(?:mi|mis) (?:hij[oa]s?|nin[oa]s?|bebe|bebita?|mama|mami|madre|papa|papi|padre|espos[oa]|marido|mujer|novi[oa]|parejas?|herman[oa]s?|hermanit[oa]|abuel[oa]s?|abu|abuelit[oa]|tia|tio|prim[oa]s?|sobrin[oa]s?|niet[oa]s?|amig[oa]s?|compa|cunad[oa]|suegr[oa]|vecin[oa]|roomie|companer[oa] de (?:cuarto|piso|casa|trabajo))\b",
        r"\b(?:ahora mismo|ahorita|en este momento|justo ahora|ya mismo|urgente|ayuda por favor|por favor ayud\w*|ayudenme|ayudame|auxilio|socorro|rapido por favor|apurense)\b",
        r"\b(?:llamen|llamenme|ya llame|acabo de llamar|estoy llamando|llamamos|estamos esperando|esperando|manden|envien|necesito|necesitamos) (?:a |al |una |la |a la )?(?:ambulancia|911|112|061|emergencias|paramedicos)\b",
        r"\b(?:me siento|me senti|me estoy (?:muriendo|desmayando|ahogando|asfixiando)|me (?:tome|trague|corte|desmaye|intoxique)|(?:me )?(?:quiero|kiero) (?:morir|matar|matarme|suicidar|suicidarme)|no puedo (?:respirar|mas)|no aguanto|estoy (?:sangrando|maread[oa]|desesperad[oa])|me duele)\b",
        r"\b(?:se (?:desmayo|atraganto|ahogo|desvanecio|convulsiono|intoxico|enveneno|desplomo)|acaba de (?:desmayarse|caerse|tomarse|tragarse|cortarse)|se acaba de (?:desmayar|caer|tomar|tragar|cortar))\b",
        r"\bhay (?:un|una) (?:senor|senora|persona|hombre|mujer|chico|chica|nino|nina|muchacho|muchacha) (?:aqui|tirad[oa]|desmayad[oa]|inconsciente|en el suelo|que no)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- fr
_FR = {
    "study": [
        r"\b(?:expose|memoire|tpe|tipe|tfe|dissertation|redaction|devoir|devoirs|rapport|dossier|projet|travail|travaux|recherche|recherches|presentation|article|reportage|enquete|essai|oral|exam|examen|controle|partiel|these|affiche|debat) (?:sur|a propos d|de (?:classe|philo|psycho|socio|svt|bio|biologie|psychologie|sociologie|ethique|emc|sante|soins|fin d'etudes|recherche|groupe|master|licence))\b",
        r"\b(?:un|mon|notre|son|le|mes|nos|ce) (?:expose|memoire|tpe|tipe|tfe|these|dissertation)\b|\bmemoire de (?:fin|master|licence|recherche)\b",
        r"\bpour (?:l'ecole|le lycee|le college|la fac|l'universite|l'uni|la classe|le cours|un cours|mon cours|mes cours|mes etudes|mon prof|ma prof|le prof|la prof|un devoir|un expose|mon expose|un projet scolaire|le bac|le brevet|mon master|ma licence|mon memoire|mon tpe|mon mémoire)\b",
        r"\ben cours d(?:e |')(?:philo\w*|ethique|emc|svt|bio\w*|psycho\w*|socio\w*|francais|sante|secourisme|sciences)\b|\ben classe,? on (?:a|doit|etudie|parle|travaille|fait)\b|\b(?:prof|cours|td|partiel) (?:a|de) la fac\b",
        r"\b(?:statistiques?|stats|chiffres (?:sur|de|du|des|officiels)|taux de|donnees (?:sur|statistiques|epidemiologiques)|prevalence|epidemiolog\w*|combien de (?:personnes|gens|jeunes|suicides|cas|deces|francais))\b",
        r"\bprevention\b|\bprevenir (?:le|les) suicides?\b",
        r"\bcampagne (?:de|d'|sur|contre|pour)|\bsensibilisation\b|\b(?:journee|mois|semaine) (?:mondiale |nationale |internationale )?(?:de (?:la )?)?(?:prevention|sensibilisation)\b",
        r"\bcomment (?:fonctionne|fonctionnent|marche|marchent) (?:le |la |les |un |une )?(?:ligne|lignes|numero|numeros|3114|sos amitie|services? d'ecoute|ecoutants?|plateformes?)\b|\bbenevole\w*|\b(?:devenir|etre) ecoutant",
        r"\bje suis (?:infirmier|infirmiere|enseignant|enseignante|prof|professeur|professeure|journaliste|psychologue|educateur|educatrice|etudiante? en \w+|assistante? sociale?|chercheur|chercheuse|institutrice|instituteur|cpe)\b|\ben tant qu(?:e |')(?:etudiante?|infirmier|infirmiere|enseignante?|prof|journaliste|benevole|educat\w+|chercheu\w+)\b",
        r"\b(?:j'ecris|on ecrit|nous ecrivons|ecrire|j'ecrit) (?:un|une|mon|ma) (?:roman|nouvelle|histoire|scenario|piece|livre|fiction|fanfic|bd|article|memoire|expose|dissertation)\b|\b(?:mon|un|le) personnage\b|\bl'heroine\b|\b(?:mon|le) heros\b",
        r"\b(?:je fais|je prepare|je redige|on fait|on prepare|nous faisons|nous preparons|je travaille sur|on travaille sur|je dois faire|on doit faire) (?:un|une|mon|ma|notre|des|le|la) (?:expose|memoire|dossier|projet|recherche|rapport|presentation|dissertation|travail|these|article|reportage|enquete|tpe|affiche|campagne|oral)\b",
    ],
    "advance": [
        r"\b(?:si|quand|lorsque?|au cas ou|dans le cas ou)\b['\s]?(?:\w+ ){0,2}(?:quelqu'un|qqn|qqun|une personne|un enfant|un bebe|un adulte|une victime|la victime|un inconnu|une inconnue|une autre personne|un proche)\b.{0,30}\b(?:s'evanoui\w*|perd connaissance|perdait connaissance|fait un malaise|faisait un malaise|s'etouffe\w*|avale\w*|a (?:un|une)|avait (?:un|une)|fait une crise|ne respire|respire plus|saigne\w*|tombe\w*|convulse\w*|est inconscient\w*|se coupe|se brule|fait une overdose|s'effondre)",
        r"\bcomment (?:aider|secourir|reagir face a|reagir si|reagir quand|venir en aide a|porter secours a|s'occuper d') ?(?:quelqu'un|une personne|qqn|un enfant|un bebe|une victime)\b",
        r"\bau cas ou\b(?! je (?:ne|meur|disparai|mour|pars|serais|suis plus))|\bon ne sait jamais\b|\bpar precaution\b|\bpour (?:etre|me sentir|qu'on soit) (?:pret|prete|prets|pretes|prepare|preparee|prepares|preparees)\b|\bsi un jour\b(?! je)|\bsi jamais (?:ca|cela) (?:arrive|m'arrive)\b",
        r"\b(?:formation|cours|stage|atelier|initiation|brevet|certificat|diplome) (?:de |aux |en |d')?(?:premiers secours|secourisme|psc1|gestes qui sauvent|sst|rcp)\b|\bpsc1\b",
        r"\bpour savoir (?:quoi faire|comment reagir|comment agir)\b",
    ],
    "present": [
        r"\b(?:mon|ma|mes) (?:fils|fille|filles|enfant|enfants|bebe|mere|pere|maman|papa|mari|femme|epoux|epouse|copain|copine|pote|ami|amie|amis|frere|freres|s(?:œ|oe)urs?|grand-mere|grand-pere|grand mere|grand pere|mamie|papi|papy|oncle|tante|cousin|cousine|neveu|niece|compagnon|compagne|conjoint|conjointe|coloc|colocataire|voisin|voisine|beau-pere|belle-mere|petit-fils|petite-fille)\b",
        r"\b(?:tout de suite|en ce moment|a l'instant|c'est urgent|urgent|au secours|a l'aide|aidez-moi|aidez moi|aide-moi|aidez nous|venez vite|vite svp|svp vite|depechez)\b",
        r"\b(?:appelez|j'ai appele|j'appelle|on a appele|on attend|j'attends|envoyez|nous avons appele) (?:le |la |les |une |un )?(?:samu|15|112|18|pompiers|ambulance|secours)\b",
        r"\bje (?:me sens|veux mourir|vais mourir|vais me (?:tuer|suicider)|n'en peux plus|ne peux (?:plus|pas) respirer|saigne|suis en train de (?:mourir|m'etouffer|saigner)|viens de (?:prendre|avaler|me couper|tomber|m'evanouir)|me suis (?:coupee?|evanouie?|ouvert))\b|\bj'ai (?:pris|avale) (?:tous|toutes|trop|une boite|des|plein)\b",
        r"\b(?:vient de (?:s'evanouir|tomber|perdre connaissance|faire un malaise|avaler|prendre|s'etouffer)|s'est (?:evanouie?|etouffee?|effondree?|coupee?)|est en train de (?:s'etouffer|mourir|convulser|faire un malaise|saigner)|il y a (?:un|une) (?:homme|femme|monsieur|dame|enfant|personne|jeune|gamin|gamine) (?:par terre|inconscient|qui ne|evanoui|allonge))\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- de
_DE = {
    "study": [
        r"\b(?:referat|facharbeit|hausarbeit|seminararbeit|bachelorarbeit|masterarbeit|abschlussarbeit|doktorarbeit|dissertation|projektarbeit|aufsatz|erorterung|hausaufgaben?|schulprojekt|schularbeit|studienarbeit|projektwoche|gfs|ausarbeitung|schulaufgabe|wissenschaftliche arbeit|praesentation|prasentation|vortrag|semesterarbeit)\w*\b",
        r"\bim (?:ethik|religions|bio|biologie|psychologie|sozialkunde|gemeinschaftskunde|politik|deutsch|philosophie|werte)unterricht\b|\bim (?:unterricht|seminar|studium|kurs) (?:\w+ ){0,2}(?:behandeln|besprechen|haben wir|sprechen|reden|lernen|machen wir|sollen wir|mussen wir|geht es um|nehmen wir)\b|\bin der (?:schule|uni|vorlesung) (?:\w+ ){0,1}(?:haben wir|besprechen|behandeln|machen wir|lernen wir|sollen wir|mussen wir)\b",
        r"\b\w*(?:arbeit|referat|projekt|aufgabe|vortrag|recherche|prasentation)\w* (?:fur|in|an) (?:die|der|den|das|meine|meiner|unsere|unserer) (?:schule|uni|universitat|hochschule|klasse|unterricht|studium|kurs|seminar)\b|\bfur (?:ein|mein|unser) (?:referat|schulprojekt|projekt|seminar|studium)\b",
        r"\b(?:statistik\w*|zahlen (?:zu|zur|zum|uber)|suizidrate\w*|selbstmordrate\w*|pravalenz|epidemiolog\w*|wie viele (?:menschen|leute|personen|jugendliche|manner|frauen))\b",
        r"\b\w*pravention\w*|\bvorbeugung\b|\b(?:kampagne|aufklarungskampagne|sensibilisierung|aktionstag|aktionswoche|welttag)\w*\b",
        r"\bwie funktionier(?:t|en) (?:die |eine |das |der )?(?:telefonseelsorge|seelsorge|hotline|krisentelefon|krisendienst\w*|notrufnummer\w*|beratungsstelle\w*|nummer gegen kummer)\b|\bwie (?:die |eine |das |der )?(?:telefonseelsorge|hotline|krisentelefon|krisendienst\w*|nummer gegen kummer) funktionier\w*|\behrenamt\w*",
        r"\bich bin (?:krankenpfleger(?:in)?|krankenschwester|pflegekraft|pflegefachkraft|lehrer(?:in)?|journalist(?:in)?|psychologe|psychologin|sozialarbeiter(?:in)?|erzieher(?:in)?|referendar(?:in)?|sanitater(?:in)?|medizinstudent(?:in)?|psychologiestudent(?:in)?|lehramtsstudent(?:in)?|forscher(?:in)?)\b|\bals (?:lehrer(?:in)?|student(?:in)?|schuler(?:in)?|journalist(?:in)?|krankenschwester|pflegekraft|sozialarbeiter\w*|erzieher\w*)\b",
        r"\b(?:ich schreibe|wir schreiben|ich arbeite an|wir arbeiten an|ich mache|wir machen|ich halte|wir halten|ich bereite|ich recherchiere|ich forsche) (?:\w+ ){0,2}(?:referat|vortrag|artikel|bericht|reportage|roman|geschichte|buch|drehbuch|kurzgeschichte|prasentation|projekt|recherche|hausarbeit|facharbeit|essay|aufsatz|studie|umfrage)\w*\b",
        r"\b(?:meine|eine|die) (?:figur|romanfigur|hauptfigur|protagonistin)\b|\b(?:mein|ein|der) protagonist\b|\bin meinem (?:roman|buch|drehbuch|film|theaterstuck)\b",
        r"\b(?:studie|studien|forschung) (?:zu|zum|zur|uber)\b",
    ],
    "advance": [
        r"\b(?:wenn|falls|sollte) (?:\w+ ){0,2}(?:jemand|eine person|ein kind|ein baby|ein mensch|jmd)\b.{0,40}\b(?:ohnmachtig|bewusstlos|umkippt|kollabiert|verschluckt|erstickt|keine luft|nicht (?:mehr )?atmet|krampft|krampfanfall|anfall|blutet|zusammenbricht|ertrinkt|vergiftet|schluckt|einnimmt|sturzt)",
        r"\bwas (?:macht|tut|muss|sollte|soll) man,? (?:wenn|falls|bei)\b|\bwas tun,? (?:wenn|falls|bei)\b|\bwie (?:hilft|reagiert|verhalt) man\b|\bwie (?:kann|sollte|muss) man (?:jemandem|einer person|einem kind|einem baby)\b",
        r"\bfur (?:alle falle|den notfall)\b|\bfur den fall,? dass\b(?! ich)|\bsicherheitshalber\b|\bvorsichtshalber\b|\b(?:um )?vorbereitet (?:zu )?sein\b|\bfalls (?:es )?(?:mal|einmal|irgendwann|jemals)\b|\bwenn (?:es )?(?:mal|irgendwann|eines tages)\b(?! ich)",
        r"\berste[- ]?hilfe[- ]?(?:kurs|lehrgang|schulung|training|ausbildung|seminar)\w*|\b(?:kurs|lehrgang|schulung) (?:in|fur) erste(?:r)? hilfe\b",
    ],
    "present": [
        r"\b(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer) (?:sohn|tochter|kind|kinder|baby|mutter|mama|vater|papa|mann|frau|ehemann|ehefrau|freund|freundin|partner|partnerin|bruder|schwester|oma|opa|gro(?:ss|ß)mutter|gro(?:ss|ß)vater|onkel|tante|cousin|cousine|neffe|nichte|enkel|enkelin|mitbewohner|mitbewohnerin|nachbar|nachbarin|kumpel|schwiegermutter|schwiegervater)\b",
        r"\b(?:jetzt gerade|gerade eben|genau jetzt|sofort|dringend|schnell bitte|bitte schnell|bitte hilfe|hilfe bitte|helft mir|hilf mir|helfen sie mir|ich brauche (?:sofort |dringend )?hilfe\b(?! (?:bei|fur|mit)))",
        r"\b(?:ruft|ruf|rufen sie|habe|hab|haben|wir haben) (?:den |die |einen |eine )?(?:krankenwagen|notarzt|rettungswagen|rtw|112|notruf|rettungsdienst)\b|\b(?:krankenwagen|notarzt) (?:ist|kommt) (?:unterwegs|gleich)\b",
        r"\bich (?:fuhle mich|will sterben|will nicht mehr|kann nicht mehr|kriege keine luft|krieg keine luft|bekomme keine luft|habe (?:gerade )?(?:alle )?(?:\d+ )?tabletten|hab (?:gerade )?(?:alle )?(?:\d+ )?tabletten|blute|werde ohnmachtig|habe mich (?:geritzt|geschnitten)|hab mich (?:geritzt|geschnitten)|bin (?:gerade )?(?:ohnmachtig|umgekippt|zusammengebrochen))\b|\bmir ist (?:so |total |sehr )?(?:schwindelig|schlecht)\b",
        r"\b(?:ist (?:gerade |eben |soeben |plotzlich )?(?:umgekippt|ohnmachtig geworden|zusammengebrochen|bewusstlos)|hat sich (?:gerade )?verschluckt|erstickt gerade|atmet nicht(?: mehr)?|hier liegt (?:ein|eine|jemand))\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- pt
_PT = {
    "study": [
        r"\btrabalho (?:da faculdade|da facul|da facu|da escola|do colegio|da uni|da universidade|de faculdade|de escola|escolar|academico|de conclusao|de grupo|em grupo|de pesquisa|de (?:biologia|psicologia|sociologia|filosofia|historia|portugues|ciencias|enfermagem|medicina|saude|etica)|sobre|pra (?:escola|faculdade|facul|aula|materia)|para (?:a|o) (?:escola|faculdade|colegio|aula|materia|curso|professor|professora))\b",
        r"\b(?:tcc|monografia|dissertacao|tese|seminario|redacao|artigo|apresentacao|pesquisa|relatorio|projeto|palestra|resenha|fichamento|exposicao|cartaz|reportagem|materia|documentario|roteiro|prova) (?:sobre|da faculdade|da escola|de (?:biologia|psicologia|etica|sociologia|filosofia|saude|enfermagem|medicina))\b|\b(?:tcc|monografia|fichamento)\b|\bminha (?:tese|dissertacao|monografia|pesquisa)\b",
        r"\bna aula de\b|\baula de (?:etica|biologia|psicologia|sociologia|filosofia|saude|ciencias|ensino religioso)\b|\b(?:pra|para) (?:a|o|uma|um|minha|meu) (?:aula|materia|disciplina|faculdade|facul|escola|colegio|curso|professor|professora|seminario|tcc|prova)\b",
        r"\b(?:estatisticas?|taxas? de|indices? de|numeros (?:de|sobre|oficiais)|dados (?:sobre|estatisticos|epidemiologicos|oficiais)|quantas pessoas|quantos (?:casos|jovens|brasileiros|portugueses)|epidemiolog\w*|prevalencia)\b",
        r"\bprevencao\b|\bprevenir o suicidio\b|\bsetembro amarelo\b|\bcampanha\b|\bconscientizacao\b|\bsensibilizacao\b",
        r"\bcomo funciona (?:o |a )?(?:cvv|188|linha|disque|central|servico|atendimento|ligacao)\b|\bvoluntari[oa]s? (?:do|no|da|na|de) (?:cvv|linha|centro)\b|\bser voluntari[oa]\b",
        r"\bsou (?:enfermeir[oa]|professora?|jornalista|psicolog[oa]|estudante de \w+|assistente social|pesquisador(?:a)?|tecnic[oa] de enfermagem|educador(?:a)?|agente de saude)\b|\bcomo (?:estudante|enfermeir[oa]|professora?|jornalista|educador(?:a)?)\b",
        r"\b(?:estou|to|estamos|tamo) (?:escrevendo|fazendo|preparando|montando) (?:um|uma|meu|minha|o|a|nosso|nossa) (?:trabalho|livro|romance|conto|historia|roteiro|artigo|tcc|apresentacao|seminario|pesquisa|monografia|redacao|reportagem|projeto|palestra|campanha|cartaz|documentario)\b|\b(?:meu|minha|um|uma|o|a) personagem\b",
        r"\bpesquisa (?:sobre|da faculdade|da escola|pra faculdade|pra escola|para a faculdade|para a escola)\b",
    ],
    "advance": [
        r"\b(?:se|quando|caso) (?:\w+ ){0,2}(?:alguem|uma pessoa|outra pessoa|uma crianca|um bebe|um adulto|a pessoa|a vitima|um idoso|uma idosa)\b.{0,30}\b(?:desmaiar|desmaia|engasgar|engasga|parar de respirar|nao respirar|convulsionar|tiver|sofrer|cair|se cortar|engolir|engula|tomar|estiver|perder|sangrar|passar mal|afogar|ficar inconsciente|desfalecer|apagar|pare de respirar|desmaie|engasgue|convulsione|tenha|sofra|caia|perca|passe mal|se afogue|fique inconsciente)\b",
        r"\b(?:o que|oque) (?:fazer|se faz|devo fazer|deve ser feito|se deve fazer|a gente faz|fazemos|eu faco|faco) (?:se|quando|caso|com) (?:alguem|uma pessoa|uma crianca|um bebe|outra pessoa)\b|\bcomo (?:ajudar|socorrer|acudir|agir com|lidar com|reanimar|atender) (?:alguem|uma pessoa|uma crianca|um bebe|outra pessoa|a vitima)\b",
        r"\bpor (?:via das duvidas|precaucao|garantia)\b|\bso (?:por|pra|para) (?:garantir|precaucao|saber|estar preparad[oa]s?)\b|\b(?:para|pra) (?:estar|ficar|tar) preparad[oa]s?\b|\bse (?:um dia|algum dia)\b(?! eu)|\bcaso (?:um dia|algum dia|aconteca)\b|\bnunca se sabe\b|\bem caso de (?:emergencia|necessidade)\b",
        r"\b(?:curso|aula|treinamento|capacitacao|oficina|formacao|treino) (?:de|sobre) (?:primeiros socorros|rcp|socorrismo|suporte basico)\b|\b(?:aprender|saber|nocoes de|manual de) primeiros socorros\b",
    ],
    "present": [
        r"\b(?:meu|minha|meus|minhas) (?:filh[oa]s?|bebe|nenem|mae|pai|marido|mulher|esposa|esposo|namorad[oa]|companheir[oa]|irma|irmao|irmaos|irmas|avo|avos|vo|vovo|vozinha|ti[oa]|prim[oa]|sobrinh[oa]|net[oa]|amig[oa]s?|parceir[oa]|cunhad[oa]|sogr[oa]|vizinh[oa]|menin[oa]|crianca|criancas)\b",
        r"\b(?:agora mesmo|agorinha|neste momento|nesse momento|urgente|socorro|me ajudem|me ajuda|ajuda por favor|por favor ajud\w*|pelo amor de deus)\b",
        r"\b(?:liguei|ligando|liguem|chamei|chamem|chama|chamando|esperando|mandem|manda|precisamos de|preciso de) (?:pro |para o |pra |o |a |uma |um |os )?(?:samu|192|193|190|112|inem|ambulancia|bombeiros|resgate)\b",
        r"\b(?:me sinto|to me sentindo|estou me sentindo|quero morrer|vou me matar|nao aguento|nao consigo respirar|tomei (?:todos|todas|muitos|muitas|uma caixa|varios|varias|\d+)|me cortei|estou sangrando|to sangrando|desmaiei|to passando mal|estou passando mal|vou desmaiar)\b",
        r"\b(?:desmaiou|engasgou|convulsionou|parou de respirar|nao ta respirando|nao esta respirando|esta engasgad[oa]|ta engasgad[oa])\b|\btem (?:um|uma) (?:homem|mulher|senhor|senhora|crianca|pessoa|cara|moco|moca|menino|menina) (?:caid[oa]|desmaiad[oa]|aqui|no chao|inconsciente)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- it
_IT = {
    "study": [
        r"\b(?:tesina|tesi|relazione|ricerca|tema|saggio|presentazione|esposizione|compito|compiti|progetto|approfondimento|interrogazione|esame|verifica|articolo|reportage|elaborato|lavoro|lavoretto|cartellone|paper) (?:sulla|sul|sullo|sui|sugli|sulle|su|di (?:scuola|classe|gruppo|laurea|ricerca|psicologia|biologia|etica|filosofia|sociologia|scienze|educazione civica)|per (?:la scuola|scuola|l'universita|l'uni|la classe|il corso|la prof|il prof|la professoressa|il professore|l'esame|la tesi|il liceo|storia|italiano|filosofia|psicologia))\b",
        r"\b(?:tesina|tesi di laurea|tesi triennale|tesi magistrale|elaborato finale|la mia tesi|una tesi)\b",
        r"\bper (?:la scuola|l'universita|l'uni|la facolta|il liceo|l'istituto|il corso|la lezione|la classe|la prof|il prof|l'esame|la maturita|un esame|un corso|la mia tesi|la tesina)\b",
        r"\b(?:a|in) lezione (?:di|abbiamo|parliamo|stiamo)\b|\blezione di (?:etica|biologia|psicologia|educazione civica|filosofia|scienze|religione)\b|\bin classe (?:abbiamo|parliamo|stiamo|dobbiamo|facciamo|si parla)\b|\bora di (?:religione|etica|scienze|educazione civica)\b",
        r"\b(?:statistiche?|dati (?:sul|sulla|sui|sulle|su|statistici|epidemiologici|istat)|tasso di|tassi di|percentuale di|cifre (?:sul|sulla|su)|quante persone|quanti (?:casi|giovani|ragazzi|italiani)|epidemiolog\w*|prevalenza|istat)\b",
        r"\bprevenzione\b|\bprevenire il suicidio\b|\bcampagna (?:di|su|sul|sulla|contro|per)\b|\bsensibilizzazione\b|\bgiornata (?:mondiale|nazionale|internazionale)\b",
        r"\bcome funziona(?:no)? (?:il |la |i |le |un |una |l')?(?:telefono amico|linea|linee|numero|numeri|centralino|servizio|servizi|helpline|hotline|chat)\b|\bvolontari[oa]\b",
        r"\bsono (?:un |una |un')?(?:infermier[ea]|insegnante|professore|professoressa|maestr[ao]|giornalista|psicolog[oa]|studente di \w+|studentessa di \w+|educatore|educatrice|assistente sociale|ricercatore|ricercatrice|operatore|operatrice)\b|\bcome (?:studente|studentessa|insegnante|infermiere|infermiera|giornalista|educatore|educatrice)\b",
        r"\b(?:sto|stiamo) (?:scrivendo|facendo|preparando) (?:un|una|il|la|lo|mio|mia|un') ?(?:romanzo|racconto|storia|sceneggiatura|libro|articolo|tesina|tesi|ricerca|relazione|presentazione|progetto|tema|saggio|lavoro|video|campagna)\b|\b(?:il mio|un|una|la mia|il) personaggio\b|\b(?:la|il) protagonista\b",
    ],
    "advance": [
        r"\b(?:se|quando|qualora|nel caso in cui) (?:\w+ ){0,2}(?:a )?(?:qualcuno|una persona|un bambino|una bambina|un neonato|un adulto|un anziano|la vittima|un'altra persona)\b.{0,30}\b(?:sviene|svenisse|perde i sensi|perdesse i sensi|soffoca|soffocasse|si strozza|si strozzasse|va di traverso|andasse di traverso|non respira|smette di respirare|ha (?:un|una)|abbia (?:un|una)|avesse|cade|si taglia|ingerisce|ingoia|convulsioni|sanguina|collassa|annega|svenire|sta male|si sente male)",
        r"\bcome (?:si )?(?:aiuta|aiutare|soccorre|soccorrere|interviene|intervenire|comportarsi con|rianimare) (?:qualcuno|una persona|un bambino|un neonato|chi)\b|\bcosa (?:si fa|bisogna fare|fare|si deve fare|dovrei fare|devo fare) (?:se|quando|in caso)\b(?! (?:mio|mia|miei|mie)\b)|\bcome intervenire\b",
        r"\bper sicurezza\b|\bper ogni evenienza\b|\bnon si sa mai\b|\bin caso (?:di emergenza|succeda|dovesse succedere|capiti)\b|\bper essere preparat[oaie]\b|\bse (?:mai|un giorno)\b(?! (?:io|mi|morissi|non ci fossi))|\bnel caso (?:in cui|succeda|capiti)\b|\bcaso mai\b|\bcasomai\b",
        r"\b(?:corso|lezione|formazione|attestato|brevetto|addestramento) (?:di|sul|sulla|su) (?:primo soccorso|blsd|bls|rianimazione|pronto soccorso)\b|\bcorso blsd?\b|\bmanovra di heimlich\b|\bmanovre di disostruzione\b",
    ],
    "present": [
        r"\b(?:mio|mia|miei|mie) (?:figli[oa]|figli|figlie|bambin[oa]|bimb[oa]|neonat[oa]|mamma|madre|papa|padre|marito|moglie|ragazz[oa]|fidanzat[oa]|compagn[oa]|partner|fratello|sorella|fratelli|sorelle|nonn[oa]|nonni|zi[oa]|cugin[oa]|nipote|nipoti|amic[oa]|amici|amiche|suocer[oa]|cognat[oa]|vicin[oa]|coinquilin[oa])\b",
        r"\b(?:proprio ora|proprio adesso|adesso|in questo momento|subito|urgente|aiutatemi|aiutami|vi prego|sbrigatevi|aiuto)\b(?! (?:per|con|a fare|nel|nella|psicologico)\b)",
        r"\b(?:chiamate|chiama|ho chiamato|sto chiamando|abbiamo chiamato|aspettiamo|aspetto|mandate) (?:il |l'|un'|una |la |i )?(?:118|112|ambulanza|soccorsi)\b",
        r"\b(?:mi sento|voglio morire|mi voglio (?:ammazzare|uccidere)|mi ammazzo|non ce la faccio|non riesco a respirare|ho preso (?:tutte|tutti|troppe|troppi|\d+)|mi sono tagliat[oa]|sto per svenire|sto sanguinando)\b",
        r"\b(?:e svenut[oa]|e (?:caduto|caduta) a terra|si e strozzat[oa]|non respira piu|non sta respirando|ha perso i sensi|c'e (?:un|una) (?:uomo|donna|signore|signora|ragazzo|ragazza|bambino|bambina|persona|tizio) (?:a terra|svenut|che non))\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- zh
_ZH = {
    "study": [
        r"论文|毕业设计|小论文|课题|开题",
        r"(?:写|做|交|完成)(?:一份|一篇|一个|个|篇|份)?.{0,10}(?:作业|报告|报道|演讲稿|调查|PPT|ppt|海报|手抄报)|(?:学校|老师|课|小组|寒假|暑假|家庭)(?:的|布置的)?作业|作业(?:题|要求|是|的题目)|(?:研究|调查|读书|实验|课题)报告|报告(?:的)?(?:题目|主题)",
        r"(?:心理|健康|生物|伦理|道德|思政|医学|护理|急救|社会学|哲学)课|课(?:上|堂上?)(?:讲|讨论|学|老师|要求)|主题班会|班会(?:课|主题)|老师(?:让|要求|布置)|(?:学术|科学|社会)研究|研究(?:课题|项目|报告|方向|生)|做(?:一个|个)?.{0,8}(?:研究|调研|调查)",
        r"统计|数据|比例|比率|发生率|死亡率|自杀率|百分之|每年有?多少人|(?:有|占)多少人",
        r"预防|防治|干预(?:项目|措施|工作|机制)|宣传|宣导|倡导|意识月|意识日|防治日|宣传周|公益(?:活动|广告|项目)|讲座",
        r"热线(?:是)?(?:怎么|如何)(?:运作|工作|运行)|(?:心理|危机|求助|援助)热线(?:的)?(?:志愿者|运作|工作原理)|志愿者|义工",
        r"我是(?:一名|一个|个)?(?:学生|大学生|研究生|护士|老师|教师|记者|心理咨询师|社工|医学生|辅导员|研究人员|作家|编剧)",
        r"(?:写|创作)(?:一部|一篇|一本|个|部|篇)?.{0,6}(?:小说|故事|剧本|文章|新闻|报道)|小说(?:里|中)|(?:我的|书里的|故事里的)?(?:角色|主角|主人公)",
    ],
    "advance": [
        r"(?:如果|要是|假如|假设|假設|万一|萬一|倘若|当|當|遇到|碰到|遇见|遇見)(?:在\S{1,6}?[上里裡])?(?:身边|身邊|路上)?(?:有人|别人|別人|他人|一个人|一個人|某人|陌生人|路人|小孩|孩子|婴儿|嬰兒|老人|朋友|同学|同學|病人|患者)",
        r"(?:旁边|旁邊|身边|身邊)的人(?:该|該|要|应该|應該)?(?:怎么|怎麼|如何)(?:帮|幫|救|处理|處理)",
        r"以防万一|有备无患|以备不时之需|防患于未然|未雨绸缪|提前(?:了解|学习|学|准备|知道)|做好准备|万一(?!我)",
        r"急救(?:课|培训|课程|知识|常识|证|技能|手册|方法)|(?:学|学习|上|参加)(?:了)?急救|海姆立克|心肺复苏(?:培训|课程|怎么做|的步骤)",
        r"(?:怎么|如何|怎样)(?:帮助|救|急救|抢救|处理)(?:一个)?(?:晕倒|昏倒|噎住|窒息|溺水|抽搐|中毒|昏迷)的(?:人|孩子|婴儿|老人)",
    ],
    "present": [
        r"我(?:的)?(?:儿子|兒子|女儿|女兒|孩子|宝宝|寶寶|小孩|妈|媽|母亲|母親|爸|父亲|父親|老公|老婆|丈夫|妻子|男朋友|女朋友|男友|女友|对象|對象|哥|姐|弟弟|妹妹|爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|朋友|室友|同学|同學|叔叔|阿姨|舅舅|姑姑|孙子|孫子|孙女|孫女|家人|闺蜜|閨蜜)|我家(?:孩子|宝宝|寶寶|老人|老公|老婆)|我们家|我們家",
        r"马上|馬上|立刻|赶紧|趕緊|快点|快點|紧急|緊急|救命|求救|帮帮我|幫幫我|快来|快來|刚刚|剛剛|刚才|剛才",
        r"(?:打|叫|拨|撥)(?:了)?(?:120|110|119|救护车|救護車|急救车)|救护车(?:来|还没|到|快)|救護車(?:來|還沒|到|快)",
        r"(?<![不别別没沒])想死|不想活|活不下去|我(?:现在|真的|好|很|已经|刚|刚刚)?(?:喘不过气|喘不上气|呼吸不了|吃了(?:一整?瓶|整瓶|所有|全部|很多|好多)|吞了|割了|头晕|好难受|撑不住|好痛|好疼)",
        r"(?:这里|這裡|这边|這邊|路上|门口|門口)有(?:个|個)?人",
    ],
}

# ---------------------------------------------------------------------------------------------------------- vi
_VI = {
    "study": [
        r"\b(?:bai tap|bai luan|tieu luan|luan van|luan an|khoa luan|de tai|bai thuyet trinh|thuyet trinh|bai bao cao|bao cao (?:ve|mon|nhom|cho)|du an (?:ve|mon|nhom|cho|hoc)|bai viet (?:ve|cho)|bai nghien cuu|bai kiem tra|chuyen de|slide|poster)\b",
        r"\bnghien cuu (?:ve|khoa hoc|sinh|cho (?:truong|lop|mon)|nhom)\b|\b(?:de tai|bai|du an|nhom|cong trinh) nghien cuu\b|\btim hieu ve\b",
        r"\bcho (?:truong|lop|mon hoc|dai hoc|co giao|thay giao|khoa|buoi thuyet trinh)\b|\bmon (?:hoc|gdcd|giao duc cong dan|sinh hoc|tam ly|dao duc|ky nang song|y duc|xa hoi hoc)\b|\btren lop (?:co|thay|chung|minh|toi|em) (?:day|hoc|noi|giao|bao|thao luan)\b",
        r"\b(?:thong ke|so lieu|ty le|ti le|du lieu|bao nhieu nguoi|so nguoi|so ca|dich te)\b",
        r"\b(?:phong chong|phong ngua|ngan ngua|du phong|chien dich|tuyen truyen|nang cao nhan thuc|thang nhan thuc|ngay the gioi)\b",
        r"\b(?:duong day nong|tong dai|hotline)\b.{0,25}\b(?:hoat dong|lam viec|van hanh) (?:nhu the nao|ra sao|the nao)\b|\btinh nguyen vien\b|\blam tinh nguyen\b",
        r"\b(?:toi|minh|em|tui) la (?:mot )?(?:sinh vien|y ta|dieu duong|giao vien|co giao|thay giao|giang vien|nha bao|phong vien|nha tam ly|nha nghien cuu|nhan vien xa hoi|tinh nguyen vien|nha van)\b|\bla (?:sinh vien|hoc sinh) (?:nam|nganh|khoa|truong)\b",
        r"\b(?:viet|sang tac) (?:mot )?(?:truyen|tieu thuyet|kich ban|cau chuyen|tieu luan|bai bao)\b|\bnhan vat (?:cua|trong|chinh)\b",
    ],
    "advance": [
        r"\b(?:neu|khi|lo|gia su|truong hop) (?:co )?(?:ai do|ai|nguoi nao|mot nguoi|nguoi khac|nguoi|tre em|em be|tre|nguoi lon|nguoi gia)\b.{0,30}\b(?:ngat|xiu|bat tinh|bi hoc|hoc xuong|mac nghen|nghen|sac nuoc|ngung tho|khong tho|co giat|dong kinh|chay mau|nuot|uong nham|dien giat|bong|ngo doc|duoi nuoc|dot quy|te xiu)\b",
        r"\bphong khi\b|\bphong truong hop\b|\bde (?:biet|san sang|chuan bi|phong)\b|\bneu (?:mot ngay|sau nay|lo)\b(?! (?:toi|minh|em|tao|tui)\b)|\blo (?:nhu )?(?:sau nay|mai nay)\b",
        r"\b(?:khoa hoc|lop|lop hoc|tap huan|dao tao|buoi hoc|chung chi|khoa) (?:ve )?(?:so cuu|so cap cuu|hoi suc)\b|\bhoc so cuu\b|\bky nang so cuu\b",
        r"\bcach (?:so cuu|giup|cuu|xu ly|ho tro) (?:cho )?(?:nguoi|ai|tre|em be|mot nguoi|nan nhan)\b",
    ],
    "present": [
        r"\b(?:con|con trai|con gai|vo|chong|me|ma|ba|bo|cha|anh|chi|em trai|em gai|ong|ba noi|ba ngoai|ong noi|ong ngoai|ban|ban than|nguoi yeu|ban trai|ban gai|chau|chu|di|bac|be) (?:cua )?(?:toi|minh|tui|tao)\b|\b(?:me|ba|bo|ban|nguoi yeu|ong|ba noi|ba ngoai) em\b",
        r"\b(?:ngay bay gio|ngay luc nay|ngay lap tuc|khan cap|cuu (?:voi|em|toi|con|minh|me)|giup (?:voi|em voi|toi voi|minh voi)|lam on giup|nhanh len|mau len)\b",
        r"\b(?:da goi|dang goi|goi giup|goi ngay|goi dum|goi gium|goi) (?:xe )?(?:cap cuu|115|113|114|cuu thuong)\b(?! (?:khi|neu|nhu the nao))|\bxe cap cuu (?:dang|sap|chua|toi|den)\b",
        r"\b(?:toi|minh|em|tui|tao) (?:dang |da |vua |sap |that su |rat )?(?:muon chet|khong tho duoc|kho tho|ngat|xiu|cam thay|uong het|uong (?:\d+|ca|nhieu|mot vi|het)|cat tay|chay mau|khong chiu noi|het chiu noi)\b",
        r"\bvua (?:bi )?(?:ngat|xiu|ngat xiu|bat tinh|hoc|nghen|co giat|ngung tho|nga)\b|\b(?:ngat|xiu|bat tinh) roi\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- tl
_TL = {
    "study": [
        r"\b(?:research|report|thesis|essay|assignment|homework|project|presentation|reporting|term paper|reaction paper|case study|paper|survey|sanaysay|pananaliksik|ulat|proyekto|takdang aralin) (?:namin|natin|ko|nila|ako|kami)? ?(?:tungkol|about|on suicide|para sa|for (?:school|class)|sa (?:school|klase|subject|eskwela|paaralan|univ|college|psych|filipino|english|science|health|mapeh|esp|ethics|research|thesis|teacher|prof))\b",
        r"\bpara sa (?:school|klase|subject|eskwela|paaralan|research|thesis|report|project|assignment|reporting|univ|college|prof|teacher|class|finals|midterms)\b",
        r"\b(?:research|thesis|reporting|report|project|assignment|paper|sanaysay|pananaliksik) (?:namin|natin|ko)\b",
        r"\b(?:klase|class|subject) (?:namin |natin |ko )?(?:sa |na )?(?:esp|mapeh|health|ethics|psych|psychology|biology|values|filipino|science|araling panlipunan)\b",
        r"\b(?:estudyante|student|nursing student|psych student|nurse|nars|teacher|guro|titser|journalist|mamamahayag|researcher|volunteer|bolunter|social worker|propesor) (?:po )?ako\b|\bako ay (?:isang )?(?:estudyante|student|nurse|nars|guro|teacher|journalist|mamamahayag|researcher)\b|\bi'?m an? (?:student|nurse|teacher|journalist|researcher|volunteer)\b",
        r"\b(?:statistics|stats|istatistika|datos|data|rate ng|porsyento|percentage|ilang tao ang)\b",
        r"\b(?:prevention|pag-iwas|campaign|kampanya|awareness|kamalayan|prevention month|seminar|webinar|symposium)\b",
        r"\b(?:paano|pano|how) (?:gumagana|nagwowork|nag-wowork|does|do|mag-volunteer|magvolunteer)\b.{0,30}\b(?:hotline|crisis line|helpline|ncmh|hopeline)\b|\bmag-?volunteer\b",
        r"\b(?:sinusulat|nagsusulat|isinusulat|sumusulat|gumagawa)(?: ako| kami)? (?:ng )?(?:kwento|kuwento|nobela|story|script|iskrip|wattpad|fanfic|short film|dula)\b|\b(?:character|karakter) ko\b|\bsa (?:kwento|story|nobela) ko\b|\bmain character\b",
    ],
    "advance": [
        r"\b(?:in case|incase|just in case)\b(?! (?:i|ako|mamatay|mawala|mawawala)\b)|\bkung sakali(?:ng)?\b(?! (?:mawala|mamatay|wala na) ako)|\bbaka sakali\b|\bif ever\b(?! (?:i|ako)\b)|\bpara (?:handa|ready|prepared|maging handa|alam ko ang gagawin)\b",
        r"\b(?:pag|kapag|kung|if|pano kung|paano kung) (?:may|mayroong|merong|someone|isang tao|ang isang tao)\b.{0,25}\b(?:nahimatay|mahimatay|nawalan ng malay|mawalan ng malay|nabulunan|mabulunan|nabubulunan|nalunod|malunod|hindi makahinga|di makahinga|nag-?seseizure|mag-?seizure|nangisay|mangisay|nakalunok|makalunok|faint|choke|choking|nasugatan|dumudugo)",
        r"\b(?:ano|anong|ano ang) (?:dapat|gagawin|pwedeng|puwedeng|kailangang)\b.{0,30}\b(?:kapag|pag|kung|when|if) (?:may|someone|isang|ang isang)\b|\b(?:paano|pano|how) (?:tutulungan|tumulong|tulungan|mag-?first aid|sagipin|to help)\b.{0,20}\b(?:tao|taong|someone|isang|bata|baby|nahimatay|nabulunan|nabubulunan)\b",
        r"\b(?:first aid|first-aid|cpr|bls) (?:training|seminar|course|class|workshop|certification)\b|\b(?:training|seminar|course|class) (?:sa|on|in|ng) (?:first aid|cpr|bls)\b",
    ],
    "present": [
        r"\b(?:anak|nanay|tatay|mama|papa|mommy|daddy|inay|itay|lola|lolo|asawa|mister|misis|boyfriend|girlfriend|bf|gf|jowa|partner|kapatid|kuya|ate|bunso|tita|tito|pinsan|pamangkin|apo|kaibigan|bestfriend|best friend|bespren|roommate|baby|biyenan|bayaw|hipag|kapitbahay) (?:ko|namin|natin)\b|\bsi (?:lola|lolo|nanay|tatay|mama|papa|kuya|ate|bunso|mommy|daddy|tita|tito|baby|inay|itay)\b|\b(?:my|aking) (?:anak|son|daughter|mom|dad|lola|lolo|wife|husband|baby|kid|friend)\b",
        r"\b(?:ngayon na|ngayon mismo|ngayon lang|kanina lang|right now|tulong po|tulungan (?:nyo|niyo|mo|ninyo) (?:ako|kami|po)|saklolo|pls help|please help|help po|asap|urgent)\b",
        r"\b(?:tumawag|tinawagan|tawagan (?:nyo|niyo|mo)|natawagan|tatawag|tumatawag) (?:na )?(?:kami |ako )?(?:ng |sa |na )?(?:ambulansya|ambulance|911|rescue|ems)\b|\bnasa (?:ambulansya|ospital) na\b",
        r"\b(?:gusto ko (?:nang |na )?(?:mamatay|magpakamatay|mawala)|ayoko na(?:ng)? mabuhay|hindi ako makahinga|di ako makahinga|nahihilo ako|nanghihina ako|uminom ako ng|ininom ko (?:lahat|ang)|naglaslas ako|sinaktan ko ang sarili ko|pakiramdam ko|feeling ko|i feel)\b",
        r"\b(?:nahimatay|nawalan ng malay|nabulunan|hindi (?:na )?humihinga|nangingisay|nalunod|nag-?overdose) (?:si|ang|yung|po|siya|sya)\b",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ar
_AR_PERSON = (
    r"(?:شخص|شخصا|شخصاً|أحد|احد|أحدا|احدا|أحدهم|احدهم|حدا|حد|إنسان|انسان|طفل|رضيع|مريض|المصاب|مصاب|الشخص)"
)
_AR = {
    "study": [
        r"بحث (?:حول|مدرسي|جامعي|علمي|تخرج|التخرج|في موضوع)|(?:أعمل|اعمل|أكتب|اكتب|نعمل|نكتب|نسوي|اسوي|أسوي|أحضر|احضر|أجهز|اجهز|أعد|اعد|نعد|عندي|لدي|عليّ|علي|عندنا|لدينا)\s+(?:على\s+)?(?:بحث|بحثا|بحثاً|تقرير|تقريرا|تقريراً|مقال|مقالة|مشروع|عرض|واجب|رسالة|أطروحة|اطروحة|برزنتيشن|بريزنتيشن)",
        r"(?:تقرير|مقال|مقالة|موضوع تعبير|عرض تقديمي|واجب|مشروع|أطروحة|اطروحة)\s+(?:عن|حول)|رسالة (?:ماجستير|دكتوراه|تخرج)|مشروع (?:تخرج|مدرسي|جامعي|بحثي|التخرج)|عرض تقديمي|برزنتيشن|بريزنتيشن",
        r"للمدرسة|للجامعة|للكلية|لل(?:صف|فصل|حصة|مادة|دكتور|أستاذ|استاذ|أستاذة|استاذة|معلم|معلمة)|(?:مادة|حصة|محاضرة|درس|مقرر|كورس)\s+(?:ال)?(?:أخلاق|اخلاق|علم النفس|أحياء|احياء|صحة|تربية|فلسفة|اجتماع)|في (?:حصة|محاضرة|مادة)\s",
        r"إحصائي|احصائي|إحصاء|احصاء|نسبة|نسب |معدل|معدلات|أرقام|ارقام|بيانات|كم عدد|كم شخص|عدد (?:حالات|الحالات|المنتحرين|الوفيات)",
        r"الوقاية|وقاية|الحد من|منع الانتحار|التوعية|توعية|توعوي|حملة|حملات|اليوم العالمي|شهر التوعية|برنامج|برامج",
        r"(?:كيف|كيفية)\s+(?:تعمل|يعمل|عمل|تشتغل|يشتغل)\s+(?:خطوط|خط|الخط|الخطوط|أرقام|ارقام)|متطوع|تطوع|أتطوع|اتطوع",
        r"(?:أنا|انا)\s+(?:طالب|طالبة|ممرض|ممرضة|معلم|معلمة|مدرس|مدرسة|أستاذ|استاذ|أستاذة|استاذة|صحفي|صحفية|صحافي|صحافية|باحث|باحثة|أخصائي|اخصائي|أخصائية|اخصائية|كاتب|كاتبة)",
        r"رواية|(?:أكتب|اكتب|نكتب)\s+(?:رواية|قصة|سيناريو|مسرحية|فيلم)|سيناريو|شخصية في|بطل(?:ة)? (?:الرواية|القصة|الفيلم|روايتي|قصتي)",
    ],
    "advance": [
        r"من باب الاحتياط|للاحتياط|احتياطا|احتياطاً|احتياطًا|تحسبا|تحسباً|لا قدر الله|لا سمح الله|في حال(?:ة)?(?!\s*(?:مت|موتي|انتحرت|رحلت|غبت))|إذا حدث|اذا حدث|لو حدث|لو صار|إذا صار|اذا صار|يوما ما|يومًا ما|في يوم من (?:الأيام|الايام)",
        r"(?:إذا|اذا|لو|عندما|حين|لما|إن)\s+(?:\S+\s+){0,2}"
        + _AR_PERSON
        + r".{0,30}(?:أغمي|اغمي|أغمى|اغمى|فقد الوعي|غاب عن الوعي|اختنق|يختنق|شرق|غص|توقف عن التنفس|لا يتنفس|ما يتنفس|نوبة|تشنج|يتشنج|ابتلع|بلع|نزيف|ينزف|سقط|وقع|غرق|يغرق|انهار|دوخة|دوخه|يغمى|يُغمى)",
        r"(?:إذا|اذا|لو|عندما|لما)\s+(?:أغمي|اغمي|أغمى|اغمى)\s+على\s+"
        + _AR_PERSON
        + r"|كيف (?:أساعد|اساعد|نساعد|يساعد|تساعد|أسعف|اسعف|نسعف|يسعف|يتم إسعاف|يتم اسعاف|أتعامل|اتعامل|نتعامل|التعامل)\s+(?:مع\s+)?"
        + _AR_PERSON,
        r"(?:دورة|دورات|كورس|تدريب|ورشة|درس|شهادة)\s+(?:في\s+|ب|على\s+)?(?:ال)?(?:إسعافات|اسعافات|إسعاف|اسعاف|انعاش|إنعاش)|(?:أتعلم|اتعلم|تعلم|تعليم|نتعلم)\s+(?:ال)?(?:إسعافات|اسعافات)",
        r"(?:أكون|اكون|نكون)\s+(?:مستعد|جاهز|مستعدة|جاهزة|مستعدين|جاهزين)|للاستعداد",
    ],
    "present": [
        r"(?:^|\s)[وف]?(?:ابني|ابنتي|بنتي|ولدي|طفلي|طفلتي|أمي|امي|والدتي|أبي|ابي|أبوي|ابوي|والدي|زوجي|زوجتي|مرتي|أخي|اخي|أختي|اختي|خويا|جدي|جدتي|ستي|تيتا|عمي|عمتي|خالتي|صديقي|صديقتي|صاحبي|صاحبتي|حبيبي|حبيبتي|خطيبي|خطيبتي|أولادي|اولادي|عيالي|رضيعي)(?=\s|$|[،؟!.,?])",
        r"(?:^|\s)[وف]?(?:الآن|الان|حالا|حالاً|فورا|فوراً|(?<!وقفت )(?<!قمت )بسرعة|(?<!وقفت )(?<!قمت )بسرعه|عاجل|النجدة|ساعدوني|ساعدني(?!\s*(?:في|ب|على))|الحقوني|الحقني|إلحقوني|أنقذوني|انقذوني|هلق|هلأ|دلوقتي|هسه|هسا)(?=\s|$|[،؟!.,?])",
        r"(?:اتصلت|اتصلنا|اتصلوا|كلمت|طلبت|طلبنا|نادوا|اطلبوا|ننتظر|أنتظر|انتظر)\s+(?:ب|على\s+|ال)?(?:الإسعاف|الاسعاف|إسعاف|اسعاف|997|911|123|112|999|الطوارئ|طوارئ)(?!ات)",
        r"(?:أشعر|اشعر|حاسس|حاسة|حاسه|أحس|احس|بحس)|(?:أريد|اريد|بدي|ابي|أبي|عايز|عايزة|ودي)\s+(?:[أا]ن\s+)?[أا]موت|(?:لا|ما|مش)\s*(?:أستطيع|استطيع|أقدر|اقدر|بقدر|قادر|قادرة)\s+(?:[أا]ن\s+)?(?:أتنفس|اتنفس|التنفس)|(?:أخذت|اخذت|بلعت|شربت|تناولت)\s+(?:كل|كمية|علبة|حبوب|\d+)|جرحت نفسي|أنزف|انزف",
        r"(?:فقد|فقدت)\s+(?:وعيه|وعيها)|(?:مش|ما)\s*(?:بيتنفس|بتتنفس|عم يتنفس|عم تتنفس)|(?:بيختنق|بتختنق|عم يختنق|عم تختنق)|(?:هنا|هون)\s+(?:شخص|رجل|امرأة|طفل|ولد)",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ru
_RU = {
    "study": [
        r"\b(?:реферат\w*|доклад\w*|курсов(?:ая|ую|ой|ик|ике)|дипломн\w*|диссертаци\w*|эссе|сочинени\w*|презентаци\w*|исследовани\w*|домашк\w*|конспект\w*|семинар\w*|вкр|нир)\b|\bзадани[еяю] по\b|\b(?:школьн|учебн|индивидуальн)\w* проект\w*|\bпроект\w* (?:о|об|про|по)\b|\bстать[юяи] (?:о|об|про)\b",
        r"\b(?:для|по) (?:школы|универа|университета|вуза|института|колледжа|учебы|учёбы|урока|предмета|пары|класса|курса|обж|биологии|психологии|обществознания|этики|философии|социологии)\b",
        r"\bна (?:уроке|уроках|паре|парах|лекции|семинаре) (?:\w+ )?(?:задали|обсуждали|проходили|говорили|рассказывали|проходим|обсуждаем|изучаем|учитель|преподаватель|нам)\b|\bклассн\w* час\w*|\bурок\w* (?:обж|биологии|психологии|этики|обществознания)\b",
        r"\b(?:статистик\w*|статистическ\w*|цифр\w* (?:по|о)|данны[ех] (?:о|об|по)|уровень (?:самоубийств|суицидов|смертности)|процент\w* (?:самоубийств|суицид\w*|людей)|сколько (?:людей|человек|подростков|случаев|самоубийств)|эпидемиолог\w*|распростран[её]нност\w*)\b",
        r"\b(?:профилактик\w*|предотвращени\w*|превенци\w*|кампани\w*|осведомл[её]нност\w*|всемирн\w* день)\b|\bакци[яиюей] (?:по|о|против)\b|\bпрограмм\w* (?:профилактики|помощи|поддержки)\b",
        r"\bкак (?:работает|работают|устроен\w*) (?:\w+ )?(?:телефон\w*|лини\w*|горяч\w*|служб\w*|кризисн\w*)|\bволонт[её]р\w*",
        r"\bя (?:студент|студентка|медсестра|медбрат|учитель|учительница|преподаватель|журналист|журналистка|психолог|исследователь|социальный работник|писатель|писательница)\b|\bкак (?:студент|студентка|учитель|журналист|психолог|медсестра)\b",
        r"\b(?:пишу|пишем|сочиняю|написать|делаю|готовлю|делаем|готовим) (?:\w+ )?(?:рассказ|роман|повесть|книгу|сценарий|пьесу|фанфик|историю|статью|реферат|доклад|курсовую|диплом|эссе|сочинение|проект|презентаци\w*|исследовани\w*)\b|\b(?:мой|моя|мою|моего|главн\w*) (?:персонаж\w*|герой|героиня|героиню)\b|\bперсонаж\w*",
        r"\bработ\w* (?:для|по|о|об|про) (?:школ|универ|вуз|учеб|урок|предмет|самоубийств|суицид|психолог|биолог)\w*",
    ],
    "advance": [
        r"\b(?:если|когда|вдруг|в случае если) (?:\w+ ){0,2}(?:кто-то|кто-нибудь|кто то|кто нибудь|человек|ребенок|ребёнок|младенец|малыш|кому-то|кому-нибудь|пострадавш\w*|прохож\w*|кого-то)\b.{0,40}(?:сознани|упал|падает|упад|подавил|давится|задыха|не дышит|перестал\w* дышать|обморок|приступ|судорог|кровотеч|отравил|проглотил|тонет|утонул|захлеб|поперхнул|инсульт|инфаркт)",
        r"\b(?:что|как) (?:нужно|надо|следует|стоит|правильно|делать|помочь|помогать|действовать|оказать|оказывать)\b.{0,30}\b(?:если|когда|человеку|кому-то|пострадавшему|при)\b(?! (?:я|мне|у меня)\b)",
        r"\bна (?:всякий|любой) случай\b|\bмало ли\b|\bчтобы быть готов\w*|\bбыть готов\w* (?:к|если)\b|\bхочу быть готов\w*|\b(?:знать|узнать) заранее\b|\bзаранее (?:знать|узнать|подготов\w*)\b|\bесли (?:когда-нибудь|когда нибудь|однажды)\b|\bв случае (?:чего|необходимости)\b",
        r"\b(?:курс\w*|тренинг\w*|обучени\w*|занятие|занятия|семинар\w*) (?:по )?(?:первой (?:медицинской )?помощи|оказани\w* первой|сердечно-л[её]гочной|слр|реанимации)\b|\bпервую помощь (?:при|человеку)\b",
    ],
    "present": [
        r"\b(?:мой|моя|мое|моё|мои|моего|моей|моему|моим|моих|мою|у меня|у моего|у моей) (?:сын\w*|доч\w*|реб[её]н\w*|дет\w*|малыш\w*|мам\w*|мать|матер\w*|пап\w*|от[её]ц|отц\w*|муж\w*|жен\w*|парень|парня|девушк\w*|брат\w*|сестр\w*|бабушк\w*|бабул\w*|дедушк\w*|дед\w*|друг\w*|подруг\w*|т[её]т\w*|дяд\w*|внук\w*|внучк\w*|сосед\w*|партн[её]р\w*|свекр\w*|т[её]щ\w*)\b",
        r"\b(?:прямо сейчас|срочно|скорее|спасите|умоляю|помогите(?! (?:написать|с |найти|разобраться|подобрать|пожалуйста с)))\b",
        r"\b(?:вызвал\w*|вызываю|вызовите|вызови|позвонил\w*|звоню|ждем|ждём|жду|едет) (?:в )?(?:скорую|скорая|103|112|03|неотложку|спасател\w*)\b",
        r"\bя (?:хочу умереть|не могу дышать|не хочу жить|умираю|задыхаюсь|наглотал\w*|выпил\w* (?:все|много|таблет\w*|\d+)|порезал\w*|теряю сознание|чувствую)\b|\bмне (?:очень )?(?:плохо|стало плохо|страшно|больно|нечем дышать)\b|\bхочу (?:умереть|покончить)\b",
        r"\b(?:сын|дочь|дочка|реб[её]нок|малыш|мама|папа|муж|жена|бабушка|дедушка) (?:\w+ )?(?:подавил|задыха|потерял|упал|не дышит|в обмороке|без сознания|отравил|выпил|наглотал)\w*",
    ],
}

# ---------------------------------------------------------------------------------------------------------- ko
_KO = {
    "study": [
        r"과제|숙제|보고서|리포트|레포트|논문|소논문|프레젠테이션|에세이|수행\s*평가|프로젝트|발표(?:\s*준비|\s*주제|\s*자료|를|할)|세미나",
        r"탐구\s*(?:보고서|과제|주제|활동)|연구\s*(?:주제|과제|보고서|논문|프로젝트|실|원|자)|(?:학술|학위|졸업)\s*연구|대학원|설문\s*조사|조사\s*(?:보고서|과제|주제)",
        r"(?:윤리|생명|보건|심리|도덕|사회|생물|간호)\s*(?:수업|시간|과목)|수업\s*(?:시간에|에서)?\s*(?:배운|배웠|다룬|토론|발표|과제)|학교에서\s*(?:배우|배웠|조사|발표)|(?:학교|대학|학과)\s*과제",
        r"통계|자살률|사망률|발생률|비율|수치|몇\s*명이|얼마나\s*많은\s*사람",
        r"예방|방지\s*(?:대책|교육|프로그램|사업)|캠페인|인식\s*개선|홍보|생명\s*존중|교육\s*(?:자료|프로그램)",
        r"(?:상담\s*전화|핫라인|위기\s*상담|109|1393|1588)\S*\s*(?:는|은|이|가)?\s*(?:어떻게|어떤\s*식으로)\s*(?:운영|작동|진행|돼|되|연결)|자원\s*봉사|봉사\s*활동|상담\s*봉사",
        r"(?:저는|나는|전|난)\s*(?:\S+\s*)?(?:학생|대학생|간호사|간호학과|교사|선생님|기자|상담사|연구원|사회\s*복지사|보건\s*교사|작가|의대생)",
        r"소설|웹소설|시나리오|대본|각본|(?:제|내)\s*캐릭터|등장\s*인물|주인공",
    ],
    "advance": [
        r"(?:누군가|누가|사람이|어떤\s*사람이|다른\s*사람이|아이가|아기가|친구가|옆\s*사람이|타인이|환자가)\s*(?:\S+\s*){0,3}?(?:쓰러지면|쓰러졌을\s*때|기절하면|기절했을\s*때|의식을?\s*잃으면|의식이\s*없으면|숨을?\s*안\s*쉬면|숨을\s*쉬지\s*않으면|걸리면|막히면|질식하면|경련하면|발작하면|삼키면|피를?\s*흘리면|다치면|호흡이\s*멈추면|쓰러질\s*경우)",
        r"(?:쓰러진|기절한|의식을?\s*잃은|질식한|숨을?\s*안\s*쉬는|목에\s*(?:뭐가\s*)?걸린|경련하는)\s*(?:사람|아이|아기|환자)(?:을|를|에게|한테)?\s*(?:어떻게|도와|돕|응급)",
        r"만약(?!\s*(?:내가|제가|나|저))|만일의\s*경우|혹시\s*몰라(?:서|요)?|혹시\s*모르니|혹시\s*모를|대비(?:하려고|해서|하기|용)|유사시|알아\s*두려고|알아두려고|배워\s*두려고|배워두려고|준비하려고",
        r"응급\s*처치\s*(?:교육|강의|수업|과정|자격증|훈련|배우|방법)|심폐\s*소생술\s*(?:교육|강의|수업|배우|방법)|(?:cpr|CPR)\s*(?:교육|강의|수업)|하임리히",
    ],
    "present": [
        r"(?:우리|내|제|저희|울)\s*(?:아들|딸|아이|애기|아기|엄마|어머니|아빠|아버지|남편|아내|와이프|남자\s*친구|여자\s*친구|남친|여친|형|오빠|누나|언니|동생|할머니|할아버지|친구|삼촌|이모|고모|손자|손녀|조카|룸메|애인|여동생|남동생|부모님)",
        r"지금\s*당장|지금\s*바로|당장|빨리\s*(?:와|좀|도와|요)|급해|급합니다|긴급|살려|제발|방금",
        r"119\s*(?:불렀|불러|를?\s*불|에\s*(?:신고했|전화했|연락했)|왔|오고)|구급차\s*(?:불렀|불러|오고|왔|타고|기다)",
        r"죽고\s*싶|살기\s*싫|숨(?:이|을)?\s*(?:안|못)\s*쉬어져|숨\s*(?:이\s*)?막혀|어지러워|약을?\s*(?:다|많이|한\s*통)\s*먹었|손목을?\s*그었",
        r"쓰러졌어|쓰러졌습니다|기절했어|숨을?\s*안\s*쉬어|의식이\s*없어(?!\s*(?:도|지면))|경련하고\s*있|목에\s*걸렸어|토하고\s*있",
    ],
}

# ---------------------------------------------------------------------------------------------------------- hi
# Devanagari without word boundaries (its vowel signs are not word characters to `re`), then Latin letters.
_HI = {
    "study": [
        r"प्रोजेक्ट|रिपोर्ट|असाइनमेंट|निबंध|शोध|रिसर्च|सेमिनार|प्रेजेंटेशन|थीसिस|होमवर्क|जागरूकता|रोकथाम|बचाव\s*(?:सप्ताह|अभियान|कार्यक्रम)|आंकड़े|आंकडे|अभियान|(?:स्कूल|कॉलेज|कालेज|क्लास|कक्षा)\s*(?:के\s*लिए|में|का)",
        r"\b(?:project|report|assignment|nibandh|essay|research|seminar|presentation|thesis|homework|jagrukta|awareness|prevention|rokthaam|rokthaam|statistics|aankde|campaign|abhiyan)\b|\b(?:school|college|class)\s+(?:ke\s+liye|me|mein|ka|ki)\b",
        r"(?:मैं|मै)\s*(?:एक\s*)?(?:स्टूडेंट|छात्र|छात्रा|टीचर|शिक्षक|शिक्षिका|नर्स|पत्रकार|लेखक|लेखिका|काउंसलर)|कहानी|उपन्यास|नाटक|सीरियल|फिल्म|किरदार",
        r"\b(?:main|mai)\s+(?:ek\s+)?(?:student|teacher|nurse|journalist|writer|counsellor|counselor)\b|\b(?:kahani|story|novel|serial|film|movie|kirdaar|character)\b",
    ],
    "advance": [
        r"अगर\s*(?:कोई|किसी)|(?:किसी|कोई)\s*(?:को|व्यक्ति|इंसान)\s*(?:\S+\s*){0,4}(?:तो\s*क्या\s*कर|कैसे\s*मदद)|पहले\s*से\s*(?:जानना|पता)|फर्स्ट\s*एड|प्राथमिक\s*(?:उपचार|चिकित्सा)",
        r"\bagar\s+(?:koi|kisi|kisiko)\b|\b(?:kisi|koi)\s+(?:ko|insaan|vyakti|person)\s+(?:\w+\s+){0,4}(?:to\s+kya\s+kar|kaise\s+madad|kaise\s+help)\w*|\bpehle\s+se\s+(?:jaanna|janna|pata)\b|\bfirst\s+aid\b",
    ],
    "present": [
        r"(?:मेरा|मेरी|मेरे|हमारा|हमारी|हमारे)\s*(?:बेटा|बेटी|बच्चा|बच्ची|बच्चे|पति|पत्नी|मां|माँ|मम्मी|पापा|पिता|पिताजी|भाई|बहन|दादा|दादी|नाना|नानी|दोस्त|सहेली|बीवी|घरवाली|घरवाले|बॉयफ्रेंड|गर्लफ्रेंड)",
        r"\b(?:mera|meri|mere|hamara|hamari|hamare|humara|humari|humare)\s+(?:beta|beti|bacha|bachha|bachcha|bachchi|bachhi|bachhe|bachche|pati|patni|wife|husband|maa|mummy|mom|papa|pitaji|dad|bhai|behen|bahen|dada|dadi|nana|nani|dost|friend|saheli|biwi|gharwali|boyfriend|girlfriend)\b",
        r"अभी\s*(?:अभी)?|जल्दी\s*(?:बताओ|बताइए|करो)|बचाओ|प्लीज\s*(?:जल्दी|मदद)|एंबुलेंस|एम्बुलेंस|108\s*(?:को|पर)?\s*(?:कॉल|फोन)",
        r"\b(?:abhi|abhi\s+abhi|jaldi\s+(?:batao|bataiye|karo)|bachao|please\s+(?:jaldi|help))\b|\bambulance\b|\b(?:108|112)\s+(?:ko\s+)?(?:call|phone)\b",
    ],
}

# ------------------------------------------------------------------------------------------------ guards
# A question about lethality or method ("how many pills are lethal", "painless") is never framed away as study or
# first aid, in any language, and "just in case" beside a farewell ("just in case, here is my goodbye letter") is
# not first aid (`languages.framing` applies them over the whole message).
LETHAL: Final[dict[str, str]] = {
    "es": r"\b(?:letal(?:es)?|mortal(?:es)?|dosis (?:letal|mortal|maxima)|cuant[ao]s? (?:pastillas|pildoras|mg|gramos|tabletas)|(?:para|hasta) (?:morir|matarse|matarme|suicidarse)|sin dolor|indolor[oa]|metodos? (?:de suicidio|para (?:suicidarse|matarse|morir))|forma mas (?:rapida|facil) de morir|(?:pa|para) no (?:volver a )?despertar(?:me|se)? (?:nunca )?mas)\b",
    "fr": r"\b(?:letale?s?|dose (?:letale|mortelle)|combien de (?:cachets|comprimes|pilules|mg|grammes)|pour (?:mourir|se tuer|me tuer)|sans douleur|indolore|methodes? (?:de suicide|pour (?:se tuer|mourir)))\b",
    "de": r"\b(?:todlich\w*|letal\w*|wie viele tabletten|um zu sterben|schmerzlos\w*|ohne schmerzen|methoden? (?:zum|fur den) (?:suizid|selbstmord|sterben))\b",
    "pt": r"\b(?:letal|letais|mortal|mortais|dose (?:letal|fatal)|quant[oa]s (?:comprimidos|remedios|pilulas|mg|gramas)|(?:pra|para) (?:morrer|se matar|me matar)|sem dor|indolor|metodos? (?:de suicidio|pra morrer|para morrer))\b",
    "it": r"\b(?:letale|letali|mortale|mortali|dose (?:letale|mortale)|quante (?:pillole|pastiglie|compresse)|per (?:morire|uccidersi|ammazzarsi)|senza dolore|indolore|metodi? (?:di suicidio|per (?:morire|uccidersi)))\b",
    "zh": r"致死|致命|多少片|多少粒|死得|才能死|不痛|无痛|無痛|没有痛苦|沒有痛苦|怎么死|怎麼死|怎样死|自杀(?:的)?方法|自殺(?:的)?方法",
    "vi": r"\b(?:gay chet|lam chet|bao nhieu vien|de chet|khong dau|cach chet|lieu (?:gay chet|chet nguoi|toi da))\b",
    "tl": r"\b(?:nakamamatay|lethal|ilang (?:tableta|piraso|gamot|tabletas)|para mamatay|walang sakit|paraan ng pagpapakamatay)\b",
    "ar": r"قاتل|مميت|جرعة (?:قاتلة|مميتة)|كم (?:حبة|قرص|حبه)|لأموت|لاموت|بدون (?:ألم|الم)|طريقة (?:للانتحار|الانتحار|للموت)",
    "ru": r"\b(?:смертельн\w*|летальн\w*|сколько таблеток|чтобы умереть|без боли|безболезненн\w*|способ\w* (?:умереть|покончить|самоубийства|суицида))\b",
    "ko": r"치사량|치명적|몇\s*알|죽으려면|죽을\s*수\s*있|고통\s*없이|안\s*아프게|죽는\s*방법|자살\s*방법",
    "hi": r"जानलेवा|घातक|कितनी\s*(?:गोलियां|गोलियाँ|गोली)|मरने\s*के\s*लिए|बिना\s*दर्द|\b(?:jaanleva|janleva|ghatak|kitni\s+(?:goliyan|goliya|goli|tablets?)|marne\s+ke\s+liye|bina\s+dard)\b",
}
FAREWELL: Final[dict[str, str]] = {
    "es": r"\b(?:despedida|adios|los quiero|perdon(?:enme|en)?|ya no estare)\b",
    "fr": r"\b(?:adieu|pardonnez|je vous aime|lettre d'adieu)\b",
    "de": r"\b(?:lebt wohl|abschied\w*|verzeiht|ich liebe euch)\b",
    "pt": r"\b(?:adeus|despedida|me perdoem|amo voces)\b",
    "it": r"\b(?:addio|perdonatemi|vi voglio bene)\b",
    "zh": r"永别|永別|再见了|再見了|遗书|遺書|遗言|遺言",
    "vi": r"\b(?:vinh biet|tam biet|thu tuyet menh)\b",
    "tl": r"\b(?:paalam|goodbye|patawarin (?:nyo|niyo|ninyo) ako)\b",
    "ar": r"وداع|سامحوني",
    "ru": r"\b(?:прощайте|прощай|простите меня)\b",
    "ko": r"안녕히|잘\s*있어|유서|마지막\s*인사",
    "hi": r"अलविदा|माफ\s*(?:कर\s*)?(?:देना|करना)|सुसाइड\s*नोट|\b(?:alvida|maaf\s+kar\s+dena|maaf\s+karna|suicide\s+note)\b",
}

# A plain disavowal of suicide ("no soy suicida, solo no duermo", "我不是想自杀"): the policy's "I'm not suicidal, I
# just can't sleep", a general question. The bare word for suicide it holds (`phrases.MENTIONS`) and the multilingual
# screen's self-harm call give way to it, as the English `triage._DISAVOWED` does; a phrase of intent still stands.
DISAVOWED: Final[dict[str, str]] = {
    "es": r"\bno (?:soy|estoy|me siento) suicida\b|\bno (?:es que )?(?:quiera|quiero|pienso en|estoy pensando en) (?:suicidarme|matarme|quitarme la vida)\b|\bno tengo (?:ideas|pensamientos|ideacion) suicidas?\b|\bsin (?:ideas|pensamientos) suicidas\b"
    r"|\bno (?:quiero|pienso|voy a|pienso en) (?:hacerme dano|lastimarme|cortarme|herirme|hacerme nada)\b",
    "fr": r"\bje (?:ne )?suis pas suicidaire\b|\b(?:pas|sans|aucune?) (?:d'|de |des )?(?:idees?|pensees?) suicidaires?\b|\bje (?:ne )?(?:veux|pense) pas (?:a )?(?:me suicider|me tuer|en finir)\b"
    r"|\bje (?:ne )?(?:veux|vais|compte) pas (?:me faire du mal|me blesser|me couper|me mutiler)\b",
    "de": r"\b(?:bin|ich bin|ist) (?:nicht|kein) (?:suizidal|selbstmordgefahrdet|lebensmude)\b|\bkeine (?:suizid|selbstmord)gedanken\b|\b(?:will|mochte) mich nicht umbringen\b"
    r"|\b(?:will|werde|mochte) mich nicht (?:selbst )?(?:verletzen|ritzen|umbringen|schneiden)\b",
    "pt": r"\bnao (?:sou|estou|to|fico) suicida\b|\bnao (?:quero|penso em|to pensando em) (?:me matar|suicidio|me suicidar|tirar minha vida)\b|\b(?:sem|nao tenho) (?:pensamentos|ideias|ideacao) suicidas?\b"
    r"|\bnao (?:quero|vou|penso em) (?:me machucar|me cortar|me ferir|fazer mal a mim mesm[oa])\b",
    "it": r"\bnon (?:sono|mi sento) suicida\b|\bnon (?:voglio|penso di) (?:uccidermi|ammazzarmi|suicidarmi|togliermi la vita)\b|\b(?:nessun[oa]?|senza) (?:pensier[oi]|idea|idee|ideazione) suicid(?:a|i|e|ari[oe]?)\b"
    r"|\bnon (?:voglio|penso di|ho intenzione di|vorrei) (?:farmi del male|ferirmi|tagliarmi|farla finita)\b",
    "zh": r"(?:不是|并不是|並不是|没有|沒有|并没有|並沒有|不)(?:说|說)?(?:想|要|打算)(?:要)?(?:自杀|自殺|轻生|輕生)|没有(?:自杀|自殺|轻生)(?:的)?(?:念头|想法|念頭)|沒有(?:自殺|輕生)(?:的)?(?:念頭|想法)",
    "vi": r"\b(?:khong|ko|k|hong|chang) (?:phai (?:la )?)?(?:muon|co y dinh|nghi den|tinh) (?:tu tu|chet)\b|\bkhong co y (?:dinh |nghi )?tu tu\b"
    r"|\b(?:khong|ko|k) (?:muon|dinh|co y dinh) (?:tu hai|lam hai ban than|tu lam dau)\b",
    "tl": r"\b(?:hindi|di) (?:naman )?(?:ako )?(?:suicidal|magpapakamatay)\b|\bwala (?:naman )?akong balak (?:na )?(?:magpakamatay|mamatay)\b"
    r"|\bwala (?:naman )?akong balak (?:na )?(?:saktan|sumaktan) (?:ang )?sarili(?: ko)?\b|\b(?:hindi|di) ko (?:sasaktan|gagawing masama) (?:ang )?sarili(?: ko)?\b",
    "ar": r"(?:مش|مو|ما|لا|لست|ماني|مانيش)\s?(?:عايز|عاوز|حابب|بدي|[اأ]بغى|[اأ]بي|[اأ]ريد|[اأ]فكر في|بفكر في|بفكر ب)?\s?(?:[اأ]نتحر|الانتحار|انتحاري|انتحارية)|ما عندي (?:[اأ]فكار|نية) (?:انتحارية|انتحار|للانتحار)",
    "ru": r"\bне (?:хочу|собираюсь|думаю) (?:о том,? чтобы )?(?:покончить с собой|убить себя|умирать|суицид\w*)\b|\b(?:нет|без) (?:суицидальных|мыслей о (?:суициде|самоубийстве))\b|\bне суицидн\w*"
    r"|\bне (?:хочу|собираюсь|буду) (?:себе )?(?:вредить|навредить|резаться|резать себя|причинять себе вред)\b",
    "ko": r"자살(?:하고|을 하고|할)?\s?(?:싶은|생각(?:은|이)?|하려는|마음(?:은|이)?)\s?(?:건|거|것은?|게)?\s?(?:아니|아닌|아냐|없)|죽고\s?싶은\s?(?:건|거|게)\s?(?:아니|아닌|아냐)",
    "hi": r"(?:आत्महत्या|खुदकुशी|सुसाइड)\s*(?:का|की|के)?\s*(?:कोई\s*)?(?:इरादा|ख्याल|विचार|सोच)?\s*(?:नहीं|नही)|(?:मरना|मरने)\s*(?:नहीं|नही)\s*(?:चाहता|चाहती)\s*(?:हूं|हूँ)?\s*(?:बस|बल्कि|सिर्फ)|\b(?:suicidal|suicide|aatmahatya|khudkushi)\s+(?:ka\s+|ki\s+|ke\s+)?(?:koi\s+)?(?:irada|khayal|khyal|vichar|soch|thoughts)?\s*(?:nahi|nahin)\b(?!\s+(?:rok|ruk|hat))",
}


FRAMES: Final[dict[str, dict[str, list[str]]]] = {
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


# --------------------------------------------------------------------------------------------------- self-check
