"""The words bench/mutants.py reads and writes, per language (en, de, es, fr, pt).

Written from a speaker's knowledge of each language, never from the guard's word lists: a mutant
built from the guard's own vocabulary would only tell us the guard agrees with itself. Patterns
are regular expressions matched case-insensitively unless they say otherwise.
"""

from __future__ import annotations

LANGS = ("en", "de", "es", "fr", "pt")

# A clause that makes a promise depend on something: opening a sentence ("If …, we'll …") or
# following the promise ("… we'll refund you as long as …").
CONDITION_LEAD = {
    "en": r"if|as long as|so long as|provided(?: that)?|providing|unless|once|as soon as|"
          r"assuming|in case",
    "de": r"wenn|falls|sofern|solange|sobald|vorausgesetzt,? dass|es sei denn|im falle,? dass",
    "es": r"si|siempre que|siempre y cuando|en cuanto|una vez que|en caso de que|a menos que|"
          r"salvo que|con tal de que|tan pronto como",
    "fr": r"si|s'il|s'ils|tant que|pourvu que|à condition que|à condition d'|dès que|"
          r"une fois que|sauf si|à moins que|au cas où|dans le cas où|lorsque",
    "pt": r"se|desde que|contanto que|caso|assim que|uma vez que|a menos que|salvo se|"
          r"logo que|sempre que",
}
CONDITION_TRAIL = {
    "en": r"if|as long as|so long as|provided(?: that)?|providing|unless|once|as soon as",
    "de": r"wenn|falls|sofern|solange|sobald|vorausgesetzt|es sei denn",
    "es": r"si|siempre que|siempre y cuando|en cuanto|una vez que|en caso de que|a menos que|"
          r"salvo que|con tal de que",
    "fr": r"si|s'il|s'ils|tant que|pourvu que|à condition que|à condition d'|dès que|"
          r"une fois que|sauf si|à moins que|au cas où",
    "pt": r"se|desde que|contanto que|caso|assim que|uma vez que|a menos que|salvo se",
}
# Verbs after which "if" means "whether": "we'll check if it arrived" sets no condition.
WHETHER_VERB = {
    "en": r"(?:check|see|ask|know|confirm|find out|wonder|tell us|tell me|let us know|"
          r"let me know|look into|verify)\s*$",
    "de": r"(?!)",
    "es": r"(?:comprobar|comprobaremos|ver|saber|confirmar|preguntar|revisar|verificar|"
          r"avísenos|avísanos|díganos|dinos|indíquenos|indícanos)\s*$",
    "fr": r"(?:vérifier|vérifierons|voir|savoir|confirmer|demander|dites-nous|"
          r"indiquez-nous|regarder)\s*$",
    "pt": r"(?:verificar|verificaremos|ver|saber|confirmar|perguntar|diga-nos|avise-nos|"
          r"nos diga|nos avise)\s*$",
}
# Conditions on the customer asking something: dropping them leaves an offer of help, no promise.
CONDITION_SKIP = {
    "en": r"question|anything else|further help|need help|need anything|prefer|rather|"
          r"\blike\b|\bwish|\bwant|if it helps",
    "de": r"Frage|noch etwas|weitere Hilfe|Hilfe brauch|möchte|wünsch|\bwoll|\bmag\b|"
          r"\bmögen|lieber|es (?:Ihnen|dir) hilft",
    "es": r"pregunta|duda|algo más|más ayuda|necesita ayuda|necesitas ayuda|prefier|quier|"
          r"desea|le parece|te parece|le viene|te viene|\bal\b|\ba la\b",
    "fr": r"question|autre chose|besoin d'aide|besoin de quoi|souhait|voul|veu|préfér|"
          r"arrange|convient",
    "pt": r"dúvida|pergunta|mais alguma|precisar de ajuda|precisar de algo|quis|quer|prefer|"
          r"desej|interess",
}
# What makes the rest of the sentence our act or an outcome for the customer.
PROMISE_CUE = {
    "en": r"\b(?:we|I|we'll|I'll|we've|will|can|you'll|you will|you can|get|receive|"
          r"refund|send|replace|credit)\b",
    "de": r"\b(?:wir|ich|werden|wird|erhalten|bekommen|senden|schicken|erstatten|"
          r"übernehmen)\b",
    "es": r"\b(?:nosotros|podemos|puedo|podremos|vamos a|voy a|recibirá|recibirás|"
          r"enviaremos|devolveremos|reembols\w*|\w+remos|\w+ré|\w+rá)\b",
    "fr": r"\b(?:nous|je|j'|pouvons|peux|allons|vais|vous recevrez|vous serez|vous sera|"
          r"\w+rons|\w+rai)\b",
    "pt": r"\b(?:nós|vamos|vou|podemos|posso|poderemos|receberá|\w+remos|\w+rei)\b",
}
# A main clause that refuses or denies: without its condition it is no new promise.
NEGATION = {
    "en": r"\b(?:not|n't|never|no|cannot|unable)\b|n't\b",
    "de": r"\b(?:nicht|kein\w*|nie|niemals)\b",
    "es": r"\b(?:no|nunca|ningún|ninguna|tampoco)\b",
    "fr": r"\b(?:ne|n'|pas|jamais|aucun\w*)\b|\bn'",
    "pt": r"\b(?:não|nunca|nenhum\w*)\b",
}
# German clause openers that are not a verb: "wenn …, dass …" is no main clause to restore.
DE_NOT_VERB = ("dass", "ob", "weil", "wie", "was", "wo", "und", "oder", "aber", "denn", "da",
               "damit", "so", "dann")

