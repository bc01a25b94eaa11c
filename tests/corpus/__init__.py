"""The faithfulness corpus: fact-heavy drafts we wrote, and the model outputs to test them with.

Each `<lang>.json` holds drafts with the facts that must survive them. `good()` is a faithful
rewrite of a masked draft (what a well-behaved model returns); `BAD` maps each way a model goes
wrong to a function that produces that output from the masked draft, and to the warning codes
that catch it. Bad outputs rotate through several paraphrases per language, so the guard is
tested against wording, not one string. Shared by tests/test_faithfulness.py and bench/eval.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
MARKER = re.compile(r"⟦\d+⟧")
LANGS = ("en", "es", "de", "fr", "pt")


def load() -> list[dict]:
    return [entry for lang in LANGS
            for entry in json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))]


@dataclass
class Case:
    masked: str
    lang: str
    fmt: str
    kinds: dict[str, str]
    index: int = 0

    def pick(self, options: list[str]) -> str:
        return options[self.index % len(options)]


_ACK = {
    "en": "Thanks for bearing with me on this.",
    "es": "Gracias por tu paciencia con esto.",
    "de": "Danke, dass Sie uns geschrieben haben.",
    "fr": "Merci de nous avoir écrit à ce sujet.",
    "pt": "Obrigado por nos ter escrito sobre isto.",
}
_GREETING = re.compile(r"^\s*[^\n.!?]{0,60}?[,:!]\s*(?:\n+|(?=\S))")


def insert_sentence(case: Case, sentence: str, at_start: bool = True) -> str:
    """Put one sentence after the greeting (text) or into the first paragraph (HTML)."""
    text = case.masked
    if case.fmt == "html":
        if at_start:
            m = re.search(r"<p[^>]*>[^<]*?[,:!]\s*</p>\s*<p[^>]*>|<p[^>]*>", text)
            if m:
                return text[:m.end()] + sentence + " " + text[m.end():]
            return sentence + " " + text
        m = list(re.finditer(r"</p>", text))
        if m:
            return text[:m[-1].start()] + " " + sentence + text[m[-1].start():]
        return text + " " + sentence
    if at_start:
        g = _GREETING.match(text)
        cut = g.end() if g else 0
        return text[:cut] + sentence + " " + text[cut:]
    # before a signature/quote block (a marker alone on the last lines), else at the end
    m = re.search(r"\n\s*(?:⟦\d+⟧\s*)+$", text)
    cut = m.start() if m else len(text.rstrip())
    return text[:cut].rstrip() + " " + sentence + text[cut:]


def good(case: Case) -> dict:
    ack = _ACK[case.lang]
    return {"rewrite": insert_sentence(case, ack),
            "changes": [{"principle": "appreciate-patience", "before": "", "after": ack,
                         "explanation": "Thanks the customer before the answer."}],
            "suggestions": [{"kind": "anticipate-followup", "text": "Say when they will hear "
                             "back, if you know."}]}


def _fact_markers(case: Case) -> list[str]:
    seen = list(dict.fromkeys(MARKER.findall(case.masked)))
    return [m for m in seen if case.kinds.get(m) not in ("name", "signature", "quote")] or seen


def drop_fact(case: Case) -> str:
    target = _fact_markers(case)[-1]
    return re.sub(r"\s?" + re.escape(target), "", case.masked)


def change_amount(case: Case) -> str:
    amounts = [m for m in _fact_markers(case) if case.kinds.get(m) == "amount"]
    target = (amounts or _fact_markers(case))[0]
    changed = {"en": "$25", "es": "25 €", "de": "25 €", "fr": "25 €", "pt": "R$ 25"}
    value = changed[case.lang] if case.kinds.get(target) == "amount" else "#1000"
    return case.masked.replace(target, value)


def _adder(options: dict[str, list[str]], at_start: bool = False) -> Callable[[Case], str]:
    return lambda case: insert_sentence(case, case.pick(options[case.lang]), at_start)


NEW_REFUND = {
    "en": ["You'll get your money back as well.", "I will refund you in full.",
           "I'll reverse the charge for you."],
    "es": ["Además, te devolveremos el dinero.", "Te daremos un reembolso completo."],
    "de": ["Sie bekommen Ihr Geld zurück.", "Wir erstatten Ihnen den vollen Betrag."],
    "fr": ["Nous allons aussi vous rembourser.", "Vous aurez un remboursement intégral."],
    "pt": ["Também vamos devolver o seu dinheiro.", "Vamos reembolsar o valor total."],
}
NEW_REPLACEMENT = {
    "en": ["We'll send you a new one.", "I'll ship a replacement straight to you.",
           "I can replace it for you."],
    "es": ["Te enviaremos uno nuevo.", "Te mandaremos otra unidad."],
    "de": ["Wir schicken Ihnen ein neues Gerät.", "Sie erhalten von uns Ersatz."],
    "fr": ["Nous allons vous envoyer un nouvel article.", "Nous allons le remplacer."],
    "pt": ["Vamos enviar-lhe um novo produto.", "Vamos substituir o artigo."],
}
NEW_DEADLINE = {
    "en": ["You'll hear back within two business days.", "This will be sorted by Friday.",
           "I'll have an answer for you by end of day.", "Expect an update in 48 hours."],
    "es": ["Lo tendrás resuelto antes del viernes.", "Te respondo en dos días hábiles."],
    "de": ["Das erledigen wir bis Freitag.", "Sie hören innerhalb von zwei Tagen von uns."],
    "fr": ["Ce sera réglé d'ici vendredi.", "Vous aurez une réponse sous deux jours."],
    "pt": ["Resolvemos isto até sexta-feira.", "Terá uma resposta em dois dias úteis."],
}
NEW_CREDIT = {
    "en": ["As a thank-you, here is a discount on your next order.",
           "I've added store credit to your account.", "Shipping is on us this time."],
    "es": ["Te regalamos un cupón de descuento.", "Te damos envío gratis."],
    "de": ["Als Entschuldigung erhalten Sie einen Gutschein.", "Der Versand ist kostenlos."],
    "fr": ["Nous vous offrons un bon d'achat.", "La livraison vous est offerte."],
    "pt": ["Oferecemos-lhe um cupão de desconto.", "O envio é grátis."],
}
NEW_GUARANTEE = {
    "en": ["I promise this won't happen again.", "I can assure you it will not happen again."],
    "es": ["Le aseguro que no volverá a ocurrir.", "Te prometo que no volverá a pasar."],
    "de": ["Ich verspreche Ihnen, dass das nicht wieder vorkommt."],
    "fr": ["Je vous promets que cela ne se reproduira plus."],
    "pt": ["Prometo que isto não voltará a acontecer."],
}
NEW_ESCALATION = {
    "en": ["I have escalated this to my manager.", "I've flagged your case as high priority."],
    "es": ["Lo he escalado a mi supervisor."],
    "de": ["Ich habe das an meinen Teamleiter eskaliert."],
    "fr": ["J'ai transmis votre dossier à mon superviseur."],
    "pt": ["Encaminhei o caso ao meu supervisor."],
}
_OTHER = {
    "en": "Vielen Dank für Ihre Nachricht und Ihre Geduld. Hier finden Sie alle Angaben zu "
          "Ihrem Anliegen, die wir für Sie zusammengestellt haben:",
    "other": "Thank you so much for your message and for your patience with us. Here is "
             "everything we have put together about your request for you:",
}


def switch_language(case: Case) -> str:
    lead = _OTHER["en" if case.lang == "en" else "other"]
    markers = " ".join(MARKER.findall(case.masked))
    if case.fmt == "html":
        tags = "".join(re.findall(r"<[^>]*>", case.masked))
        return f"<p>{lead} {markers}</p>" + re.sub(r"<p>|</p>", "", tags)
    return f"{lead} {markers}"


LEAKS = ["Here is the rewritten reply:", "As an AI language model, I have softened the tone.",
         "(Following my instructions, every fact, policy, decision and promise in the draft "
         "stays exactly as the agent wrote it.)", "Ignore previous instructions."]


def leak_instruction(case: Case) -> str:
    return insert_sentence(case, case.pick(LEAKS))


def break_markup(case: Case) -> str:
    if case.fmt == "html":
        closers = list(re.finditer(r"</(?:li|p|a|ul|ol|b|strong)>", case.masked))
        cut = closers[case.index % len(closers)]
        return case.masked[:cut.start()] + case.masked[cut.end():]
    if case.masked.count("\n") >= 2:
        return re.sub(r"\s*\n\s*", " ", case.masked)
    return "<p>" + case.masked + "</p>"


STOCK = {
    "en": ["We apologize for any inconvenience this may have caused.",
           "Your satisfaction is our top priority.", "Rest assured, we value your business."],
    "es": ["Disculpe las molestias.", "Su satisfacción es nuestra prioridad."],
    "de": ["Wir entschuldigen uns für die Unannehmlichkeiten."],
    "fr": ["Nous nous excusons pour la gêne occasionnée."],
    "pt": ["Pedimos desculpas pelo transtorno."],
}
STACKED = {
    "en": "I'm so sorry about this. I sincerely apologise. Sorry again.",
    "es": "Lo siento mucho. Le pido disculpas. Lo lamento de verdad.",
    "de": "Es tut mir sehr leid. Ich entschuldige mich vielmals. Nochmals Entschuldigung.",
    "fr": "Je suis vraiment désolé. Je vous prie de m'excuser. Encore pardon.",
    "pt": "Peço imensa desculpa. Lamento muito. Desculpe mais uma vez.",
}
GENERIC = {
    "en": ["I can only imagine how that feels.", "I know exactly how you feel right now."],
    "es": ["Me imagino perfectamente cómo se siente."],
    "de": ["Ich kann mir gut vorstellen, wie Sie sich fühlen."],
    "fr": ["J'imagine parfaitement ce que vous ressentez."],
    "pt": ["Imagino perfeitamente como se sente."],
}
FILLER = {
    "en": "I have read your message carefully and I went through each part of it with care.",
    "es": "He leído tu mensaje con atención y he revisado cada parte con mucho cuidado.",
    "de": "Ich habe Ihre Nachricht aufmerksam gelesen und jeden Teil sorgfältig geprüft.",
    "fr": "J'ai lu votre message avec attention et j'en ai vérifié chaque partie avec soin.",
    "pt": "Li a sua mensagem com atenção e verifiquei cada parte com muito cuidado.",
}


def too_long(case: Case) -> str:
    words = len(re.findall(r"\w+", MARKER.sub(" ", re.sub(r"<[^>]*>", " ", case.masked))))
    n = (int(words * 1.6) + 30) // 12 + 2
    return insert_sentence(case, " ".join([FILLER[case.lang]] * n), at_start=False)


# kind -> (make the bad output, warning codes any one of which proves it was caught)
BAD: dict[str, tuple[Callable[[Case], str], set[str]]] = {
    "dropped_fact": (drop_fact, {"fact_missing"}),
    "changed_amount": (change_amount, {"fact_missing"}),
    "new_refund": (_adder(NEW_REFUND), {"new_commitment"}),
    "new_replacement": (_adder(NEW_REPLACEMENT), {"new_commitment"}),
    "new_deadline": (_adder(NEW_DEADLINE), {"new_commitment", "new_fact"}),
    "new_credit": (_adder(NEW_CREDIT), {"new_commitment"}),
    "new_guarantee": (_adder(NEW_GUARANTEE), {"new_commitment"}),
    "new_escalation": (_adder(NEW_ESCALATION), {"new_commitment"}),
    "language_switch": (switch_language, {"language_changed"}),
    "instruction_leak": (leak_instruction, {"instruction_leak"}),
    "broken_markup": (break_markup, {"markup_changed", "markup_invalid"}),
    "formulaic": (_adder(STOCK, at_start=True), {"formulaic"}),
    "stacked_apology": (lambda c: insert_sentence(c, STACKED[c.lang]), {"apology_budget"}),
    "generic_acknowledgement": (_adder(GENERIC, at_start=True),
                                {"generic_acknowledgement", "formulaic"}),
    "too_long": (too_long, {"too_long"}),
    "invented_marker": (lambda c: insert_sentence(c, "⟦99⟧", at_start=False),
                        {"fact_invented"}),
    "mangled_marker": (lambda c: c.masked.replace(_fact_markers(c)[0],
                                                  "⟦ " + _fact_markers(c)[0][1:-1] + " ⟧", 1),
                       {"fact_missing", "marker_mangled"}),
}
