"""Tie every explanation to a real hunk of the diff, and explain every hunk.

Items the model invents that match no hunk are dropped; hunks nobody explained get one from the
principle catalogue (in the draft's language for en/es/de/fr/pt), so the agent sees a reason
beside every change.
"""

from __future__ import annotations

import re
from functools import cache

from heard import customer, vocab
from heard.diff import hunks
from heard.schema import Change, Reading

_NORM = re.compile(r"[\W_]+", re.U)


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def _overlaps(part: str, whole: str) -> bool:
    p, w = _norm(part), _norm(whole)
    if not p or not w:
        return False
    if p in w or w in p:
        return True
    pw, ww = set(p.split()), set(w.split())
    return len(pw & ww) >= max(1, min(len(pw), len(ww)) // 2)


# Hunks nobody explained get a reason from the catalogue: the first rule whose pattern is in
# the inserted text (or, for a pure deletion, the deleted text) names the principle.
_GUESSES: list[tuple[str, str]] = [
    ("appreciate-patience", "Thanks the customer for their patience."),
    ("acknowledge-emotion", "Names how the customer is likely feeling."),
    ("validate-feelings", "Treats the customer's reaction as reasonable."),
    ("reflect-understanding", "Shows the customer their situation was understood."),
    ("own-it", "Takes personal ownership of the next step."),
    ("collaborate", "Frames the fix as shared work."),
    ("no-policy-wall", "Explains the policy instead of hiding behind it."),
    ("authentic-not-cliche", "Keeps one sincere apology."),
    ("match-tone", "Shares the customer's good news in a matching tone."),
    ("personalize", "Speaks to this customer instead of a script line."),
]


@cache
def _cue(principle: str) -> re.Pattern[str]:
    """What names a change by this principle, in any language (heard/lang `explain_cues`)."""
    return re.compile("|".join(vocab.union_map("explain_cues").get(principle, ["(?!)"])),
                      re.I)


# The catalogue's reasons in the other four languages, so a hunk explained by the fallback reads
# in the draft's language like the rest of the answer.
_STEADY_TEXT = "A calm full stop instead of an exclamation mark."
_LOCAL: dict[str, dict[str, str]] = {
    "Thanks the customer for their patience.": {
        "es": "Agradece al cliente su paciencia.", "de": "Dankt dem Kunden für seine Geduld.",
        "fr": "Remercie le client de sa patience.", "pt": "Agradece ao cliente a paciência."},
    "Names how the customer is likely feeling.": {
        "es": "Nombra cómo se siente probablemente el cliente.",
        "de": "Benennt, wie sich der Kunde wahrscheinlich fühlt.",
        "fr": "Nomme ce que ressent probablement le client.",
        "pt": "Nomeia como o cliente provavelmente se sente."},
    "Treats the customer's reaction as reasonable.": {
        "es": "Trata la reacción del cliente como razonable.",
        "de": "Behandelt die Reaktion des Kunden als nachvollziehbar.",
        "fr": "Traite la réaction du client comme légitime.",
        "pt": "Trata a reação do cliente como razoável."},
    "Shows the customer their situation was understood.": {
        "es": "Muestra al cliente que se ha entendido su situación.",
        "de": "Zeigt dem Kunden, dass seine Lage verstanden wurde.",
        "fr": "Montre au client que sa situation a été comprise.",
        "pt": "Mostra ao cliente que a situação dele foi compreendida."},
    "Takes personal ownership of the next step.": {
        "es": "Asume personalmente el siguiente paso.",
        "de": "Übernimmt persönlich den nächsten Schritt.",
        "fr": "Prend personnellement en charge la prochaine étape.",
        "pt": "Assume pessoalmente o próximo passo."},
    "Frames the fix as shared work.": {
        "es": "Plantea la solución como un trabajo conjunto.",
        "de": "Stellt die Lösung als gemeinsame Aufgabe dar.",
        "fr": "Présente la solution comme un travail commun.",
        "pt": "Apresenta a solução como um trabalho conjunto."},
    "Explains the policy instead of hiding behind it.": {
        "es": "Explica la política en lugar de escudarse en ella.",
        "de": "Erklärt die Richtlinie, statt sich dahinter zu verstecken.",
        "fr": "Explique la politique au lieu de s'abriter derrière elle.",
        "pt": "Explica a política em vez de se esconder atrás dela."},
    "Keeps one sincere apology.": {
        "es": "Mantiene una sola disculpa sincera.",
        "de": "Behält eine aufrichtige Entschuldigung.",
        "fr": "Garde une seule excuse sincère.",
        "pt": "Mantém um único pedido de desculpa sincero."},
    "Shares the customer's good news in a matching tone.": {
        "es": "Comparte la buena noticia del cliente con el mismo tono.",
        "de": "Teilt die gute Nachricht des Kunden im passenden Ton.",
        "fr": "Partage la bonne nouvelle du client sur le même ton.",
        "pt": "Partilha a boa notícia do cliente no mesmo tom."},
    _STEADY_TEXT: {
        "es": "Un punto sereno en lugar de un signo de exclamación.",
        "de": "Ein ruhiger Punkt statt eines Ausrufezeichens.",
        "fr": "Un point calme au lieu d'un point d'exclamation.",
        "pt": "Um ponto sereno em vez de um ponto de exclamação."},
    "Speaks to this customer instead of a script line.": {
        "es": "Se dirige a este cliente en lugar de usar una frase de guion.",
        "de": "Spricht diesen Kunden an statt mit einer Floskel.",
        "fr": "S'adresse à ce client plutôt qu'avec une phrase toute faite.",
        "pt": "Fala com este cliente em vez de usar uma frase feita."},
    "Drops wording that blames the customer.": {
        "es": "Quita expresiones que culpan al cliente.",
        "de": "Streicht Formulierungen, die dem Kunden die Schuld geben.",
        "fr": "Retire les formulations qui accusent le client.",
        "pt": "Retira expressões que culpam o cliente."},
    "Removes wording that reads as scripted or adds nothing.": {
        "es": "Quita frases que suenan a guion o no aportan nada.",
        "de": "Streicht Formulierungen, die einstudiert wirken oder nichts beitragen.",
        "fr": "Retire les formulations qui sonnent creux ou n'apportent rien.",
        "pt": "Retira frases que soam a guião ou não acrescentam nada."},
    "Makes the reply clearer and more specific to this customer.": {
        "es": "Hace la respuesta más clara y más concreta para este cliente.",
        "de": "Macht die Antwort klarer und genauer auf diesen Kunden zugeschnitten.",
        "fr": "Rend la réponse plus claire et plus adaptée à ce client.",
        "pt": "Torna a resposta mais clara e mais específica para este cliente."},
}


def _local(explanation: str, lang: str | None) -> str:
    return _LOCAL.get(explanation, {}).get(lang or "en", explanation)


_BLAME = re.compile("|".join(vocab.union("explain_blame")), re.I)


_STEADY = _STEADY_TEXT


def _guess(before: str, after: str, lang: str | None = None) -> Change:
    before, after = before.strip(), after.strip()
    if before and set(before) <= set("!") and after in (".", ""):
        return Change(principle="match-tone", before=before, after=after,
                      explanation=_local(_STEADY, lang))
    if before and _BLAME.search(before) and not _BLAME.search(after):
        return Change(principle="no-blame", before=before, after=after,
                      explanation=_local("Drops wording that blames the customer.", lang))
    text = after or before
    for principle, explanation in _GUESSES:
        if _cue(principle).search(text):
            return Change(principle=principle, before=before, after=after,
                          explanation=_local(explanation, lang))
    if before and not after:
        return Change(principle="authentic-not-cliche", before=before, after="",
                      explanation=_local("Removes wording that reads as scripted or adds "
                                         "nothing.", lang))
    return Change(principle="reflect-understanding", before=before, after=after,
                  explanation=_local("Makes the reply clearer and more specific to this "
                                     "customer.", lang))


def _inside(part: str, whole: str) -> bool:
    p = _norm(part)
    if not p:  # punctuation alone ("!" → "."): the same marks
        return bool(part.strip()) and part.strip() == whole.strip()
    return bool(p) and p in _norm(whole)


def _span(claimed: str, actual: str) -> str:
    """The model's span when it is really in this hunk, else the hunk's own text."""
    claimed = claimed.strip()
    for span in (claimed, claimed.rstrip(".!?,;:")):  # the diff may leave the full stop equal
        if span and span in actual:
            return span
    return actual.strip()


def align(diff_ops: list[dict[str, str]], proposed: list[Change],
          known_principles: set[str], lang: str | None = None,
          reading: Reading | None = None) -> list[Change]:
    """Changes in reading order, each inside a real hunk, every hunk explained at least once.

    A change's `before` is always text of the draft and its `after` text of the rewrite, both
    within the hunk it explains. Changes that match no hunk, or name no known principle, are
    dropped; a hunk that no change explains gets a reason from the catalogue. With a reading
    of the customer, a catalogue reason for `acknowledge-emotion` or `match-tone` opens with
    what was read ("The customer has written more than once… and sounds very frustrated").
    """
    out = _align(diff_ops, proposed, known_principles, lang)
    if reading is None:
        return out
    read = customer.because(reading, lang)
    return [c.model_copy(update={"explanation": f"{read}: {c.explanation[:1].lower()}"
                                 f"{c.explanation[1:]}"})
            if c.principle in _READ and _generic(c.explanation) else c for c in out]


_READ = ("acknowledge-emotion", "match-tone")


def _generic(explanation: str) -> bool:
    """A reason from the catalogue (in any language), which says nothing about this customer."""
    return any(explanation == text or explanation in _LOCAL.get(text, {}).values()
               for text in (*(t for _, t in _GUESSES), _STEADY))


def _align(diff_ops: list[dict[str, str]], proposed: list[Change],
           known_principles: set[str], lang: str | None) -> list[Change]:
    out: list[Change] = []
    unused = [c for c in proposed if c.principle in known_principles]
    for hunk in hunks(diff_ops):
        inside = [c for c in unused if (c.before and _inside(c.before, hunk["before"]))
                  or (c.after and _inside(c.after, hunk["after"]))]
        if not inside:
            inside = [c for c in unused if (c.before and _overlaps(c.before, hunk["before"]))
                      or (c.after and _overlaps(c.after, hunk["after"]))][:1]
        if not inside:
            out.append(_guess(hunk["before"], hunk["after"], lang))
            continue
        seen: set[tuple[str, str, str]] = set()
        for c in inside:
            if (c.principle, c.before, c.after) in seen:
                continue  # the same edit proposed twice ("!" → "." in two sentences)
            seen.add((c.principle, c.before, c.after))
            unused = [u for u in unused if u is not c and not (
                u.before == c.before and u.after == c.after and u.principle == c.principle)]
            reason = " ".join(c.explanation.split())[:300]  # one line, bounded
            before, after = _span(c.before, hunk["before"]), _span(c.after, hunk["after"])
            out.append(Change(principle=c.principle, before=before, after=after,
                              explanation=reason or _guess(before, after, lang).explanation))
    return out