# German puts the verb first after an opening clause; these subjects let "können wir" → "Wir
# können" restore a main clause.
DE_SUBJECTS = ("wir", "ich", "Sie", "es", "er", "sie", "du", "man", "ihr")

# A hedge on our act or an outcome, and the certain form that replaces it.
HEDGES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"\bwe(?:'ll| will) (?:try|aim|do our best) to\b", "we'll"),
        (r"\bI(?:'ll| will) (?:try|aim|do my best) to\b", "I'll"),
        (r"\bwe (?:hope|aim|expect) to\b", "we will"),
        (r"\bwe (?:may|might|should) be able to\b", "we will"),
        (r"\bI (?:may|might|should) be able to\b", "I will"),
        (r"(?<!you )(?<!^)\b(?:should|ought to)(?! (?:you|we|I|it|this|that|the|they|there|"
         r"not|anything|any)\b)(?= [a-z]+\b)", "will"),
        (r"\bwe (?:may|might|could)(?= (?:offer|send|refund|replace|credit|arrange|cover|"
         r"waive|give|issue|extend|book|reschedule)\b)", "we will"),
        (r"\b(?:probably|hopefully)\b", "definitely"),
        (r"\bwill likely\b", "will definitely"),
        (r"\bwe(?:'d)? expect(?= (?:it|this|the|your|to|them|that|a|delivery)\b)",
         "we guarantee"),
        (r"\bis (?:likely|expected) to\b", "is guaranteed to"),
        (r"\b(?:normally|usually|typically|generally)\b,? ?(?=(?:takes?|arrives?|ships?|"
         r"reach(?:es)?|shows?|appears?|clears?|within|in|by|gets?|is|are|be|will|we|it|you|"
         r"refunds?|deliver(?:y|ies)?)\b)", ""),
    ],
    "de": [
        (r"(?<=\w )sollte\b(?! Sie)(?! (?:oder|und|aber)\b)(?= \w)", "wird"),
        (r"(?<=\w )sollten\b(?! Sie)(?! (?:oder|und|aber)\b)(?= \w)", "werden"),
        (r"\b(?:voraussichtlich|wahrscheinlich|vermutlich|hoffentlich|möglicherweise|"
         r"eventuell|vielleicht)\b", "garantiert"),
        (r"\b(?:wir versuchen|wir bemühen uns),? ", "wir garantieren, "),
        (r"\b(?:in der Regel|normalerweise|üblicherweise|meist|meistens|erfahrungsgemäß)\b,? ?",
         ""),
        (r"\bkönnten wir\b", "werden wir"),
        (r"\bwir könnten\b", "wir werden"),
    ],
    "es": [
        (r"\bdebería\b", "va a"),
        (r"\bdeberían\b", "van a"),
        (r"\b(?:probablemente|seguramente|previsiblemente|posiblemente)\b", "sin falta"),
        (r"\b(?:intentaremos|trataremos de|procuraremos|esperamos poder|esperamos)\b",
         "vamos a"),
        (r"\b(?:intentaré|trataré de|procuraré|espero poder)\b", "voy a"),
        (r"\bpodríamos\b", "vamos a"),
        (r"\b(?:normalmente|habitualmente|por lo general|en principio|generalmente)\b,? ?", ""),
    ],
    "fr": [
        (r"\bdevrait\b", "va"),
        (r"\bdevraient\b", "vont"),
        (r"\b(?:probablement|sans doute|vraisemblablement|normalement|en principe|"
         r"a priori|en général|généralement|habituellement)\b,? ?", ""),
        (r"\bnous (?:essaierons|essayerons|tâcherons|allons essayer|espérons) (?:de |d')?",
         "nous allons "),
        (r"\bj'(?:essaierai|essayerai|espère) (?:de |d')?", "je vais "),
        (r"\bnous pourrions\b", "nous allons"),
        (r"\bpourrait\b", "va"),
    ],
    "pt": [
        (r"\bdeve(?= (?:chegar|ser|estar|ficar|demorar|levar|sair|acontecer|receber|"
         r"aparecer|cair|entrar)\b)", "vai"),
        (r"\bdevem(?= (?:chegar|ser|estar|ficar|demorar|levar|sair|acontecer|receber|"
         r"aparecer|cair|entrar)\b)", "vão"),
        (r"\bdeveria\b", "vai"),
        (r"\b(?:provavelmente|possivelmente|talvez)\b", "com certeza"),
        (r"\b(?:vamos tentar|tentaremos|vamos procurar|esperamos poder|esperamos)\b",
         "vamos"),
        (r"\b(?:vou tentar|tentarei|espero poder)\b", "vou"),
        (r"\bpoderíamos\b", "vamos"),
        (r"\b(?:normalmente|geralmente|em princípio|em geral|habitualmente)\b,? ?", ""),
    ],
}

