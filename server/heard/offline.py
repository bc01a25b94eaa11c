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

from heard.prompts import Phrases
from heard.schema import Candidate, Change, Suggestion

_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_HTML = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buenos d[ií]as|estimad[oa]|"
    r"hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|bonjour|bonsoir|cher|ch[eè]re|ol[áa]|"
    r"bom dia|boa tarde|prezad[oa]|caro|cara)\b[^\n.!?]{0,60}?[,!:\n]\s*", re.I)

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
     r"mot de passe|compte|senha|conta", {
        "en": "your account", "es": "tu cuenta", "de": "Ihrem Konto", "fr": "votre compte",
        "pt": "a sua conta"}),
    (r"cancel|cancelar|kündig|storn|annul|cancelamento", {
        "en": "the cancellation", "es": "la cancelación", "de": "der Kündigung",
        "fr": "l'annulation", "pt": "o cancelamento"}),
    (r"broken|damaged|defect|not working|doesn't work|roto|dañado|kaputt|beschädigt|defekt|"
     r"cassé|endommagé|quebrad|danificad", {
        "en": "the damaged item", "es": "el artículo dañado", "de": "dem beschädigten Artikel",
        "fr": "l'article endommagé", "pt": "o artigo danificado"}),
    (r"order|wrong size|wrong item|pedido|bestellung|commande|encomenda", {
        "en": "your order", "es": "tu pedido", "de": "Ihrer Bestellung", "fr": "votre commande",
        "pt": "a sua encomenda"}),
]

# Each feeling has a few phrasings so that replies do not all open with the same line.
# {this} is "this" or "this situation with <topic>"; {about} is "" or " about <topic>".
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
        "neutral": ["Thank you for reaching out{about}.", "Thanks for getting in touch{about}."],
    },
    "es": {
        "frustration": ["Entiendo lo frustrante que ha sido {this}."],
        "worry": ["Entiendo que {this} te preocupe."],
        "disappointment": ["Entiendo que {this} sea decepcionante."],
        "confusion": ["Entiendo que {this} haya resultado confuso."],
        "joy": ["¡Qué alegría leer esto, gracias por contárnoslo!"],
        "neutral": ["Gracias por escribirnos{about}."],
    },
    "de": {
        "frustration": ["Ich verstehe gut, wie ärgerlich {this} ist."],
        "worry": ["Ich verstehe, dass Sie {this} beunruhigt."],
        "disappointment": ["Ich verstehe, dass {this} enttäuschend ist."],
        "confusion": ["Ich verstehe, dass {this} verwirrend war."],
        "joy": ["Wie schön, das zu hören, vielen Dank für Ihre Nachricht!"],
        "neutral": ["Vielen Dank für Ihre Nachricht{about}."],
    },
    "fr": {
        "frustration": ["Je comprends à quel point {this} est frustrante."],
        "worry": ["Je comprends que {this} vous inquiète."],
        "disappointment": ["Je comprends que {this} soit décevante."],
        "confusion": ["Je comprends que {this} soit déroutante."],
        "joy": ["Quelle bonne nouvelle, merci de nous l'avoir partagée !"],
        "neutral": ["Merci de nous avoir contactés{about}."],
    },
    "pt": {
        "frustration": ["Compreendo como {this} tem sido frustrante."],
        "worry": ["Compreendo que {this} seja preocupante."],
        "disappointment": ["Compreendo que {this} seja dececionante."],
        "confusion": ["Compreendo que {this} tenha sido confusa."],
        "joy": ["Que bom saber disso, obrigado por partilhar!"],
        "neutral": ["Obrigado pelo seu contacto{about}."],
    },
}
_THIS = {"en": ("this", "this situation with {t}"), "es": ("esto", "esta situación con {t}"),
         "de": ("das", "die Situation mit {t}"), "fr": ("cette situation", "la situation avec {t}"),
         "pt": ("esta situação", "a situação com {t}")}
_ABOUT = {"en": " about {t}", "es": " sobre {t}", "de": " zu {t}", "fr": " concernant {t}",
          "pt": " sobre {t}"}
_PATIENCE = {"en": "Thank you for your patience.", "es": "Gracias por tu paciencia.",
             "de": "Vielen Dank für Ihre Geduld.", "fr": "Merci pour votre patience.",
             "pt": "Obrigado pela sua paciência."}
_WAITED = re.compile(r"\bwait|still|days|weeks|delay|no (?:one|response|reply|answer)|again|"
                     r"esperando|todavía|warte|immer noch|attend|toujours|aguard|ainda", re.I)
