"""The offline engine: a deterministic, rule-based rewriter that never breaks an invariant.

It is the embedded default when no API key is set and the fallback when the LLM fails. It works
on masked text (facts are markers it cannot touch), applies only edits it can make safely, and
explains each one with its principle id. It is honest about being rule-based: `provider:
"offline"`. Templates carry no commitment words, so the guard's commitment check stays clean.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from heard import guard, vocab
from heard.opening import GREETING as _GREETING
from heard.opening import split_mentions, split_signature
from heard.prompts import Phrases
from heard.schema import Candidate, Change, Suggestion

_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_HTML = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
TOPICS: list[tuple[str, dict[str, str]]] = [
    (r"refund|reembols|rückerstatt|erstatt|rembours|money back", {
        "en": "your refund", "es": "tu reembolso", "de": "Ihrer Erstattung",
        "fr": "votre remboursement", "pt": "o seu reembolso"}),
    (r"deliver|shipping|shipment|package|parcel|arriv|tracking|envío|paquete|lieferung|paket|"
     r"livraison|colis|entrega|encomenda", {
        "en": "your delivery", "es": "tu envío", "de": "Ihrer Lieferung",
        "fr": "votre livraison", "pt": "a sua entrega"}),
    (r"charge|charged|billing|payment|invoice|cobro|pago|factura|zahlung|rechnung|abbuch|"
     r"paiement|factur|prélèvement|cobran|pagamento|fatura", {
        "en": "the charge on your account", "es": "el cobro", "de": "der Abbuchung",
        "fr": "le prélèvement", "pt": "a cobrança"}),
    (r"log ?in|password|sign in|account|locked|contraseña|cuenta|passwort|konto|anmeld|"
     r"mot de passe|compte|senha|conta\b", {
        "en": "your account", "es": "tu cuenta", "de": "Ihrem Konto", "fr": "votre compte",
        "pt": "a sua conta"}),
    (r"cancel|cancelar|kündig|storn|annul|cancelamento", {
        "en": "the cancellation", "es": "la cancelación", "de": "der Kündigung",
        "fr": "l'annulation", "pt": "o cancelamento"}),
    (r"broken|damaged|defect|roto|dañado|kaputt|beschädigt|defekt|"
     r"cassé|endommagé|quebrad|danificad", {
        "en": "the damaged item", "es": "el artículo dañado", "de": "dem beschädigten Artikel",
        "fr": "l'article endommagé", "pt": "o artigo danificado"}),
    (r"order|wrong size|wrong item|pedido|bestellung|commande|encomenda", {
        "en": "your order", "es": "tu pedido", "de": "Ihrer Bestellung", "fr": "votre commande",
        "pt": "a sua encomenda"}),
]

# Each feeling has a few phrasings so that replies do not all open with the same line.
# {this} is "this" or "this situation with <topic>"; {t} is the topic (neutral lines need one).
ACKS: dict[str, dict[str, list[str]]] = {
    "en": {
        "frustration": ["I can see how frustrating {this} has been.",
                        "I understand why {this} is frustrating.",
                        "It makes sense that {this} has been frustrating."],
        "worry": ["I understand why {this} is worrying.",
                  "I can see why {this} has you concerned."],
        "disappointment": ["I can tell {this} is disappointing, and I understand why.",
                           "It's understandable that {this} is a letdown."],
        "confusion": ["I can see how confusing {this} has been.",
                      "I understand {this} has been unclear."],
        "joy": ["That's wonderful to hear, thank you for sharing it!",
                "I'm so glad to hear this, thank you for letting us know!"],
        # No feeling detected: only a concrete topic is acknowledged, never a bare thank-you.
        "neutral": ["I've read your message about {t}.", "I see you're writing about {t}."],
    },
    "es": {
        "frustration": ["Entiendo lo frustrante que ha sido {this}."],
        "worry": ["Entiendo que {this} te preocupe."],
        "disappointment": ["Entiendo que {this} sea decepcionante."],
        "confusion": ["Entiendo que {this} haya resultado confuso."],
        "joy": ["¡Qué alegría leer esto, gracias por contárnoslo!"],
        "neutral": ["He leído tu mensaje sobre {t}."],
    },
    "de": {
        "frustration": ["Ich verstehe gut, wie ärgerlich {this} ist."],
        "worry": ["Ich verstehe, dass Sie {this} beunruhigt."],
        "disappointment": ["Ich verstehe, dass {this} enttäuschend ist."],
        "confusion": ["Ich verstehe, dass {this} verwirrend war."],
        "joy": ["Wie schön, das zu hören, vielen Dank für Ihre Nachricht!"],
        "neutral": ["Ich habe Ihre Nachricht zu {t} gelesen."],
    },
    "fr": {
        "frustration": ["Je comprends à quel point {this} est frustrante."],
        "worry": ["Je comprends que {this} vous inquiète."],
        "disappointment": ["Je comprends que {this} soit décevante."],
        "confusion": ["Je comprends que {this} soit déroutante."],
        "joy": ["Quelle bonne nouvelle, merci de nous l'avoir partagée !"],
        "neutral": ["J'ai bien lu votre message concernant {t}."],
    },
    "pt": {
        "frustration": ["Compreendo como {this} tem sido frustrante."],
        "worry": ["Compreendo que {this} seja preocupante."],
        "disappointment": ["Compreendo que {this} seja dececionante."],
        "confusion": ["Compreendo que {this} tenha sido confusa."],
        "joy": ["Que bom saber disso, obrigado por partilhar!"],
        "neutral": ["Li a sua mensagem sobre {t}."],
    },
}
_THIS = {"en": ("this", "this situation with {t}"), "es": ("esto", "esta situación con {t}"),
         "de": ("das", "die Situation mit {t}"), "fr": ("cette situation", "la situation avec {t}"),
         "pt": ("esta situação", "a situação com {t}")}
_PATIENCE = {"en": "Thank you for your patience.", "es": "Gracias por tu paciencia.",
             "de": "Vielen Dank für Ihre Geduld.", "fr": "Merci pour votre patience.",
             "pt": "Obrigado pela sua paciência."}
# Evidence that the customer has been waiting, not just any "still" or "again": the cues, or a
# number of hours/days/weeks, or "for/seit/depuis (a few) days" (heard/lang/*.json).
_UNITS = vocab.words(vocab.union("time_units"))
_WAITED = re.compile(
    r"(?<!\w)(?:" + "|".join(vocab.union("waiting")) + ")"
    r"|" + vocab.number(markers=False) + r"\s+(?:more\s+|full\s+)?(?:" + _UNITS + r")\b"
    r"|(?:" + vocab.words(vocab.union("waited_since")) + r")\s+(?:\w+\s+)?(?:an? )?(?:"
    + _UNITS + r")\b", re.I)
# "I can't wait" is eagerness, not waiting.
_EAGER = re.compile("|".join(vocab.union("eager")), re.I)
_PATIENCE_SAID = re.compile(vocab.words(vocab.union("patience_words")), re.I)
_ACK_CUES = re.compile(r"sorry|apolog|understand|frustrat|thank|appreciate|glad|hear that|"
                       r"good to hear|great to hear|qué bien|schön|ravie?|que bom|"
                       r"lo siento|entiendo|gracias|verstehe|danke|comprends|merci|compreendo|"
                       r"obrigad|desculp|désolé|entschuldig", re.I)
_SORRY_WAIT = re.compile(r"(?<![\w,] )(?:(?:we are|we're|i am|i'm) )?(?:so |very |really )?sorry "
                         r"for (?:the|your) (?:long )?(?:wait|delay)(?:ing)?(?: time)?[.!]", re.I)
_APOLOGY_CLICHE = re.compile(
    r"(?:we|i)(?: sincerely| truly| deeply)? apologi[sz]e for (?:any|the) (?:inconvenience|trouble)"
    r"(?: (?:this|that) (?:may have|might have|has|may) caused(?: you)?)?", re.I)

# What the agent reads beside each change and suggestion, in the draft's language. The rules
# that only exist for English drafts explain themselves in English.
TEXTS: dict[str, dict[str, str]] = {
    "policy-wall": {
        "en": "Keeps the decision but replaces the policy wall with an honest explanation.",
        "es": "Mantiene la decisión, pero cambia el muro de la política por una explicación "
              "honesta.",
        "de": "Die Entscheidung bleibt, aber statt auf die Richtlinie zu verweisen, wird sie "
              "ehrlich erklärt.",
        "fr": "Garde la décision, mais remplace le rappel de la politique par une explication "
              "honnête.",
        "pt": "Mantém a decisão, mas troca o muro da política por uma explicação honesta."},
    "one-apology": {
        "en": "One sincere apology is enough; repeating it reads as scripted.",
        "es": "Basta con una disculpa sincera; repetirla suena a guion.",
        "de": "Eine aufrichtige Entschuldigung genügt; Wiederholungen wirken einstudiert.",
        "fr": "Une seule excuse sincère suffit ; la répéter sonne comme un script.",
        "pt": "Um pedido de desculpa sincero chega; repeti-lo soa a guião."},
    "feeling": {
        "en": "Names how the customer is likely feeling before the answer.",
        "es": "Nombra cómo se siente probablemente el cliente antes de la respuesta.",
        "de": "Benennt vor der Antwort, wie sich der Kunde wahrscheinlich fühlt.",
        "fr": "Nomme ce que ressent probablement le client avant la réponse.",
        "pt": "Nomeia como o cliente provavelmente se sente antes da resposta."},
    "topic": {
        "en": "Shows the reply is about what the customer wrote.",
        "es": "Muestra que la respuesta trata de lo que escribió el cliente.",
        "de": "Zeigt, dass die Antwort auf das eingeht, was der Kunde geschrieben hat.",
        "fr": "Montre que la réponse porte sur ce que le client a écrit.",
        "pt": "Mostra que a resposta trata do que o cliente escreveu."},
    "patience": {
        "en": "The customer says they have been waiting: thanks them for their patience.",
        "es": "El cliente dice que lleva tiempo esperando: le agradece su paciencia.",
        "de": "Der Kunde schreibt, dass er wartet: dankt ihm für seine Geduld.",
        "fr": "Le client dit qu'il attend : le remercie de sa patience.",
        "pt": "O cliente diz que está à espera: agradece-lhe a paciência."},
    "goodwill-gesture": {
        "en": "The customer was let down; if your policy allows, consider offering a goodwill "
              "gesture yourself. Heard never adds one.",
        "es": "El cliente se sintió defraudado; si tu política lo permite, valora ofrecer tú "
              "un gesto de buena voluntad. Heard nunca lo añade.",
        "de": "Der Kunde wurde enttäuscht; wenn Ihre Richtlinien es erlauben, bieten Sie "
              "selbst eine Kulanzgeste an. Heard fügt nie eine hinzu.",
        "fr": "Le client a été déçu ; si votre politique le permet, proposez vous-même un "
              "geste commercial. Heard n'en ajoute jamais.",
        "pt": "O cliente ficou desiludido; se a sua política o permitir, pondere oferecer um "
              "gesto de boa vontade. O Heard nunca o acrescenta."},
    "anticipate-followup": {
        "en": "Say when and how the customer will hear about the next step, if you know it.",
        "es": "Indica cuándo y cómo sabrá el cliente del siguiente paso, si lo sabes.",
        "de": "Sagen Sie, wann und wie der Kunde vom nächsten Schritt erfährt, falls Sie es "
              "wissen.",
        "fr": "Indiquez quand et comment le client sera informé de la prochaine étape, si vous "
              "le savez.",
        "pt": "Diga quando e como o cliente saberá do próximo passo, se souber."},
    "ask-open-question": {
        "en": "The customer's message is short; an open question could surface what they need.",
        "es": "El mensaje del cliente es breve; una pregunta abierta podría aclarar qué "
              "necesita.",
        "de": "Die Nachricht des Kunden ist kurz; eine offene Frage könnte klären, was er "
              "braucht.",
        "fr": "Le message du client est court ; une question ouverte pourrait révéler ce dont "
              "il a besoin.",
        "pt": "A mensagem do cliente é curta; uma pergunta aberta pode revelar do que precisa."},
}


def _say(key: str, lang: str | None) -> str:
    return TEXTS[key].get(lang or "en", TEXTS[key]["en"])


_PARTICIPLES = {  # passive participle -> (base, present participle, past participle)
    "forwarded": ("forward", "forwarding", "forwarded"),
    "escalated": ("escalate", "escalating", "escalated"),
    "passed on": ("pass on", "passing on", "passed on"),
    "passed along": ("pass along", "passing along", "passed along"),
    "sent": ("send", "sending", "sent"),
    "reviewed": ("review", "reviewing", "reviewed"),
    "looked into": ("look into", "looking into", "looked into"),
    "investigated": ("investigate", "investigating", "investigated"),
    "handled": ("handle", "handling", "handled"),
    "shared": ("share", "sharing", "shared"),
}
_PASSIVE = re.compile(
    r"\b(this|it|your (?:request|ticket|case|issue|complaint|query|feedback|message|concern))"
    r"\s+(will be|has been|is being)\s+(" + "|".join(_PARTICIPLES) + r")\b", re.I)
_WE_WILL = re.compile(r"(?<![\w'])we(?:'ll| will) (look|check|get back|follow up|update|review|"
                      r"investigate|reach out|keep you)\b", re.I)
_SO_WE_CAN = re.compile(r"\bso (?:that )?we can (look into|check|help|assist|take a look|review|"
                        r"investigate|follow up|sort)", re.I)
_WE_SORRY = re.compile(r"(?<![\w'’])(we are|we're|we’re)( so| very| really| truly| deeply)?"
                       r" sorry\b", re.I)
_AS_I_SAID = re.compile(
    r"(,[ \t]*)?\b(?:as (?:i|we) (?:have )?(?:already |previously |clearly )?"
    r"(?:said|mentioned|stated|explained|told you)|as (?:previously|already) "
    r"(?:stated|mentioned|explained)|like i said)\b(,)?", re.I)
_YOU_WRONG = re.compile(r"\byou (?:entered|typed|gave us|provided|used|selected|chose|put in) "
                        r"(?:the |a |an )?(?:wrong|incorrect) (address|email|email address|"
                        r"card number|size|postcode|zip code|phone number|name)\b", re.I)


@cache
def _walls(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """The policy walls this language can reword: the decision stays, the wall goes."""
    return [(re.compile(w.pattern, re.I), w.replacement)
            for w in vocab.builtin(lang).policy_walls if w.pattern and w.replacement]


@dataclass
class _Draft:
    segments: list[str]  # alternating text and tags (tags at odd indexes)
    changes: list[Change] = field(default_factory=list)

    def texts(self):
        return [i for i in range(0, len(self.segments), 2) if self.segments[i].strip()]

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str],
            principle: str, explanation: str, limit: int = 0) -> None:
        for i in self.texts():
            def _record(m: re.Match[str]) -> str:
                new = repl(m)
                if new != m.group(0):
                    self.changes.append(Change(principle=principle, before=m.group(0).strip(),
                                               after=new.replace("⁂", "").strip(),
                                               explanation=explanation))
                return new
            self.segments[i] = pattern.sub(_record, self.segments[i], count=limit)

    @property
    def text(self) -> str:
        return "".join(self.segments)


_NEGATED = re.compile("(?:" + vocab.negation().pattern + r")\s+(?:\w+\s+)?$", re.I)
_CONTRAST = re.compile(r"\b(?:but|however|although|though|pero|aunque|sin embargo|aber|jedoch|"
                       r"allerdings|mais|cependant|pourtant|mas|porém|contudo)\b", re.I)


def _cue_count(lowered: str, cue: str) -> int:
    """Occurrences of a cue at a word start, skipping negated ones ("I'm not frustrated")."""
    n = 0
    for m in re.finditer(r"(?<!\w)" + re.escape(cue), lowered):
        if not _NEGATED.search(lowered[max(0, m.start() - 24):m.start()]):
            n += 1
    return n


def detect_emotion(message: str, phrases: Phrases) -> str:
    lowered = message.lower()
    scores = {emotion: sum(_cue_count(lowered, cue.lower()) for cue in cues if cue)
              for emotion, cues in vocab.emotion_cues(phrases).items()}
    # Shouting is two or more capitalised words; one capitalised code (an ID) is not.
    shouted = [w for w in re.findall(r"\b[A-Z]{4,}\b", message) if re.search("[AEIOUY]", w)]
    if (message.count("!") >= 2 or len(shouted) >= 2) and not scores.get("joy"):
        scores["frustration"] = scores.get("frustration", 0) + 1
    # "Love the app, but…" is not good news to celebrate: mixed messages never read as joy.
    if scores.get("joy") and _CONTRAST.search(message):
        scores["joy"] = 0
    best = max(scores, key=lambda e: scores[e], default=None)
    return best if best and scores[best] > 0 else "neutral"


def waited(message: str) -> bool:
    """The customer says they have been waiting (not merely "still" or "again")."""
    return bool(_WAITED.search(_EAGER.sub(" ", message)))


def detect_topic(customer_message: str) -> dict[str, str] | None:
    """What the customer wrote about: from their message only (the draft is not evidence)."""
    for pattern, names in TOPICS:
        if re.search(r"(?<!\w)(?:" + pattern + ")", customer_message, re.I):
            return names
    return None


def _pick(options: list[str], seed: str) -> str:
    return options[int(hashlib.sha256(seed.encode()).hexdigest(), 16) % len(options)]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# Rule sets from fullest to safest. Each candidate is checked by the guard itself; the first
# that breaks no invariant wins, so the engine never returns a violating rewrite (at worst the
# draft, unchanged). Nothing here is tuned to a particular draft.
_LEVELS: list[dict[str, bool]] = [
    {"rules": True, "ack": True, "feeling": True, "topic": True, "patience": True},
    # A feeling line the guard finds generic may still leave the concrete topic to reflect.
    {"rules": True, "ack": True, "feeling": False, "topic": True, "patience": True},
    {"rules": True, "ack": True, "feeling": True, "topic": False, "patience": False},
    {"rules": True, "ack": False, "feeling": False, "topic": False, "patience": False},
    {"rules": False, "ack": True, "feeling": True, "topic": False, "patience": False},
]


def rewrite(masked: str, *, customer_message: str = "", lang: str | None = "en",
            phrases: Phrases | None = None, tone: str = "") -> Candidate:
    """Rewrite a masked draft (plain text or HTML) with the rules that are safe to apply."""
    phrases = phrases or Phrases()
    fmt = "html" if _HTML.search(masked) else "text"
    suggestions = _suggestions(masked, customer_message, lang if lang in ACKS else "en")
    for level in _LEVELS:
        candidate = _build(masked, customer_message, lang, phrases, tone, level)
        if candidate.rewrite == masked:
            continue
        # HTML-looking text may still be a plain draft: it must pass as both.
        if not any(guard.check(masked, candidate.rewrite, phrases=phrases, fmt=f,
                               customer_message=customer_message, lang=lang)
                   for f in dict.fromkeys((fmt, "text"))):
            candidate.suggestions = suggestions
            return candidate
    return Candidate(rewrite=masked, suggestions=suggestions)


def _protect_edges(d: _Draft) -> None:
    """Leading mentions and a trailing signature become untouchable segments (like tags)."""
    texts = d.texts()
    if not texts:
        return
    first = texts[0]
    mentions, rest = split_mentions(d.segments[first])
    if mentions:
        d.segments[first:first + 1] = ["", mentions, rest]
    texts = d.texts()
    if not texts:
        return
    body, tail = split_signature(d.segments[texts[-1]])
    last = texts[-1]
    if tail:
        d.segments[last:last + 1] = [body, tail, ""]


def _build(masked: str, customer_message: str, lang: str | None, phrases: Phrases, tone: str,
           level: dict[str, bool]) -> Candidate:
    code = lang if lang in ACKS else None
    d = _Draft(_TAG_SPLIT.split(masked))
    _protect_edges(d)
    if level["rules"]:
        for pattern, replacement in _walls(code) if code else []:
            d.sub(pattern, lambda m, r=replacement: r, "no-policy-wall", _say("policy-wall", code))
        if code == "en":
            _english_rules(d, tone)
        if code:
            _apologies(d, phrases, code)
    if level["ack"] and code:
        _acknowledge(d, customer_message, phrases, code, tone, level)
    return Candidate(rewrite=d.text, changes=d.changes)


def _english_rules(d: _Draft, tone: str) -> None:
    def active(m: re.Match[str]) -> str:
        subject, aux, verb = m.group(1), m.group(2).lower(), m.group(3).lower()
        obj = "this" if subject.lower() in ("this", "it") else subject.lower()
        base, ing, past = _PARTICIPLES[verb]
        head, _, tail = (base if aux == "will be" else ing if aux == "is being" else past
                         ).partition(" ")
        verb_phrase = f"{head} {obj}" + (f" {tail}" if tail else "")
        lead = {"will be": "I will", "is being": "I am", "has been": "I have"}[aux]
        text = f"{lead} {verb_phrase}"
        return _cap(text) if m.group(0)[:1].isupper() else text

    d.sub(_PASSIVE, active, "active-voice",
          "Says who does what next instead of a passive 'will be done'.")
    d.sub(_WE_WILL, lambda m: "I will " + m.group(1),
          "own-it", "Takes personal ownership of the next step.")
    d.sub(_SO_WE_CAN, lambda m: "so I can " + m.group(1),
          "own-it", "Says who will look into it: the agent, not a faceless team.")
    d.sub(_WE_SORRY, lambda m: "I'm" + (m.group(2) or "") + " sorry",
          "own-it", "A personal apology from the agent reads as sincere; 'we' reads as a script.")
    d.sub(_YOU_WRONG, lambda m: ("The" if m.group(0)[:1].isupper() else "the")
          + f" {m.group(1).lower()} on the order wasn't the right one",
          "no-blame", "Says what went wrong without pointing at the customer.")
    # "Hi Dana, as I said, your…" keeps one comma; a sentence opener leaves a capital mark.
    d.sub(_AS_I_SAID, lambda m: "," if m.group(1) and m.group(2) else "" if m.group(1)
          else "⁂", "no-blame",
          "Drops 'as I said', which reads as blaming the customer for not following.")
    for i in d.texts():  # a removed sentence opener leaves the next word to capitalise
        d.segments[i] = re.sub(r"(^|[.!?]\s+|\n[ \t]*)⁂\s*(\w?)",
                               lambda m: m.group(1) + m.group(2).upper(),
                               d.segments[i]).replace("⁂", "")
    d.sub(_SORRY_WAIT, lambda m: "Thank you for your patience.", "appreciate-patience",
          "Thanks the customer for waiting instead of apologising for the delay.")


def _apologies(d: _Draft, phrases: Phrases, lang: str) -> None:
    markers = vocab.team("apology", phrases, [lang])
    seen = 0
    for i in d.texts():
        sentences = re.split(r"(?<=[.!?])(\s+)", d.segments[i])
        for j in range(0, len(sentences), 2):
            s = sentences[j]
            if not any(mk in s.lower() for mk in markers):
                continue
            seen += 1
            short = len(s.split()) <= 14 and "⟦" not in s
            if seen > 1 and short:
                d.changes.append(Change(principle="authentic-not-cliche", before=s.strip(),
                                        after="", explanation=_say("one-apology", lang)))
                sentences[j] = ""
                if j + 1 < len(sentences):
                    sentences[j + 1] = ""
            elif lang == "en" and _APOLOGY_CLICHE.search(s):
                new = _APOLOGY_CLICHE.sub("I'm sorry for the trouble this has caused", s)
                d.changes.append(Change(principle="authentic-not-cliche", before=s.strip(),
                                        after=new.strip(), explanation="Replaces a stock "
                                        "apology with a plain, personal one."))
                sentences[j] = new
        d.segments[i] = "".join(sentences)


# A draft that opens by answering the customer's last turn is mid-conversation: there is no
# new topic to acknowledge ("Sure. Are you asking…", "Yes, that is correct.").
_CONTINUATION = re.compile(
    r"\s*(?:ok(?:ay)?|sure|yes|yeah|yep|no|nope|great|alright|all right|perfect|got it|"
    r"thanks|thank you|of course|understood|s[ií]|vale|claro|perfecto|de acuerdo|ja|genau|"
    r"alles klar|in ordnung|verstanden|oui|d['’]accord|parfait|bien s[uû]r|entendu|sim|certo|"
    r"perfeito|combinado)\b", re.I)
_MARKERISH = re.compile(r"[@＠]?⟦\d+⟧|[@＠#]\w+")


# The customer reports a problem (not a request such as "transfer 50 to savings").
_PROBLEM = re.compile(
    r"(?<!\w)(?:not working|(?:doesn|don|didn|hasn|haven|isn|wasn|won|can)['’]?t|"
    r"does not|did not|has not|have not|cannot|unable|never (?:arrived|came|got|received)|"
    r"missing|lost|wrong|error|problem|issue|broken|damaged|where is|charged twice|"
    r"no funciona|no ha llegado|no llega|no puedo|problema|error|perdid|roto|dañad|"
    r"equivocad|dónde está|funktioniert nicht|nicht angekommen|kann nicht|fehlt|problem|"
    r"fehler|kaputt|beschädigt|falsch|wo ist|ne fonctionne pas|pas reçu|pas arrivé|"
    r"impossible|problème|erreur|perdu|cassé|endommagé|où est|não funciona|não chegou|"
    r"não consigo|erro|partid|danificad|errad|onde está)", re.I)


def _first_contact(customer_message: str, rest: str) -> bool:
    """The customer described a problem (not a one-line answer) and the draft opens fresh."""
    words = _MARKERISH.sub(" ", customer_message).split()
    return (len(words) >= 6 and bool(_PROBLEM.search(customer_message))
            and not _CONTINUATION.match(rest))


def _acknowledge(d: _Draft, customer_message: str, phrases: Phrases, lang: str, tone: str,
                 level: dict[str, bool]) -> None:
    """Acknowledge what there is to acknowledge: a feeling, a concrete topic, a wait.

    Nothing generic: with no feeling detected, only a topic the customer raised earns a line,
    and only when the draft opens a fresh exchange; otherwise the opening stays as written.
    Leading mentions (protected segments) and a greeting stay first.
    """
    texts = d.texts()
    if not texts:
        return
    first = texts[0]
    seg = d.segments[first]
    greeting = _GREETING.match(seg)
    # A greeting alone in its own element (<p>Hi ⟦1⟧,</p>) puts the acknowledgement in the next.
    if greeting and not seg[greeting.end():].strip() and len(texts) > 1:
        first, seg, greeting = texts[1], d.segments[texts[1]], None
    cut = greeting.end() if greeting else len(seg) - len(seg.lstrip())
    rest = seg[cut:]
    opening = " ".join(re.split(r"(?<=[.!?])\s+", rest)[:2])
    if _ACK_CUES.search(opening):
        return
    emotion = detect_emotion(customer_message, phrases)
    if not level["feeling"] and emotion != "joy":
        emotion = "neutral"
    topic = detect_topic(customer_message) if level["topic"] else None
    t = topic.get(lang) if topic else None
    added: list[tuple[str, str, str]] = []  # (sentence, principle, explanation)
    if emotion != "neutral":
        plain, with_topic = _THIS[lang]
        ack = _pick(ACKS[lang][emotion], d.text).format(
            this=with_topic.format(t=t) if t else plain)
        added.append((ack, "acknowledge-emotion", _say("feeling", lang)))
    elif t and _first_contact(customer_message, rest):
        added.append((_pick(ACKS[lang]["neutral"], d.text).format(t=t),
                      "reflect-understanding", _say("topic", lang)))
    if (level["patience"] and tone != "concise" and emotion != "joy" and waited(customer_message)
            and not _PATIENCE_SAID.search(d.text)):
        added.append((_PATIENCE[lang], "appreciate-patience", _say("patience", lang)))
    if not added:
        return
    sentences = [a[0] for a in added]
    if greeting:
        # "Hi Ana, your order…" -> "Hi Ana, I can see …. Your order…"; a draft that goes on in
        # lower case after "Guten Tag,⏎" keeps that convention for the first added word.
        same_line = not greeting.group(0).rstrip(" ").endswith("\n")
        if greeting.group(0).rstrip().endswith(",") and (same_line or rest[:1].islower()):
            first_word = sentences[0].split(" ", 1)[0]
            if first_word not in ("I", "I've", "I'm") and not first_word.isupper():
                k = 1 if sentences[0][:1] in "¡¿" else 0  # "Hola Inés, ¡qué alegría…"
                sentences[0] = sentences[0][:k] + sentences[0][k:k + 1].lower() \
                    + sentences[0][k + 1:]
    rest = _cap(rest)  # it now follows a full sentence
    # Before a list item or on its own line the acknowledgement gets its own line.
    own_line = bool(re.match(r"[ \t]*(?:[-*•–]|\d+[.)]|⟦\d+⟧[.)])[ \t]", rest))
    insert = " ".join(sentences) + (("\n" if own_line else " ") if rest.strip() else "")
    d.segments[first] = seg[:cut] + insert + rest
    for (_, principle, explanation), sentence in zip(added, sentences, strict=True):
        d.changes.append(Change(principle=principle, before="", after=sentence,
                                explanation=explanation))


_LET_DOWN = re.compile(
    r"delay|late|wait|damaged|broken|wrong|charged twice|again|retras|esperando|roto|"
    r"dañad|equivocad|otra vez|de nuevo|verspät|warte|kaputt|beschädigt|falsch|wieder|erneut|"
    r"retard|attend|cassé|endommagé|mauvais|encore|de nouveau|atras|aguard|partid|quebrad|"
    r"danificad|errad|outra vez|de novo", re.I)
_NEXT_STEP = re.compile(
    r"refund|deliver|ship|replace|return|reembols|envío|envio|devoluci|erstatt|liefer|versand|"
    r"rücksend|rembours|livraison|retour|entrega|devoluç|encomenda", re.I)
_ASKS = re.compile(r"\?|\b(?:can you|could you|please (?:send|provide|share|confirm)|"
                   r"puedes|podría|könnten sie|pourriez-vous|pode)\b", re.I)


def _suggestions(masked: str, customer_message: str, lang: str) -> list[Suggestion]:
    """Agent-facing notes, in the draft's language, for what only the agent decides."""
    out = []
    if _LET_DOWN.search(customer_message):
        out.append(Suggestion(kind="goodwill-gesture", text=_say("goodwill-gesture", lang)))
    if _NEXT_STEP.search(masked):
        out.append(Suggestion(kind="anticipate-followup",
                              text=_say("anticipate-followup", lang)))
    # Only a message we have and that is short says information is missing.
    if not _ASKS.search(masked) and 0 < len(customer_message.split()) < 8:
        out.append(Suggestion(kind="ask-open-question", text=_say("ask-open-question", lang)))
    return out