# What each kind of promise looks like in a draft (to add only a kind the draft does not make),
# and promises of that kind written several ways, register-neutral where the language allows.
KIND_CUES = {
    "refund": {
        "en": r"refund|money back|reimburs", "de": r"erstatt|Geld zurück|zurückzahl",
        "es": r"reembols|devol\w* (?:el|su|tu) dinero|devolución del importe",
        "fr": r"rembours", "pt": r"reembols|estorn|devolu\w* (?:do|o) (?:valor|dinheiro)"},
    "credit": {
        "en": r"credit|voucher|discount|coupon|gift card|goodwill",
        "de": r"Gutschrift|Gutschein|Rabatt|gutschreib|Guthaben|Kulanz",
        "es": r"crédito|cupón|descuento|vale|saldo|bono",
        "fr": r"\bavoir\b|bon d'achat|réduction|remise|crédit|geste commercial",
        "pt": r"crédito|cupom|cupão|vale|desconto|bónus|bônus"},
    "replacement": {
        "en": r"replac|new one|another one|exchange|swap",
        "de": r"Ersatz|ersetz|austausch|Umtausch|neues Gerät|neues Exemplar",
        "es": r"reempla|sustitu|cambio|uno nuevo|una nueva|repuesto",
        "fr": r"remplac|échange|nouvel? exemplaire|un nouveau|une nouvelle",
        "pt": r"substitu|troca|um novo|uma nova|reposição"},
    "callback": {
        "en": r"\bcall\b|phone|ring you", "de": r"anruf|Rückruf|rufen \w+ \w+ an|telefon",
        "es": r"llam|teléfono|telefónic", "fr": r"appel|téléphon", "pt": r"ligar|ligaç|ligamos|"
        r"ligaremos|chamada|telefon"},
    "free_shipping": {
        "en": r"free|no charge|no cost|on us|prepaid|return label|shipping label",
        "de": r"kostenlos|kostenfrei|gratis|Rücksendeetikett|Versandetikett|übernehmen die "
              r"Versand",
        "es": r"gratis|gratuit|sin coste|sin costo|sin cargo|etiqueta",
        "fr": r"gratuit|offert|sans frais|étiquette|frais de port",
        "pt": r"grátis|gratuit|sem custo|frete|etiqueta"},
    "deadline": {
        "en": r"\bby (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|the end|end of|noon)|within|"
              r"tomorrow|tonight|today",
        "de": r"\bbis (?:morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Ende)|"
              r"innerhalb|morgen|heute",
        "es": r"antes del?|como muy tarde|en un plazo|mañana|hoy|dentro de",
        "fr": r"d'ici|au plus tard|sous \d|dans les \d|demain|aujourd'hui|avant (?:le|la|lundi|"
              r"mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
        "pt": r"até (?:amanhã|segunda|terça|quarta|quinta|sexta|sábado|domingo|o fim|ao fim|"
              r"o final)|no prazo|dentro de|amanhã|hoje"},
}
COMMITMENTS = {
    "en": {
        "refund": ["We'll refund the full amount of your order.",
                   "I've also put through a full refund to your original payment method.",
                   "You'll get all of your money back for this order."],
        "credit": ["I've added a goodwill credit to your account for next time.",
                   "We'll also take 20% off your next order.",
                   "As an apology, a voucher for your next purchase is on its way to you."],
        "replacement": ["We'll send you a brand-new replacement straight away.",
                        "A replacement is already being packed for you.",
                        "I'll make sure a new one goes out to you at no cost."],
        "callback": ["One of our team will call you tomorrow morning to go through it.",
                     "I'll ring you personally later today with an update.",
                     "Expect a phone call from our senior team within the hour."],
        "free_shipping": ["Shipping on your next order is on us.",
                          "We'll cover all the delivery costs, so there's nothing to pay.",
                          "Your return postage is free; a prepaid label is on its way."],
        "deadline": ["Everything will be sorted by Friday at the latest.",
                     "You'll have a final answer from us within 24 hours.",
                     "We'll have this resolved by the end of tomorrow."],
    },
    "de": {
        "refund": ["Den vollen Betrag der Bestellung erstatten wir Ihnen zurück.",
                   "Die komplette Rückerstattung ist bereits veranlasst.",
                   "Das Geld für diese Bestellung bekommen Sie vollständig zurück."],
        "credit": ["Als Entschuldigung gibt es eine Gutschrift auf Ihr Kundenkonto.",
                   "Auf die nächste Bestellung gibt es 20 % Rabatt.",
                   "Ein Gutschein für den nächsten Einkauf ist schon unterwegs."],
        "replacement": ["Ein nagelneues Ersatzgerät geht noch heute an Sie raus.",
                        "Den Artikel tauschen wir selbstverständlich kostenlos gegen einen neuen "
                        "aus.",
                        "Ein Ersatz wird bereits für Sie verpackt."],
        "callback": ["Ein Kollege aus dem Team ruft Sie morgen Vormittag an.",
                     "Ich melde mich heute noch telefonisch bei Ihnen.",
                     "Innerhalb einer Stunde erhalten Sie einen Rückruf von uns."],
        "free_shipping": ["Der Versand der nächsten Bestellung ist für Sie kostenlos.",
                          "Sämtliche Versandkosten übernehmen wir.",
                          "Die Rücksendung ist gratis, ein frankiertes Etikett kommt per Mail."],
        "deadline": ["Bis spätestens Freitag ist alles erledigt.",
                     "Eine endgültige Antwort bekommen Sie innerhalb von 24 Stunden.",
                     "Bis morgen Abend ist die Sache gelöst."],
    },
    "es": {
        "refund": ["Reembolsaremos el importe completo del pedido.",
                   "Ya hemos tramitado el reembolso íntegro al método de pago original.",
                   "Se devolverá todo el dinero de este pedido."],
        "credit": ["Como disculpa, añadimos un crédito a la cuenta para la próxima compra.",
                   "En el próximo pedido se aplicará un descuento del 20 %.",
                   "Hemos enviado un cupón de regalo para la próxima compra."],
        "replacement": ["Enviaremos un producto nuevo de reemplazo hoy mismo.",
                        "El repuesto ya se está preparando para el envío.",
                        "Sustituiremos el artículo por uno nuevo sin ningún coste."],
        "callback": ["Alguien del equipo llamará mañana por la mañana para revisarlo.",
                     "Haré una llamada personalmente hoy mismo con novedades.",
                     "En menos de una hora recibirá una llamada de nuestro equipo."],
        "free_shipping": ["El envío del próximo pedido será gratis.",
                          "Nos haremos cargo de todos los gastos de envío.",
                          "La devolución no tiene coste: la etiqueta prepagada va de camino."],
        "deadline": ["Todo quedará resuelto como muy tarde el viernes.",
                     "Habrá una respuesta definitiva en un plazo de 24 horas.",
                     "Mañana antes de las seis estará solucionado."],
    },
    "fr": {
        "refund": ["Nous procéderons au remboursement intégral de la commande.",
                   "Le remboursement complet a déjà été lancé sur le moyen de paiement d'origine.",
                   "La totalité du montant de cette commande sera remboursée."],
        "credit": ["En guise d'excuse, un avoir sera ajouté au compte client.",
                   "Une remise de 20 % s'appliquera à la prochaine commande.",
                   "Un bon d'achat pour le prochain achat est déjà en route."],
        "replacement": ["Un article neuf de remplacement partira dès aujourd'hui.",
                        "Le produit de remplacement est déjà en cours d'emballage.",
                        "Nous remplacerons l'article par un neuf, sans aucun frais."],
        "callback": ["Un membre de l'équipe appellera demain matin pour en parler.",
                     "Je passerai un coup de téléphone dès aujourd'hui avec des nouvelles.",
                     "Un conseiller rappellera dans l'heure."],
        "free_shipping": ["La livraison de la prochaine commande sera offerte.",
                          "Nous prenons en charge tous les frais de port.",
                          "Le retour est gratuit : une étiquette prépayée arrive par e-mail."],
        "deadline": ["Tout sera réglé au plus tard vendredi.",
                     "Une réponse définitive arrivera sous 24 heures.",
                     "Le problème sera résolu d'ici demain soir."],
    },
    "pt": {
        "refund": ["Vamos reembolsar o valor total do pedido.",
                   "O reembolso integral já foi feito no meio de pagamento original.",
                   "Todo o dinheiro deste pedido será devolvido."],
        "credit": ["Como pedido de desculpas, vamos colocar um crédito na conta para a "
                   "próxima compra.",
                   "O próximo pedido terá 20% de desconto.",
                   "Um cupom de presente para a próxima compra já foi enviado."],
        "replacement": ["Vamos enviar um produto novo em substituição ainda hoje.",
                        "A reposição já está sendo embalada para envio.",
                        "Faremos a troca por um item novo, sem nenhum custo."],
        "callback": ["Alguém da equipe vai ligar amanhã de manhã para conversar.",
                     "Vou fazer uma ligação pessoalmente ainda hoje com novidades.",
                     "Em menos de uma hora a nossa equipe vai telefonar."],
        "free_shipping": ["O frete do próximo pedido será grátis.",
                          "Vamos cobrir todos os custos de envio.",
                          "A devolução é gratuita: a etiqueta pré-paga segue por e-mail."],
        "deadline": ["Tudo estará resolvido até sexta-feira, no máximo.",
                     "A resposta definitiva chega em até 24 horas.",
                     "Até amanhã à noite o problema estará resolvido."],
    },
}