_ACK_CUES = re.compile(r"sorry|apolog|understand|frustrat|thank|appreciate|glad|hear that|"
                       r"lo siento|entiendo|gracias|verstehe|danke|comprends|merci|compreendo|"
                       r"obrigad|desculp|désolé|entschuldig", re.I)
_SORRY_WAIT = re.compile(r"(?<![\w,] )(?:(?:we are|we're|i am|i'm) )?(?:so |very |really )?sorry "
                         r"for (?:the|your) (?:long )?(?:wait|delay)(?:ing)?(?: time)?[.!]", re.I)
_APOLOGY_CLICHE = re.compile(
    r"(?:we|i)(?: sincerely| truly| deeply)? apologi[sz]e for (?:any|the) (?:inconvenience|trouble)"
    r"(?: (?:this|that) (?:may have|might have|has|may) caused(?: you)?)?", re.I)

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
# Policy walls in the other four languages: the decision stays, the wall goes.
_WALLS_OTHER: dict[str, tuple[re.Pattern[str], str]] = {
    "es": (re.compile(r"(?:lamentablemente,?\s*)?(?:es|esa es|esta es) (?:nuestra|la) "
                      r"pol[ií]tica(?: de la empresa)?[.!]?", re.I),
           "Sé que no es la respuesta que esperabas, así que te explico exactamente cómo "
           "funciona."),
    "de": (re.compile(r"(?:leider\s*)?(?:das|dies) (?:ist|sind) (?:unsere|die) "
                      r"(?:richtlinie|richtlinien|firmenpolitik|vorgabe)[.!]?", re.I),
           "Ich weiß, dass das nicht die Antwort ist, die Sie sich erhofft haben, deshalb "
           "erkläre ich genau, wie es funktioniert."),
    "fr": (re.compile(r"(?:malheureusement,?\s*)?c['’]est (?:notre|la) politique"
                      r"(?: de l['’]entreprise)?[.!]?", re.I),
           "Je sais que ce n'est pas la réponse que vous espériez, alors voici exactement "
           "comment cela fonctionne."),
    "pt": (re.compile(r"(?:infelizmente,?\s*)?(?:é|esta é|essa é) (?:a nossa|nossa|a) "
                      r"pol[ií]tica(?: da empresa)?[.!]?", re.I),
           "Sei que não é a resposta que esperava, por isso explico exatamente como funciona."),
}
_WALLS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:unfortunately,?\s*)?(?:that|this|it)(?:'s| is) (?:just )?(?:our|the|company|"
                r"store) policy(?: and there is nothing (?:more )?(?:i|we) can do)?[.!]?", re.I),
     "I know this isn't the answer you were hoping for, so here is exactly how it works."),
    (re.compile(r"(?:unfortunately,?\s*)?there(?:'s| is) nothing (?:more |else )?(?:i|we) can do"
                r"(?: about (?:it|this|that))?[.!]?", re.I),
     "I can't change this decision myself, but I want you to know exactly where things stand."),
    (re.compile(r"(?:unfortunately,?\s*)?(?:i|we) (?:can ?not|can't) (?:make an exception|"
                r"bend the rules)[^.!?]*[.!]?", re.I),
     "I'm not able to make an exception here, and I want to be upfront with you about that."),
]


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


def detect_emotion(message: str, phrases: Phrases) -> str:
    lowered = message.lower()
    scores = {emotion: sum(lowered.count(cue.lower()) for cue in cues)
              for emotion, cues in phrases.emotion_cues.items()}
    if message.count("!") >= 2 or re.search(r"\b[A-Z]{4,}\b", message):
        scores["frustration"] = scores.get("frustration", 0) + 1
    best = max(scores, key=lambda e: scores[e], default=None)
    return best if best and scores[best] > 0 else "neutral"


def detect_topic(customer_message: str, draft: str) -> dict[str, str] | None:
    """What the customer wrote about; the draft alone only names the plainest topics."""
    for pattern, names in TOPICS:
        if re.search(pattern, customer_message, re.I):
            return names
    if not customer_message.strip():
        for pattern, names in TOPICS:
            if names["en"] in ("your refund", "your order", "your delivery") and re.search(
                    pattern, draft, re.I):
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
    {"rules": True, "ack": True, "topic": True, "patience": True},
    {"rules": True, "ack": True, "topic": False, "patience": False},
    {"rules": True, "ack": False, "topic": False, "patience": False},
    {"rules": False, "ack": True, "topic": False, "patience": False},
]


