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
    "answer.english_only": (
        "Our health articles are written in English, so I can only search them for questions asked in English."
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
    "disclaimer.crisis_line": (
        "If you or someone you know is thinking about suicide or self-harm, call or text {crisis_line}, or call "
        "{emergency_number} in an emergency."
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
    "staff.searched_read": "Searched with names read and spelt out:",
}

# The texts a message in another language is answered with (its notices, the line saying the articles are in
# English, the general disclaimer), per language: reviewed translations of the English ones above, with the same
# placeholders.
TRANSLATED: Final[dict[str, dict[str, str]]] = {
    "es": {
        "notice.self_harm": (
            "Si está pensando en hacerse daño o en quitarse la vida, por favor "
            "pida ayuda ahora: comuníquese con {crisis_line} por llamada o "
            "mensaje de texto, o llame al {emergency_number} si está en peligro "
            "inmediato. No está solo ni sola, y hablar con alguien puede ayudar."
        ),
        "notice.emergency": (
            "Esto podría ser una emergencia médica. Llame ahora al "
            "{emergency_number} o al número de emergencias de su localidad; no "
            "espere una respuesta en línea."
        ),
        "notice.poisoning": (
            "Si alguien pudo haber tomado una cantidad excesiva de un "
            "medicamento o haber tragado algo dañino, comuníquese ahora con "
            "{poison_line}, o llame al {emergency_number} si es difícil "
            "despertar a la persona, si le cuesta respirar o si está teniendo "
            "una convulsión."
        ),
        "answer.english_only": (
            "Nuestros artículos de salud están escritos en inglés, así que solo "
            "puedo buscar en ellos para responder preguntas hechas en inglés."
        ),
        "disclaimer.general": (
            "Esta es información general de nuestros artículos, no un consejo "
            "médico. Para recibir orientación sobre su propia salud, hable con "
            "un médico, un enfermero o un farmacéutico."
        ),
    },
    "fr": {
        "notice.self_harm": (
            "Si vous pensez à vous faire du mal ou à mettre fin à vos jours, "
            "demandez de l'aide dès maintenant : contactez {crisis_line} par "
            "téléphone ou par SMS, ou appelez le {emergency_number} si vous êtes "
            "en danger immédiat. Vous n'êtes pas seul, et parler à quelqu'un "
            "peut aider."
        ),
        "notice.emergency": (
            "Il s'agit peut-être d'une urgence médicale. Appelez dès maintenant "
            "le {emergency_number} ou votre numéro d'urgence local ; n'attendez "
            "pas une réponse en ligne."
        ),
        "notice.poisoning": (
            "Si quelqu'un a pu prendre une trop grande quantité d'un médicament "
            "ou avaler quelque chose de dangereux, contactez {poison_line} dès "
            "maintenant, ou appelez le {emergency_number} si la personne est "
            "difficile à réveiller, a du mal à respirer ou a des convulsions."
        ),
        "answer.english_only": (
            "Nos articles de santé sont rédigés en anglais : je ne peux donc y "
            "faire des recherches que pour des questions posées en anglais."
        ),
        "disclaimer.general": (
            "Il s'agit d'informations générales tirées de nos articles, et non "
            "d'un avis médical. Pour un avis sur votre propre santé, adressez-"
            "vous à un médecin, à un infirmier ou à un pharmacien."
        ),
    },
    "de": {
        "notice.self_harm": (
            "Wenn Sie daran denken, sich selbst zu verletzen oder Ihr Leben zu "
            "beenden, holen Sie sich bitte jetzt Hilfe: Wenden Sie sich per "
            "Anruf oder SMS an {crisis_line}, oder rufen Sie {emergency_number} "
            "an, wenn Sie in unmittelbarer Gefahr sind. Sie sind nicht allein, "
            "und es kann helfen, mit jemandem zu sprechen."
        ),
        "notice.emergency": (
            "Dies könnte ein medizinischer Notfall sein. Rufen Sie jetzt "
            "{emergency_number} oder Ihre örtliche Notrufnummer an; warten Sie "
            "nicht auf eine Antwort im Internet."
        ),
        "notice.poisoning": (
            "Wenn jemand möglicherweise zu viel von einem Medikament "
            "eingenommen oder etwas Schädliches verschluckt hat, rufen Sie "
            "jetzt {poison_line} an. Wenn die Person schwer zu wecken ist, "
            "Atembeschwerden oder einen Krampfanfall hat, rufen Sie "
            "{emergency_number} an."
        ),
        "answer.english_only": (
            "Unsere Gesundheitsartikel sind auf Englisch verfasst, daher kann "
            "ich sie nur für Fragen durchsuchen, die auf Englisch gestellt "
            "werden."
        ),
        "disclaimer.general": (
            "Dies sind allgemeine Informationen aus unseren Artikeln, keine "
            "medizinische Beratung. Wenn Sie Rat zu Ihrer eigenen Gesundheit "
            "brauchen, sprechen Sie mit einem Arzt, einer Pflegekraft oder "
            "einem Apotheker."
        ),
    },
    "pt": {
        "notice.self_harm": (
            "Se você está pensando em se machucar ou em tirar a própria vida, "
            "por favor, peça ajuda agora: ligue ou envie uma mensagem de texto "
            "para {crisis_line}, ou ligue para {emergency_number} se estiver em "
            "perigo imediato. Você não está só, e conversar com alguém pode "
            "ajudar."
        ),
        "notice.emergency": (
            "Isso pode ser uma emergência médica. Ligue agora para "
            "{emergency_number} ou para o número de emergência da sua região; "
            "não espere por uma resposta pela internet."
        ),
        "notice.poisoning": (
            "Se alguém pode ter tomado uma quantidade excessiva de um remédio "
            "ou engolido algo nocivo, ligue agora para {poison_line}, ou para "
            "{emergency_number} se a pessoa estiver difícil de acordar, com "
            "dificuldade para respirar ou tendo uma convulsão."
        ),
        "answer.english_only": (
            "Nossos artigos de saúde são escritos em inglês, por isso só "
            "consigo pesquisar neles para perguntas feitas em inglês."
        ),
        "disclaimer.general": (
            "Estas são informações gerais dos nossos artigos, não orientação "
            "médica. Para orientações sobre a sua própria saúde, converse com "
            "um médico, enfermeiro ou farmacêutico."
        ),
    },
    "it": {
        "notice.self_harm": (
            "Se sta pensando di farsi del male o di togliersi la vita, per "
            "favore chieda aiuto adesso: contatti {crisis_line} con una "
            "telefonata o un SMS, oppure chiami il {emergency_number} se è in "
            "pericolo immediato. Non è solo, e parlare con qualcuno può aiutare."
        ),
        "notice.emergency": (
            "Potrebbe trattarsi di un'emergenza medica. Chiami subito il "
            "{emergency_number} o il numero di emergenza locale; non aspetti "
            "una risposta online."
        ),
        "notice.poisoning": (
            "Se qualcuno potrebbe aver preso una dose eccessiva di un farmaco o "
            "ingerito qualcosa di nocivo, contatti subito {poison_line}, oppure "
            "chiami il {emergency_number} se la persona è difficile da "
            "svegliare, respira con difficoltà o ha le convulsioni."
        ),
        "answer.english_only": (
            "I nostri articoli sulla salute sono scritti in inglese, quindi "
            "posso fare ricerche al loro interno solo per domande poste in "
            "inglese."
        ),
        "disclaimer.general": (
            "Queste sono informazioni generali tratte dai nostri articoli, non "
            "consigli medici. Per consigli sulla sua salute, si rivolga a un "
            "medico, a un infermiere o a un farmacista."
        ),
    },
    "zh": {
        "notice.self_harm": (
            "如果您有伤害自己或结束自己生命的念头，请现在就寻求帮助：拨打电话或"
            "发送短信至{crisis_line}；如果您正处于紧急危险之中，请拨打"
            "{emergency_number}。您并不孤单，找人聊一聊会有帮助。"
        ),
        "notice.emergency": (
            "这可能是医疗紧急情况。请立即拨打{emergency_number}或当地的急救电话，不要在网上等待回复。"
        ),
        "notice.poisoning": (
            "如果有人可能服用了过量的药物，或吞下了有害的东西，请立即拨打"
            "{poison_line}；如果对方很难叫醒、呼吸困难或正在抽搐，请拨打"
            "{emergency_number}。"
        ),
        "answer.english_only": (
            "我们的健康文章是用英文撰写的，所以我只能针对用英文提出的问题在文章中进行搜索。"
        ),
        "disclaimer.general": (
            "这是来自我们文章的一般性信息，并非医疗建议。如需针对您自身健康"
            "状况的建议，请咨询医生、护士或药剂师。"
        ),
    },
    "vi": {
        "notice.self_harm": (
            "Nếu bạn đang nghĩ đến việc tự làm hại bản thân hoặc kết thúc cuộc "
            "sống của mình, xin hãy tìm sự giúp đỡ ngay bây giờ: gọi điện hoặc "
            "nhắn tin đến {crisis_line}, hoặc gọi {emergency_number} nếu bạn "
            "đang gặp nguy hiểm ngay lúc này. Bạn không đơn độc, và trò chuyện "
            "với một ai đó có thể giúp ích."
        ),
        "notice.emergency": (
            "Đây có thể là một trường hợp cấp cứu y tế. Hãy gọi "
            "{emergency_number} hoặc số cấp cứu tại địa phương ngay bây giờ; "
            "đừng chờ câu trả lời trên mạng."
        ),
        "notice.poisoning": (
            "Nếu ai đó có thể đã dùng quá nhiều một loại thuốc hoặc nuốt phải "
            "thứ gì đó có hại, hãy gọi {poison_line} ngay bây giờ, hoặc gọi "
            "{emergency_number} nếu người đó khó đánh thức, khó thở hoặc đang "
            "lên cơn co giật."
        ),
        "answer.english_only": (
            "Các bài viết về sức khỏe của chúng tôi được viết bằng tiếng Anh, "
            "vì vậy tôi chỉ có thể tìm kiếm trong đó cho những câu hỏi bằng "
            "tiếng Anh."
        ),
        "disclaimer.general": (
            "Đây là thông tin chung từ các bài viết của chúng tôi, không phải "
            "là lời khuyên y tế. Để được tư vấn về sức khỏe của chính bạn, hãy "
            "trao đổi với bác sĩ, y tá hoặc dược sĩ."
        ),
    },
    "tl": {
        "notice.self_harm": (
            "Kung iniisip mong saktan ang iyong sarili o wakasan ang iyong "
            "buhay, pakiusap, humingi ka ng tulong ngayon: tumawag o mag-text "
            "sa {crisis_line}, o tumawag sa {emergency_number} kung nasa "
            "agarang panganib ka. Hindi ka nag-iisa, at makatutulong ang "
            "pakikipag-usap sa isang tao."
        ),
        "notice.emergency": (
            "Maaaring isang medical emergency ito. Tumawag ngayon din sa "
            "{emergency_number} o sa lokal na emergency number sa inyong lugar; "
            "huwag nang hintayin ang sagot online."
        ),
        "notice.poisoning": (
            "Kung may taong maaaring nakainom ng sobrang daming gamot o "
            "nakalunok ng bagay na nakasasama, tumawag ngayon din sa "
            "{poison_line}, o sa {emergency_number} kung mahirap siyang "
            "gisingin, nahihirapan siyang huminga, o nangingisay siya."
        ),
        "answer.english_only": (
            "Nakasulat sa Ingles ang aming mga artikulo tungkol sa kalusugan, "
            "kaya makakapaghanap lang ako sa mga ito para sa mga tanong na "
            "nasa Ingles."
        ),
        "disclaimer.general": (
            "Pangkalahatang impormasyon ito mula sa aming mga artikulo, hindi "
            "payong medikal. Para sa payo tungkol sa sarili mong kalusugan, "
            "makipag-usap sa isang doktor, nars, o parmasyutiko."
        ),
    },
    "ar": {
        "notice.self_harm": (
            "إذا كنت تفكر في إيذاء نفسك أو إنهاء حياتك، فأرجو أن تطلب المساعدة "
            "الآن: اتصل أو أرسل رسالة نصية إلى {crisis_line}، أو اتصل "
            "بـ{emergency_number} إذا كنت في خطر مباشر. أنت لست وحدك، والتحدث "
            "إلى شخص ما يمكن أن يساعد."
        ),
        "notice.emergency": (
            "قد تكون هذه حالة طبية طارئة. اتصل الآن بـ{emergency_number} أو "
            "برقم الطوارئ المحلي لديك، ولا تنتظر إجابة عبر الإنترنت."
        ),
        "notice.poisoning": (
            "إذا كان من المحتمل أن يكون شخص ما قد تناول كمية زائدة من دواء أو "
            "ابتلع شيئًا ضارًا، فاتصل الآن بـ{poison_line}، أو اتصل "
            "بـ{emergency_number} إذا كان من الصعب إيقاظه، أو كان يجد صعوبة في "
            "التنفس، أو كانت لديه نوبة تشنج."
        ),
        "answer.english_only": (
            "مقالاتنا الصحية مكتوبة باللغة الإنجليزية، لذلك لا يمكنني البحث "
            "فيها إلا عن الأسئلة المطروحة باللغة الإنجليزية."
        ),
        "disclaimer.general": (
            "هذه معلومات عامة من مقالاتنا، وليست نصيحة طبية. للحصول على نصيحة "
            "بشأن صحتك أنت، تحدث إلى طبيب أو ممرض أو صيدلي."
        ),
    },
    "ru": {
        "notice.self_harm": (
            "Если вы думаете о том, чтобы причинить себе вред или покончить с "
            "собой, пожалуйста, обратитесь за помощью прямо сейчас: позвоните "
            "или отправьте сообщение на линию помощи {crisis_line}, а если вам "
            "угрожает непосредственная опасность, позвоните по номеру "
            "{emergency_number}. Вы не одни, и разговор с кем-то может помочь."
        ),
        "notice.emergency": (
            "Возможно, это неотложная медицинская ситуация. Позвоните прямо "
            "сейчас по номеру {emergency_number} или по местному номеру "
            "экстренной помощи; не ждите ответа в интернете."
        ),
        "notice.poisoning": (
            "Если кто-то, возможно, принял слишком много лекарства или "
            "проглотил что-то вредное, позвоните прямо сейчас: {poison_line}. "
            "Если человека трудно разбудить, ему трудно дышать или у него "
            "судорожный приступ, звоните по номеру {emergency_number}."
        ),
        "answer.english_only": (
            "Наши статьи о здоровье написаны на английском языке, поэтому я "
            "могу искать в них ответы только на вопросы, заданные "
            "по-английски."
        ),
        "disclaimer.general": (
            "Это общая информация из наших статей, а не медицинская "
            "консультация. За советом о собственном здоровье обратитесь к "
            "врачу, медсестре или фармацевту."
        ),
    },
    "hi": {
        "notice.self_harm": (
            "अगर आप खुद को नुकसान पहुंचाने या अपनी जिंदगी खत्म करने के बारे में सोच रहे हैं, तो कृपया अभी "
            "मदद लें: {crisis_line} पर कॉल या मैसेज करें, या अगर आप तुरंत खतरे में हैं तो {emergency_number} "
            "पर कॉल करें। आप अकेले नहीं हैं, और किसी से बात करने से मदद मिल सकती है।"
        ),
        "notice.emergency": (
            "यह मेडिकल इमरजेंसी हो सकती है। अभी {emergency_number} या अपने इलाके के इमरजेंसी नंबर पर कॉल "
            "करें; ऑनलाइन जवाब का इंतजार न करें।"
        ),
        "notice.poisoning": (
            "अगर किसी ने शायद किसी दवा की बहुत ज्यादा मात्रा ले ली है या कोई नुकसानदेह चीज निगल ली है, तो "
            "अभी {poison_line} पर कॉल करें, या अगर उसे जगाना मुश्किल हो, सांस लेने में तकलीफ हो या दौरा "
            "पड़ रहा हो तो {emergency_number} पर कॉल करें।"
        ),
        "answer.english_only": (
            "हमारे स्वास्थ्य लेख अंग्रेजी में लिखे गए हैं, इसलिए उनमें सिर्फ अंग्रेजी में पूछे गए सवालों के जवाब ही खोजे जा सकते हैं।"
        ),
        "disclaimer.general": (
            "यह हमारे लेखों से ली गई सामान्य जानकारी है, चिकित्सा सलाह नहीं। अपने स्वास्थ्य के बारे में सलाह "
            "के लिए डॉक्टर, नर्स या फार्मासिस्ट से बात करें।"
        ),
    },
    "ko": {
        "notice.self_harm": (
            "자신을 해치거나 삶을 끝내려는 생각이 든다면, 지금 바로 도움을 "
            "요청해 주세요. {crisis_line}에 전화하거나 문자를 보내시고, 지금 "
            "당장 위험한 상황이라면 {emergency_number}에 전화하세요. 혼자가 "
            "아니에요. 누군가와 이야기를 나누면 도움이 될 수 있어요."
        ),
        "notice.emergency": (
            "의료 응급 상황일 수 있어요. 지금 바로 {emergency_number} 또는 "
            "거주 지역의 응급 전화번호로 전화하세요. 온라인 답변을 기다리지 "
            "마세요."
        ),
        "notice.poisoning": (
            "누군가 약을 너무 많이 먹었거나 해로운 것을 삼켰을 수 있다면, 지금 "
            "바로 {poison_line}에 전화하세요. 그 사람이 잘 깨어나지 않거나, "
            "숨쉬기 힘들어하거나, 발작을 일으키고 있다면 {emergency_number}에 "
            "전화하세요."
        ),
        "answer.english_only": (
            "저희 건강 관련 글은 영어로 작성되어 있어서, 영어로 하신 질문에 대해서만 글을 검색할 수 있어요."
        ),
        "disclaimer.general": (
            "이 내용은 저희 글에 실린 일반적인 정보이며, 의학적 조언이 "
            "아니에요. 본인의 건강에 관한 조언이 필요하시면 의사, 간호사 또는 "
            "약사와 상담하세요."
        ),
    },
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


def render(
    template_id: str,
    settings: Settings | None = None,
    *,
    language: str = "en",
    country: str | None = None,
    **values: object,
) -> str:
    """The text of one template, in `language` when it has been translated (English otherwise), with the
    numbers of `country` (the settings' country by default) and any `values` filled in."""
    fields: dict[str, object] = {}
    if settings is not None:
        numbers = settings.numbers(country)
        fields = {
            "emergency_number": numbers.emergency_number,
            "crisis_line": numbers.crisis_line,
            "poison_line": numbers.poison_line,
        }
    text = TRANSLATED.get(language, {}).get(template_id) or TEMPLATES[template_id]
    return text.format(**fields, **values)


def translated(template_id: str, language: str) -> bool:
    """Whether `template_id` has a reviewed text in `language` (English has every one)."""
    return language == "en" or template_id in TRANSLATED.get(language, {})