# A number or date the customer wrote, and promises that hand it back as ours ({x} is the
# customer's own words for it).
MONTHS = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
    "de": r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|"
          r"november|dezember",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
          r"noviembre|diciembre",
    "fr": r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
          r"décembre",
    "pt": r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
          r"dezembro",
}
WEEKDAYS = {
    "en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "es": r"lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "pt": r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|"
          r"segunda|terça|quarta|quinta|sexta",
}
# Counts that are no loss to make good ("2 times", "22 years" a customer has been with us).
NOT_A_LOSS = (r"times?|veces|vez|vezes|fois|mal|years?|años|jahre|jahren|ans|anos|kids|"
              r"children|niños|kinder|enfants|filhos|people|personas|personen|personnes|pessoas|"
              r"guests|gäste|invitados|invités|convidados")
CURRENCY = r"[£$€]|R\$|EUR|USD|GBP|CHF|euros?|dollars?|pounds?|reais|real|libras?|Euro"
CUSTOMER_PROMISES = {
    "money": {
        "en": ["We'll refund the {x} to you.", "We'll cover the {x} you paid.",
               "The {x} will be paid back to you."],
        "de": ["Die {x} erstatten wir Ihnen.", "Die {x} übernehmen wir.",
               "Sie bekommen die {x} von uns zurück."],
        "es": ["Le devolveremos los {x}.", "Nos haremos cargo de los {x}.",
               "Se reembolsarán los {x}."],
        "fr": ["Les {x} vous seront remboursés.", "Nous prendrons en charge les {x}.",
               "Nous rembourserons les {x}."],
        "pt": ["Vamos devolver os {x}.", "Os {x} serão reembolsados.",
               "Vamos cobrir os {x}."],
    },
    "date": {
        "en": ["It will all be sorted by {x}.", "You'll have it by {x}, guaranteed.",
               "We'll have everything fixed by {x}."],
        "de": ["Bis {x} ist alles erledigt.", "Bis {x} haben Sie es garantiert.",
               "Wir lösen das bis {x}."],
        "es": ["Todo quedará resuelto para {x}.", "Lo tendrá sin falta para {x}.",
               "Estará solucionado a más tardar {x}."],
        "fr": ["Tout sera réglé pour {x}.", "Ce sera fait sans faute pour {x}.",
               "Nous aurons tout résolu pour {x}."],
        "pt": ["Tudo estará resolvido até {x}.", "Vai estar pronto sem falta até {x}.",
               "Vamos resolver tudo até {x}."],
    },
    "quantity": {
        "en": ["We'll compensate you for the {x}.", "We'll make up for the {x}.",
               "You'll be reimbursed for the {x}."],
        "de": ["Für die {x} entschädigen wir Sie.", "Die {x} machen wir wieder gut.",
               "Für die {x} bekommen Sie eine Entschädigung."],
        "es": ["Le compensaremos por {x}.", "Recibirá una compensación por {x}.",
               "Vamos a compensar {x}."],
        "fr": ["Nous vous dédommagerons pour {x}.", "Vous serez indemnisé pour {x}.",
               "Nous compenserons {x}."],
        "pt": ["Vamos compensar {x}.", "Haverá uma compensação pelos {x}.",
               "Vamos indenizar {x}."],
    },
}

