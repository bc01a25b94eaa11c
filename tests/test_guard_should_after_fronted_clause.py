""""Should" opening a main clause after a clause put first, both ways (every case written for
this file):

German puts the verb first in a main clause after a subordinate one: "Weil der Baum erst kurz
vor der Lieferung geschlagen wird, sollte er bis Neujahr frisch bleiben, solange …" hedges
what it says ("should stay fresh"), though "sollte er …," also opens a condition elsewhere
("Sollte er nicht frisch bleiben, ersetzen wir ihn": if it does not). What follows the comma
tells them apart: a condition is followed by the main clause, never by a subordinator
("solange", "wenn", "falls"…). The hedge kept passes; dropped ("bleibt er frisch") it is
still caught; the condition is still read as one. The other languages say the hedge with its
subject first ("it should stay fresh", "debería mantenerse", "il devrait rester", "deve
manter-se") and read it already. (An English or Portuguese "because" clause put first hides a
dropped hedge after it from the guard: not read here, the cases say "so" / "por isso".)
"""

from __future__ import annotations

import pytest

from heard.guard.modality import hedges_in
from tests.masked_guard import labels

CASES = {
    "de": ("Hallo Jana, der Baum wird erst 3 Tage vor der Lieferung geschlagen. Er sollte also "
           "bis Neujahr frisch bleiben, wenn du ihn ins Wasser stellst. Viele Grüße, Paul",
           "Hallo Jana, weil der Baum erst 3 Tage vor der Lieferung geschlagen wird, sollte er "
           "bis Neujahr frisch bleiben, solange du ihn ins Wasser stellst. Viele Grüße, Paul",
           "Hallo Jana, weil der Baum erst 3 Tage vor der Lieferung geschlagen wird, bleibt er "
           "bis Neujahr frisch, solange du ihn ins Wasser stellst. Viele Grüße, Paul"),
    "en": ("Hi Jana, the tree is cut only 3 days before delivery. It should stay fresh until "
           "New Year if you keep it in water. Best, Paul",
           "Hi Jana, the tree is cut only 3 days before delivery, so it should stay fresh "
           "until New Year, as long as you keep it in water. Best, Paul",
           "Hi Jana, the tree is cut only 3 days before delivery, so it stays fresh until "
           "New Year, as long as you keep it in water. Best, Paul"),
    "es": ("Hola Jana, el árbol se corta solo 3 días antes de la entrega. Debería mantenerse "
           "fresco hasta Año Nuevo si lo pones en agua. Saludos, Pablo",
           "Hola Jana, como el árbol se corta solo 3 días antes de la entrega, debería "
           "mantenerse fresco hasta Año Nuevo, siempre que lo pongas en agua. Saludos, Pablo",
           "Hola Jana, como el árbol se corta solo 3 días antes de la entrega, se mantendrá "
           "fresco hasta Año Nuevo, siempre que lo pongas en agua. Saludos, Pablo"),
    "fr": ("Bonjour Jana, le sapin est coupé 3 jours avant la livraison. Il devrait rester frais "
           "jusqu'au Nouvel An si vous le mettez dans l'eau. Cordialement, Paul",
           "Bonjour Jana, comme le sapin est coupé 3 jours avant la livraison, il devrait rester "
           "frais jusqu'au Nouvel An, à condition de le mettre dans l'eau. Cordialement, Paul",
           "Bonjour Jana, comme le sapin est coupé 3 jours avant la livraison, il restera frais "
           "jusqu'au Nouvel An, à condition de le mettre dans l'eau. Cordialement, Paul"),
    "pt": ("Olá Jana, a árvore é cortada só 3 dias antes da entrega. Deve manter-se fresca até "
           "ao Ano Novo se a puser em água. Abraços, Paulo",
           "Olá Jana, a árvore é cortada só 3 dias antes da entrega, por isso deve manter-se "
           "fresca até ao Ano Novo, desde que a ponha em água. Abraços, Paulo",
           "Olá Jana, a árvore é cortada só 3 dias antes da entrega, por isso vai manter-se "
           "fresca até ao Ano Novo, desde que a ponha em água. Abraços, Paulo"),
}


def _modality(draft: str, rewrite: str, lang: str) -> bool:
    return "new_commitment:modality" in labels(draft, rewrite, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_should_after_a_clause_put_first_is_kept(lang: str) -> None:
    draft, kept, _ = CASES[lang]
    assert not _modality(draft, kept, lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_should_dropped_is_still_caught(lang: str) -> None:
    draft, _, firmer = CASES[lang]
    assert _modality(draft, firmer, lang)


def test_a_conditional_sollte_is_still_a_condition() -> None:
    """"Sollte er nicht frisch bleiben, ersetzen wir ihn" is an "if": the replacement said
    without it is a dropped condition, and no hedge of the draft's."""
    draft = ("Hallo Jana, sollte der Baum vor Neujahr nadeln, ersetzen wir ihn kostenlos. "
             "Viele Grüße, Paul")
    dropped = "Hallo Jana, wir ersetzen den Baum kostenlos. Viele Grüße, Paul"
    found = labels(draft, dropped, "de")
    assert "new_commitment:condition" in found
    assert "new_commitment:modality" not in found


def test_a_conditional_sollte_with_its_that_clause_is_still_a_condition() -> None:
    """Its own "dass" clause ("Sollte sich zeigen, dass der Baum nadelt, …") belongs to the
    condition: the "sollte" is no hedge of what follows."""
    draft = ("Hallo Jana, sollte sich zeigen, dass der Baum vor Neujahr nadelt, ersetzen wir "
             "ihn kostenlos. Viele Grüße, Paul")
    assert not hedges_in(draft, "de")
