"""German "bis" is both "until" and "by": the customer's own date after it, in a clause that
tells they get the thing back by then ("Sie bekommen die Geige bis Samstag, ⟦8⟧ zurück"), is a
deadline we would meet — a promise of their date, as "vor dem ⟦8⟧" is. Their own need up to it
("bis … noch üben muss") or the days left until it tell their situation."""

from tests.masked_guard import eval_codes, letter

CUSTOMER = "Das Konzert unseres Chors ist am Freitag, 9. Juli, und das Cello ist noch bei Ihnen."
DRAFT = "Der Riss im Boden ist geleimt, und der Lack muss noch aushärten."


def codes(rewrite: str) -> set[str]:
    return eval_codes(letter("de", DRAFT), letter("de", rewrite), CUSTOMER, "de")


def test_getting_it_back_by_their_date_is_a_promise():
    for rewrite in (DRAFT + " Sie bekommen das Cello bis Freitag, 9. Juli zurück.",
                    DRAFT + " Sie haben das Cello bis zum Freitag, 9. Juli wieder."):
        assert "new_commitment:customer_fact" in codes(rewrite), rewrite


def test_their_need_or_the_days_left_until_it_stay_their_situation():
    for rewrite in ("Ich weiß, dass der Chor bis Freitag, 9. Juli noch proben muss. " + DRAFT,
                    "Bis Freitag, 9. Juli sind es nur noch wenige Tage, ich weiß. " + DRAFT):
        assert codes(rewrite) == set(), rewrite