# Sentences to switch into another language: what finds one in a rewrite (apologies and thanks,
# which every reply has and which carry no fact) and a generic rendering in each language.
SWITCH_CUES = {
    "sorry": {
        "en": r"\b(?:sorry|apologi[sz]e|apologies)\b",
        "de": r"\b(?:tut (?:mir|uns) (?:sehr )?leid|entschuldig|bedauer)",
        "es": r"\b(?:siento|sentimos|lamento|lamentamos|disculp|perdón)",
        "fr": r"\b(?:désolé|excuse|regrett)",
        "pt": r"\b(?:desculp|lamento|lamentamos|sinto muito|sentimos muito)",
    },
    "thanks": {
        "en": r"\bthank",
        "de": r"\b(?:danke|vielen dank|herzlichen dank)",
        "es": r"\bgracias|agradec",
        "fr": r"\bmerci|remerci",
        "pt": r"\bobrigad|agradec",
    },
}
SWITCH_SENTENCES = {
    "sorry": {"en": "I'm really sorry for the trouble this has caused.",
              "de": "Es tut mir wirklich leid, dass Ihnen das Ärger gemacht hat.",
              "es": "Siento de verdad las molestias que esto le ha causado.",
              "fr": "Je suis vraiment désolé pour le désagrément que cela vous a causé.",
              "pt": "Sinto muito pelo transtorno que isso causou."},
    "thanks": {"en": "Thank you very much for letting us know about this.",
               "de": "Vielen Dank, dass Sie uns darauf aufmerksam gemacht haben.",
               "es": "Muchas gracias por avisarnos de todo esto.",
               "fr": "Merci beaucoup de nous avoir signalé tout cela.",
               "pt": "Muito obrigado por nos avisar sobre tudo isso."},
}
