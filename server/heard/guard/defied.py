"""Invariant 2, keep the condition: what the draft makes depend on a condition is not said to
hold in spite of it.

"If it snows, the delivery could be pushed back a day" warns of a risk; "even if it snows, the
delivery will be on time" turns that warning into a guarantee. The rewrite says the draft's
condition again, so the condition checks find it kept, and its promise shares few words with
the draft's warning, so nothing reads it as that sentence said again. What it concedes is the
draft's condition, named with an "even if" (vocab `even_ifs`) in a sentence that does not hedge.
"""

from __future__ import annotations

from heard import vocab
from heard.guard.conditions import _conceded, _conditioned_on, _hedges
from heard.guard.text import CLAUSE_MARKS, cue, gist, norm, plain, sentences, stems
from heard.guard.violation import Violation

_SAME = 4  # letters two stems share to name one thing ("schneit", "Schnee"; "nieva", "nieve")


def _names(conceded: set[str], about: set[str]) -> bool:
    """Whether the words an "even if" opens name what a condition is about."""
    return any(a == b or (min(len(a), len(b)) >= _SAME and a[:_SAME] == b[:_SAME])
               for a in conceded for b in about)


def conditions_defied(draft: str, rewrite: str, lang: str | None = None) -> list[Violation]:
    """A sentence of the rewrite that holds "even if" what a draft sentence's condition is
    about, unhedged, where the draft concedes nothing of it. Linear: each rewrite sentence with
    an "even if" is read against the draft's conditions, gathered once."""
    even = cue("even_ifs", lang)
    said = [s for s in sentences(norm(plain(rewrite)))
            if even.search(s) and not s.rstrip().endswith("?") and not _hedges(s, lang)]
    if not said:
        return []
    drafted = sentences(norm(plain(draft)))
    conditions = [(about, s) for s in drafted
                  if not even.search(s) and not _conceded(s, lang)
                  for about, _, _ in _conditioned_on(s, lang) if about]
    conditional, no = cue("conditions", lang), vocab.negation(lang)
    for sentence in said:
        for m in even.finditer(sentence):
            clause = CLAUSE_MARKS.split(sentence[m.end():])[0]
            # Not inside a condition of its own ("si aun con el ajuste sigue el dolor, …"),
            # nor conceding what does not happen ("mesmo que a vacina não esteja disponível,
            # pode fazer a consulta": the draft's fallback, said again).
            if conditional.search(CLAUSE_MARKS.split(sentence[:m.start()])[-1]) \
                    or no.search(clause):
                continue
            conceded = stems(clause, lang)
            for about, s in conditions:
                if _names(conceded, about):
                    return [Violation("new_commitment", "It says this holds in spite of "
                                      "what the draft makes it depend on "
                                      f"(“{gist(s)}”); keep the condition.", "condition")]
    return []