def rewrite(masked: str, *, customer_message: str = "", lang: str | None = "en",
            phrases: Phrases | None = None, tone: str = "") -> Candidate:
    """Rewrite a masked draft (plain text or HTML) with the rules that are safe to apply."""
    from heard import guard  # the guard imports nothing of ours: no cycle

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


def _build(masked: str, customer_message: str, lang: str | None, phrases: Phrases, tone: str,
           level: dict[str, bool]) -> Candidate:
    code = lang if lang in ACKS else None
    d = _Draft(_TAG_SPLIT.split(masked))
    if level["rules"]:
        if code == "en":
            _english_rules(d, tone)
        elif code in _WALLS_OTHER:
            pattern, replacement = _WALLS_OTHER[code]
            d.sub(pattern, lambda m, r=replacement: r, "no-policy-wall",
                  "Keeps the decision but replaces the policy wall with an honest explanation.")
        if code:
            _apologies(d, phrases, code)
    if level["ack"] and code:
        _acknowledge(d, masked, customer_message, phrases, code, tone, level)
    return Candidate(rewrite=d.text, changes=d.changes)


def _english_rules(d: _Draft, tone: str) -> None:
    for pattern, replacement in _WALLS:
        d.sub(pattern, lambda m, r=replacement: r, "no-policy-wall",
              "Keeps the decision but replaces the policy wall with an honest explanation.")

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
    markers = [a.lower() for a in phrases.apology.get(lang, [])] or ["sorry", "apolog"]
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
                                        after="", explanation="One sincere apology is enough; "
                                        "repeating it reads as scripted."))
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


def _acknowledge(d: _Draft, masked: str, customer_message: str, phrases: Phrases, lang: str,
                 tone: str, level: dict[str, bool]) -> None:
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
    opening = " ".join(re.split(r"(?<=[.!?])\s+", seg[cut:])[:2])
    if _ACK_CUES.search(opening):
        return
    emotion = detect_emotion(customer_message, phrases)
    topic = detect_topic(customer_message, masked) if level["topic"] else None
    t = topic.get(lang) if topic else None
    template = _pick(ACKS[lang][emotion], masked)
    plain, with_topic = _THIS[lang]
    ack = template.format(this=with_topic.format(t=t) if t else plain,
                          about=_ABOUT[lang].format(t=t) if t else "")
    added = [ack]
    principle = "acknowledge-emotion" if emotion != "neutral" else "reflect-understanding"
    explanation = ("Names how the customer is likely feeling before the answer."
                   if emotion != "neutral" else "Shows the reply is about this customer's issue.")
    if (level["patience"] and tone != "concise" and emotion != "joy"
            and _WAITED.search(customer_message)
            and not re.search(r"patien|paciencia|geduld|paciência", masked, re.I)):
        added.append(_PATIENCE[lang])
    rest = seg[cut:]
    if greeting and not greeting.group(0).rstrip(" ").endswith("\n"):
        # "Hi Ana, your order…" -> "Hi Ana, thanks for …. Your order…"
        if greeting.group(0).rstrip().endswith(","):
            added[0] = added[0][:1].lower() + added[0][1:] if not added[0].startswith("I ") \
                else added[0]
        rest = _cap(rest)
    # Before a list item or on its own line the acknowledgement gets its own line.
    own_line = bool(re.match(r"[ \t]*(?:[-*•–]|\d+[.)]|⟦\d+⟧[.)])[ \t]", rest))
    insert = " ".join(added) + (("\n" if own_line else " ") if rest.strip() else "")
    d.segments[first] = seg[:cut] + insert + rest
    d.changes.append(Change(principle=principle, before="", after=added[0],
                            explanation=explanation))
    if len(added) > 1:
        d.changes.append(Change(principle="appreciate-patience", before="", after=added[1],
                                explanation="Thanks the customer for waiting instead of "
                                "only apologising for the delay."))


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
    """Agent-facing notes (in English, like the explanations) for what only the agent decides."""
    out = []
    if _LET_DOWN.search(customer_message):
        out.append(Suggestion(kind="goodwill-gesture", text="The customer was let down; if "
                              "your policy allows, consider offering a goodwill gesture "
                              "yourself. Heard never adds one."))
    if _NEXT_STEP.search(masked):
        out.append(Suggestion(kind="anticipate-followup", text="Say when and how the "
                              "customer will hear about the next step, if you know it."))
    if not _ASKS.search(masked) and len(customer_message.split()) < 8:
        out.append(Suggestion(kind="ask-open-question", text="The customer's message is "
                              "short; an open question could surface what they need."))
    return out
