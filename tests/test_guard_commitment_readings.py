"""How the guard reads a commitment, one linguistic rule per test, in the five languages.

Each case is written for the rule it proves (none comes from a corpus set): a faithful
restatement must pass clean, and the unsafe twin beside it must still be caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import as_written, violations
from tests.masked_guard import labels as verdict


# A "no" that makes a thing free is the promise that it is free, not a refusal: "you won't pay
# anything for the collection" and "the collection is free of charge" are one promise; the same
# words where the draft offers nothing are a new one.
@pytest.mark.parametrize("lang,draft,same,bare,new", [
    ("en", "The courier collects the old kettle on Thursday, and you won't pay anything for it.",
     "The courier collects the old kettle on Thursday, free of charge.",
     "The courier collects the old kettle on Thursday.",
     "The courier collects the old kettle on Thursday. The collection costs you nothing."),
    ("es", "El mensajero recoge la cafetera vieja el jueves y no tendrá que pagar nada por ello.",
     "El mensajero recoge la cafetera vieja el jueves, sin ningún coste para usted.",
     "El mensajero recoge la cafetera vieja el jueves.",
     "El mensajero recoge la cafetera vieja el jueves. La recogida no le cuesta nada."),
    ("pt", "O estafeta recolhe a chaleira velha na quinta-feira e você não paga nada por isso.",
     "O estafeta recolhe a chaleira velha na quinta-feira, sem nenhum custo para você.",
     "O estafeta recolhe a chaleira velha na quinta-feira.",
     "O estafeta recolhe a chaleira velha na quinta-feira. A recolha não tem nenhum custo."),
    ("de", "Der Kurier holt den alten Wasserkocher am Donnerstag ab, und Sie zahlen dafür nichts.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag kostenlos ab.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag ab.",
     "Der Kurier holt den alten Wasserkocher am Donnerstag ab. Die Abholung kostet Sie nichts."),
    ("fr", "Le coursier reprend l'ancienne bouilloire jeudi, et vous n'aurez rien à payer.",
     "Le coursier reprend l'ancienne bouilloire jeudi, sans frais pour vous.",
     "Le coursier reprend l'ancienne bouilloire jeudi.",
     "Le coursier reprend l'ancienne bouilloire jeudi. L'enlèvement ne vous coûtera rien."),
])
def test_a_no_that_makes_a_thing_free_is_the_free_of_charge_promise(lang, draft, same, bare,
                                                                     new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(bare, new, lang)


# One phrase is one promise, and what it promises is what its own clause names: beside the
# draft's credit, "and your next order is on us" is a new one, while "and we'll credit it" (a
# clause that names nothing of its own) restates the draft's.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "We have added the missing towels to your account as a credit.",
     "The missing towels are now a credit on your account, and we've added it already.",
     "We have added the missing towels to your account as a credit, and your next order "
     "is on us."),
    ("es", "Hemos añadido las toallas que faltaban a su cuenta como crédito.",
     "Las toallas que faltaban ya son crédito en su cuenta; lo hemos añadido.",
     "Hemos añadido las toallas que faltaban a su cuenta como crédito, y su próximo pedido "
     "corre de nuestra cuenta."),
    ("pt", "Adicionamos as toalhas em falta à sua conta como crédito na sua conta.",
     "As toalhas em falta já estão como crédito na sua conta.",
     "Adicionamos as toalhas em falta como crédito na sua conta, e o seu próximo pedido fica "
     "por nossa conta."),
    ("de", "Die fehlenden Handtücher haben wir Ihnen als Guthaben gutgeschrieben.",
     "Als Guthaben haben wir Ihnen die fehlenden Handtücher gutgeschrieben.",
     "Die fehlenden Handtücher haben wir Ihnen als Guthaben gutgeschrieben, und Ihre nächste "
     "Bestellung geht auf uns."),
    ("fr", "Nous avons ajouté les serviettes manquantes à votre compte sous forme d'un avoir.",
     "Les serviettes manquantes figurent désormais sur votre compte sous forme d'un avoir sur "
     "votre compte.",
     "Nous avons ajouté les serviettes manquantes à votre compte sous forme d'un avoir, et "
     "votre prochaine commande est offerte."),
])
def test_a_promise_is_about_what_its_own_clause_names(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(draft, new, lang)


# A letter's salutation is no hedge: Spanish "Estimado/a" opens a letter ("dear") and also
# means "estimated"; only the second keeps a promise soft. (No greeting of the other four
# languages is also a hedge word.)
@pytest.mark.parametrize("lang,draft,rewrite,firmer", [
    ("es", "Estimada Sra. Ruiz: le enviamos el cable nuevo hoy. La entrega estimada es el lunes.",
     "Estimada Sra. Ruiz: siento la espera. El cable nuevo se lo enviamos hoy. La entrega "
     "estimada es el lunes.",
     "Estimada Sra. Ruiz: siento la espera. El cable nuevo se lo enviamos hoy, y la entrega "
     "es el lunes."),
])
def test_a_salutation_is_no_hedge(lang, draft, rewrite, firmer):
    assert verdict(draft, rewrite, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A condition restated as a reason is taken as given: "if the photos show the scratch, we'll
# cancel the fee" told as "as the photos show the scratch, we'll cancel it" drops the "if".
# "as", "como", "comme" and "da" are a reason only where they open a clause ("such as",
# "like" and German "there" are not).
@pytest.mark.parametrize("lang,draft,kept,premise", [
    ("en", "If the photos show the scratch was there at pickup, we will waive the repair fee.",
     "Send the photos: if they show the scratch was there at pickup, we will waive the repair "
     "fee.",
     "Send the photos: as they show the scratch was there at pickup, we will waive the repair "
     "fee."),
    ("es", "Si las fotos muestran que el rasguño ya estaba en la recogida, le anularemos la tasa "
           "de reparación.",
     "Envíe las fotos: si muestran que el rasguño ya estaba en la recogida, le anularemos la "
     "tasa de reparación.",
     "Envíe las fotos: como muestran que el rasguño ya estaba en la recogida, le anularemos la "
     "tasa de reparación."),
    ("pt", "Se as fotos mostrarem que o risco já estava lá na retirada, cancelamos a taxa de "
           "reparo.",
     "Envie as fotos: se mostrarem que o risco já estava lá na retirada, cancelamos a taxa de "
     "reparo.",
     "Envie as fotos: como mostram que o risco já estava lá na retirada, cancelamos a taxa de "
     "reparo."),
    ("fr", "Si les photos montrent que la rayure était là au départ, nous annulerons les frais "
           "de réparation.",
     "Envoyez les photos : si elles montrent que la rayure était là au départ, nous annulerons "
     "les frais de réparation.",
     "Envoyez les photos : comme elles montrent que la rayure était là au départ, nous "
     "annulerons les frais de réparation."),
    ("de", "Wenn die Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
           "die Reparaturgebühr.",
     "Wenn Ihre Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
     "Ihnen die Reparaturgebühr.",
     "Da Ihre Fotos zeigen, dass der Kratzer schon bei der Abholung da war, erlassen wir "
     "Ihnen die Reparaturgebühr."),
])
def test_a_condition_restated_as_a_reason_is_dropped(lang, draft, kept, premise):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:condition" in verdict(draft, premise, lang)


def test_such_as_is_no_reason():
    draft = "If you booked the extra cover, costs such as the hotel can be claimed online."
    rewrite = ("Costs, such as the hotel, can be claimed online if you booked the extra cover.")
    assert verdict(draft, rewrite, "en") == []
    assert verdict("Si vous avez pris l'option, des frais, comme l'hôtel, sont remboursables.",
                   "Des frais, comme l'hôtel, sont remboursables si vous avez pris l'option.",
                   "fr") == []


# A request made for the customer, or one they may make, promises the asking, not the outcome:
# "we have requested a refund of the two charges" told as "we have refunded them" is firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "We have requested a refund of the two charges of $30 from your bank.",
     "We've asked your bank for a refund of the two charges of $30.",
     "Your bank has now refunded the two charges of $30."),
    ("es", "Hemos solicitado la devolución de los dos cargos de 30 € a su banco.",
     "Ya hemos pedido a su banco la devolución de los dos cargos de 30 €.",
     "Le hemos devuelto los dos cargos de 30 €."),
    ("pt", "Já solicitamos o estorno das duas cobranças de 30 € ao seu banco.",
     "Já pedimos ao seu banco o estorno das duas cobranças de 30 €.",
     "Já estornamos as duas cobranças de 30 €."),
    ("fr", "Nous avons demandé le remboursement des deux prélèvements de 30 € à votre banque.",
     "Nous avons fait une demande de remboursement des deux prélèvements de 30 € auprès de "
     "votre banque.",
     "Nous avons remboursé les deux prélèvements de 30 €."),
    ("de", "Wir haben die Erstattung der beiden Abbuchungen von 30 € bei Ihrer Bank beantragt.",
     "Die Erstattung der beiden Abbuchungen von 30 € haben wir bei Ihrer Bank beantragt.",
     "Wir haben die beiden Abbuchungen von 30 € erstattet."),
])
def test_a_request_is_a_promise_to_ask_not_the_outcome(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


@pytest.mark.parametrize("lang,draft,kept,granted", [
    ("en", "Meanwhile, you can request a payment plan over 3 months by calling us.",
     "Meanwhile, call us to request a payment plan over 3 months.",
     "Meanwhile, we'll put you on a payment plan over 3 months; just call us."),
    ("es", "Mientras tanto, puede solicitar un plan de pago en 3 meses llamándonos.",
     "Mientras tanto, llámenos para pedir un plan de pago en 3 meses.",
     "Mientras tanto, le damos un plan de pago en 3 meses; solo tiene que llamarnos."),
    ("pt", "Enquanto isso, pode solicitar um parcelamento em 3 meses ligando para nós.",
     "Enquanto isso, ligue para nós para pedir um parcelamento em 3 meses.",
     "Enquanto isso, fazemos um parcelamento em 3 meses; é só ligar para nós."),
    ("fr", "En attendant, vous pouvez demander un échéancier sur 3 mois en nous appelant.",
     "En attendant, appelez-nous pour demander un échéancier sur 3 mois.",
     "En attendant, nous vous accordons un échéancier sur 3 mois ; appelez-nous."),
    ("de", "Bis dahin können Sie telefonisch eine Ratenzahlung über 3 Monate beantragen.",
     "Bis dahin beantragen Sie die Ratenzahlung über 3 Monate einfach telefonisch.",
     "Bis dahin richten wir Ihnen eine Ratenzahlung über 3 Monate ein."),
])
def test_what_the_customer_may_request_is_not_granted(lang, draft, kept, granted):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, granted, lang)


# A clause says again the draft sentence it shares most with: "the adjuster fell ill, which
# delayed your claim" restates the draft's firm sentence about the delay, not its promise to
# review the claim with the adjuster, though it names the claim and the adjuster.
@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Your claim was delayed because the adjuster fell ill. We will review your claim "
           "with the adjuster this week.",
     "Your claim was delayed because the adjuster fell ill. This week I'll review your "
     "claim with the adjuster."),
    ("es", "Su reclamación se retrasó porque el perito se puso enfermo. Revisaremos su "
           "reclamación con el perito esta semana.",
     "Su reclamación se retrasó porque el perito se puso enfermo. Esta semana revisaré su "
     "reclamación con el perito."),
    ("pt", "A sua reclamação atrasou porque o perito adoeceu. Vamos analisar a sua reclamação "
           "com o perito esta semana.",
     "A sua reclamação atrasou porque o perito adoeceu. Esta semana vou analisar a sua "
     "reclamação com o perito."),
    ("fr", "Votre dossier a pris du retard parce que l'expert est tombé malade. Nous allons "
           "examiner votre dossier avec l'expert cette semaine.",
     "Votre dossier a pris du retard parce que l'expert est tombé malade. Cette semaine, je "
     "vais examiner votre dossier avec l'expert."),
    ("de", "Ihr Schadenfall hat sich verzögert, weil der Gutachter erkrankt ist. Wir prüfen "
           "Ihren Schadenfall diese Woche mit dem Gutachter.",
     "Ihr Schadenfall hat sich verzögert, weil der Gutachter erkrankt ist. Diese Woche prüfe "
     "ich Ihren Schadenfall mit dem Gutachter."),
])
def test_a_clause_restates_the_draft_sentence_it_shares_most_with(lang, draft, rewrite):
    assert verdict(draft, rewrite, lang) == []


# "As long as" is a condition in every language: German "solange", French "tant que" (beside
# "as long as", "siempre que", "desde que"); the loan made without it is unconditional.
@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "We can lend you a spare router as long as stock lasts.",
     "As long as stock lasts, we can lend you a spare router.",
     "We can lend you a spare router."),
    ("es", "Podemos prestarle un router de repuesto siempre que haya existencias.",
     "Siempre que haya existencias, podemos prestarle un router de repuesto.",
     "Podemos prestarle un router de repuesto."),
    ("pt", "Podemos emprestar um roteador reserva desde que haja estoque.",
     "Desde que haja estoque, podemos emprestar um roteador reserva.",
     "Podemos emprestar um roteador reserva."),
    ("fr", "Nous pouvons vous prêter un routeur de secours tant que le stock le permet.",
     "Tant que le stock le permet, nous pouvons vous prêter un routeur de secours.",
     "Nous pouvons vous prêter un routeur de secours."),
    ("de", "Wir leihen Ihnen einen Ersatzrouter, solange der Vorrat reicht.",
     "Solange der Vorrat reicht, leihen wir Ihnen einen Ersatzrouter.",
     "Wir leihen Ihnen einen Ersatzrouter."),
])
def test_as_long_as_is_a_condition(lang, draft, kept, dropped):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:condition" in verdict(draft, dropped, lang)


# A condition in the sentence before reaches into the next one only when that sentence is not
# the draft's own conditional sentence said again: "once the part arrives, we fit it" keeps
# its "once" for itself, so the next sentence losing its "if stock allows" is caught.
@pytest.mark.parametrize("lang,draft,dropped", [
    ("en", "Once the part arrives, we will fit it within 3 days. Until then we can lend you a "
           "bike if stock allows.",
     "Once the part arrives, we will fit it within 3 days. Until then we lend you a bike."),
    ("es", "En cuanto llegue la pieza, la montaremos en 3 días. Hasta entonces podemos "
           "prestarle una bici si hay existencias.",
     "En cuanto llegue la pieza, la montaremos en 3 días. Hasta entonces le prestamos una "
     "bici."),
    ("pt", "Assim que a peça chegar, vamos montá-la em 3 dias. Até lá podemos emprestar uma "
           "bicicleta desde que haja estoque.",
     "Assim que a peça chegar, vamos montá-la em 3 dias. Até lá emprestamos uma bicicleta."),
    ("fr", "Dès que la pièce arrive, nous la montons sous 3 jours. D'ici là, nous pouvons vous "
           "prêter un vélo si le stock le permet.",
     "Dès que la pièce arrive, nous la montons sous 3 jours. D'ici là, nous pouvons vous "
     "prêter un vélo."),
    ("de", "Sobald das Teil eintrifft, bauen wir es innerhalb von 3 Tagen ein. Bis dahin können "
           "wir Ihnen ein Leihrad geben, solange der Vorrat reicht.",
     "Sobald das Teil eintrifft, bauen wir es innerhalb von 3 Tagen ein. Bis dahin geben wir "
     "Ihnen ein Leihrad."),
])
def test_a_condition_before_belongs_to_its_own_sentence(lang, draft, dropped):
    assert verdict(draft, draft, lang) == []
    assert "new_commitment:condition" in verdict(draft, dropped, lang)


# The vocabulary of a promise the draft makes in other words: a visit booked or a call by
# phone ("melden uns telefonisch", "agendamos a visita"), a deposit given back ("nous vous
# restituerons") and a cost "we cover" are the promises a rewrite may restate in its own.
@pytest.mark.parametrize("lang,draft,rewrite", [
    ("en", "Once the part arrives, we'll fit it and get in touch by phone.",
     "Once the part arrives, we'll fit it and call you."),
    ("es", "Hemos programado la visita del técnico para el martes.",
     "El técnico irá a su casa el martes."),
    ("pt", "Agendamos a visita técnica para terça-feira, sem custo.",
     "Um técnico vai até você na terça-feira, sem custo."),
    ("fr", "Dès réception du devis, nous vous restituerons le dépôt de garantie.",
     "Dès réception du devis, nous vous rembourserons le dépôt de garantie."),
    ("de", "Sobald der Akku eintrifft, bauen wir ihn ein und melden uns telefonisch bei Ihnen.",
     "Sobald der Akku eintrifft, baue ich ihn ein und rufe Sie an."),
    ("en", "Under the rail rules we cover the hotel and meals.",
     "The hotel and meals are covered under the rail rules."),
])
def test_a_promise_in_other_words_is_the_same_promise(lang, draft, rewrite):
    assert verdict(draft, rewrite, lang) == []


# A draft's hedge qualifies its own clause, up to a semicolon: "we refund the ticket; the bank
# normally takes 5 days" refunds firmly, so the refund said firmly in a sentence of its own
# keeps it; a hedge in the promise's own clause ("we may refund…") still stays on it.
@pytest.mark.parametrize("lang,draft,soft,rewrite", [
    ("en", "We will refund the ticket; the bank normally takes 5 days.",
     "We may refund the ticket; the bank takes 5 days.",
     "We will refund the ticket. The bank normally takes 5 days."),
    ("es", "Le reembolsaremos el billete; el banco normalmente tarda 5 días.",
     "Quizás le reembolsaremos el billete; el banco tarda 5 días.",
     "Le reembolsaremos el billete. El banco normalmente tarda 5 días."),
    ("pt", "Vamos reembolsar o bilhete; o banco normalmente leva 5 dias.",
     "Talvez vamos reembolsar o bilhete; o banco leva 5 dias.",
     "Vamos reembolsar o bilhete. O banco normalmente leva 5 dias."),
    ("fr", "Nous vous rembourserons le billet ; la banque met généralement 5 jours.",
     "Nous vous rembourserons peut-être le billet ; la banque met 5 jours.",
     "Nous vous rembourserons le billet. La banque met généralement 5 jours."),
    ("de", "Wir erstatten Ihnen das Ticket; die Bank braucht in der Regel 5 Tage.",
     "Wir erstatten Ihnen das Ticket vielleicht; die Bank braucht 5 Tage.",
     "Wir erstatten Ihnen das Ticket. Die Bank braucht in der Regel 5 Tage."),
])
def test_a_drafts_hedge_reaches_to_its_semicolon(lang, draft, soft, rewrite):
    assert verdict(draft, rewrite, lang) == []
    assert "new_commitment" in " ".join(verdict(soft, rewrite, lang))


# A condition said as "on request" or "if needed" ("auf Wunsch", "a petición", "sur demande",
# "a pedido") or with the German verb first ("Stellt sich heraus, dass…, heben wir…") is kept
# when the rewrite says it in other words.
@pytest.mark.parametrize("lang,draft,rewrite,dropped", [
    ("en", "If you like, we can switch your plan to the yearly one.",
     "On request, we can switch your plan to the yearly one.",
     "We are switching your plan to the yearly one."),
    ("es", "Si quiere, podemos pasar su plan al anual.",
     "A petición suya, podemos pasar su plan al anual.",
     "Pasamos su plan al anual."),
    ("pt", "Se quiser, podemos mudar o seu plano para o anual.",
     "A pedido seu, podemos mudar o seu plano para o anual.",
     "Mudamos o seu plano para o anual."),
    ("fr", "Si vous le souhaitez, nous pouvons passer votre forfait à l'annuel.",
     "Sur demande, nous pouvons passer votre forfait à l'annuel.",
     "Nous allons passer votre forfait à l'annuel."),
    ("de", "Wenn du magst, stellen wir dein Abo auf das Jahresabo um.",
     "Auf Wunsch stellen wir dein Abo auf das Jahresabo um.",
     "Wir stellen dein Abo auf das Jahresabo um."),
    ("de", "Falls sich herausstellt, dass es ein Fehler war, heben wir die Sperre auf.",
     "Stellt sich heraus, dass es ein Fehler war, heben wir die Sperre auf.",
     "Es war ein Fehler, also heben wir die Sperre auf."),
    # The verb first with an adverb, or "etwas", before its subject.
    ("de", "Sobald vorher ein Termin frei wird, melden wir uns bei Ihnen.",
     "Wird vorher ein Termin frei, melden wir uns bei Ihnen.",
     "Wir melden uns bei Ihnen mit einem früheren Termin."),
    ("de", "Wenn etwas fehlt, schicken wir dir die Teile kostenlos nach.",
     "Fehlt etwas, schicken wir dir die Teile kostenlos nach.",
     "Wir schicken dir die Teile kostenlos nach."),
    ("de", "Falls der Kurier trotzdem nicht kommt, erstatten wir Ihnen die Versandkosten.",
     "Kommt trotzdem kein Kurier, erstatten wir Ihnen die Versandkosten.",
     "Wir erstatten Ihnen die Versandkosten."),
])
def test_a_condition_in_other_words_is_kept(lang, draft, rewrite, dropped):
    assert verdict(draft, rewrite, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, lang))


# What the draft only expects, said to one person ("tu devrais le voir", "deberías verlo",
# "du könntest") or as "deve acontecer", and an estimate in the first person ("nous estimons"),
# stay soft; said as certain they are firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Tu devrais voir le remboursement sur ton compte sous 5 jours.",
     "Sous 5 jours, tu devrais voir le remboursement sur ton compte.",
     "Tu verras le remboursement sur ton compte sous 5 jours."),
    ("es", "Deberías ver el reembolso en tu cuenta en 5 días.",
     "En 5 días deberías ver el reembolso en tu cuenta.",
     "Verás el reembolso en tu cuenta en 5 días."),
    ("de", "Du könntest die Gutschrift in 5 Tagen auf deinem Konto sehen.",
     "In 5 Tagen könntest du die Gutschrift auf deinem Konto sehen.",
     "Du siehst die Gutschrift in 5 Tagen auf deinem Konto."),
    ("pt", "A entrega no seu endereço deve acontecer em 5 dias.",
     "Em 5 dias, a entrega no seu endereço deve acontecer.",
     "A entrega no seu endereço acontecerá em 5 dias."),
    ("fr", "La réparation est estimée à 300 €.",
     "Nous estimons la réparation à 300 €.",
     "La réparation coûtera 300 €."),
])
def test_an_expectation_said_to_one_person_stays_soft(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A review said as a noun or a passive ("the review is done within 48 hours", "a análise é
# feita", "l'examen est réalisé", German "das … überprüft" in a relative clause) promises the
# look, not the outcome: "the claim is approved within 48 hours" is firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "Send the vet's report and the review is done within 48 hours.",
     "Once you send the vet's report, the review is done within 48 hours.",
     "Send the vet's report and the surgery is approved within 48 hours."),
    ("es", "Envíe el informe del veterinario y la revisión se hace en 48 horas.",
     "Cuando envíe el informe del veterinario, la revisión se hace en 48 horas.",
     "Envíe el informe del veterinario y la cirugía queda aprobada en 48 horas."),
    ("pt", "Envie o laudo do veterinário e a análise é feita em até 48 horas.",
     "Depois de enviar o laudo do veterinário, a análise é feita em até 48 horas.",
     "Envie o laudo do veterinário e a cirurgia é liberada em até 48 horas."),
    ("fr", "Envoyez le rapport du vétérinaire et l'examen est réalisé sous 48 heures.",
     "Une fois le rapport du vétérinaire envoyé, l'examen est réalisé sous 48 heures.",
     "Envoyez le rapport du vétérinaire et l'opération est acceptée sous 48 heures."),
    ("de", "Wir haben Ihren Fall an das Team gegeben, das die Sperre manuell überprüft.",
     "Ihr Fall liegt beim Team, das die Sperre jetzt manuell überprüft.",
     "Wir haben Ihren Fall an das Team gegeben, das die Sperre manuell aufhebt."),
])
def test_a_review_said_as_a_noun_or_a_passive_promises_the_look(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# The noun for what the customer sent ("your claim", "su reclamación", "sua reclamação", "votre
# réclamation", "Ihre Anfrage") is no promise to look: a clause naming it and stating the
# draft's "may" as certain is still firmer, though a hedge elsewhere keeps the count.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "We may refund the excess on your claim. The assessor usually replies in 5 days.",
     "We refund the excess on your claim, and the assessor usually replies in 5 days."),
    ("es", "Podríamos reembolsarle la franquicia de su reclamación. El perito normalmente "
           "responde en 5 días.",
     "Le reembolsamos la franquicia de su reclamación, y el perito normalmente responde en 5 "
     "días."),
    ("pt", "Provavelmente reembolsamos a franquia da sua reclamação. O perito normalmente "
           "responde em 5 dias.",
     "Reembolsamos a franquia da sua reclamação, e o perito normalmente responde em 5 dias."),
    ("fr", "Nous pourrions rembourser la franchise de votre réclamation. L'expert répond "
           "normalement sous 5 jours.",
     "Nous allons rembourser la franchise de votre réclamation, et l'expert répond normalement "
     "sous 5 jours."),
    ("de", "Wir könnten die Selbstbeteiligung zu Ihrer Anfrage erstatten. Der Gutachter "
           "antwortet normalerweise in 5 Tagen.",
     "Wir erstatten die Selbstbeteiligung zu Ihrer Anfrage, und der Gutachter antwortet "
     "normalerweise in 5 Tagen."),
])
def test_the_customers_claim_named_is_no_promise_to_look(lang, draft, firmer):
    assert verdict(draft, draft, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A clause that still promises only to look is as soft as the draft, whatever words it looks
# with: "you can also request a callback" said again is no firmer promise of one.
@pytest.mark.parametrize("lang,text", [
    ("en", "Our line is busy today. You can also request a callback from an agent here."),
    ("es", "Hoy la línea está saturada. También puede pedir que un agente le devuelva la "
           "llamada aquí."),
    ("pt", "Hoje a linha está ocupada. Também pode pedir que um atendente retorne a ligação "
           "aqui."),
    ("fr", "La ligne est saturée aujourd'hui. Vous pouvez aussi demander qu'un conseiller vous "
           "rappelle ici."),
    ("de", "Die Leitung ist heute überlastet. Sie können hier auch einen Rückruf eines "
           "Beraters anfordern."),
])
def test_a_promise_to_look_said_again_is_as_soft(lang, text):
    assert verdict(text, text, lang) == []


# A deadline is the time it names, not its words: "right away" and "immediately" are one time,
# "shortly" is another, a later one; the same rewrite is the draft's promise said again when the
# draft says "right away", a new deadline when it only says "shortly".
@pytest.mark.parametrize("lang,draft,later,rewrite", [
    ("en", "We can lend you a courtesy car right away while the brakes are repaired.",
     "We can lend you a courtesy car shortly while the brakes are repaired.",
     "While the brakes are repaired, we can lend you a courtesy car immediately."),
    ("fr", "Nous pouvons vous prêter immédiatement un véhicule de courtoisie pendant la "
     "réparation des freins.",
     "Nous pouvons vous prêter sous peu un véhicule de courtoisie pendant la réparation des "
     "freins.",
     "Pendant la réparation des freins, un véhicule de courtoisie peut vous être prêté tout "
     "de suite."),
    ("es", "Podemos prestarle un coche de cortesía de inmediato mientras reparamos los frenos.",
     "Podemos prestarle un coche de cortesía en breve mientras reparamos los frenos.",
     "Mientras reparamos los frenos, le prestamos un coche de cortesía enseguida."),
    ("pt", "Podemos emprestar um carro de cortesia imediatamente enquanto consertamos os freios.",
     "Podemos emprestar um carro de cortesia em breve enquanto consertamos os freios.",
     "Enquanto consertamos os freios, emprestamos um carro de cortesia de imediato."),
    ("de", "Wir können Ihnen sofort einen Leihwagen geben, solange die Bremsen repariert werden.",
     "Wir können Ihnen in Kürze einen Leihwagen geben, solange die Bremsen repariert werden.",
     "Solange die Bremsen repariert werden, geben wir Ihnen umgehend einen Leihwagen."),
])
def test_a_deadline_is_the_time_it_names(lang, draft, later, rewrite):
    assert verdict(draft, rewrite, lang) == []
    assert "new_commitment:deadline" in verdict(later, rewrite, lang)


# A date the draft gives, said again about the same thing as a deadline ("the waiting period
# ends on 12 March" → "runs until 12 March"), is the draft's own time; the same date put on
# something the draft does not time ("the surgery is authorised by 12 March") is a new deadline.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("pt", "No plano Essencial, a carência para cirurgias termina em 12 de março.",
     "A carência do plano Essencial para cirurgias vai até 12 de março.",
     "Respondemos ao seu pedido de reembolso até 12 de março."),
    ("es", "Tiene que enviarnos el formulario de la garantía el 12 de marzo como muy tarde.",
     "Envíenos el formulario de la garantía antes del 12 de marzo.",
     "Le respondemos sobre el reembolso antes del 12 de marzo."),
])
def test_a_date_the_draft_gives_is_its_own_deadline(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:deadline" in verdict(draft, new, lang)


# Thanking the customer for what they did says when they did it, not when we will: "thank you
# for reporting this straight away" sets no deadline; the same time on what we do does.
@pytest.mark.parametrize("lang,draft,thanks,promised", [
    ("en", "I have blocked your card and ordered a replacement.",
     "Thank you for reporting this straight away. I have blocked your card and ordered a "
     "replacement.",
     "I have blocked your card and will order a replacement straight away."),
    ("es", "He bloqueado su tarjeta y he pedido una nueva.",
     "Gracias por avisarnos de inmediato. He bloqueado su tarjeta y he pedido una nueva.",
     "He bloqueado su tarjeta y pediré una nueva de inmediato."),
    ("de", "Ich habe Ihre Karte gesperrt und eine neue bestellt.",
     "Vielen Dank für Ihre sofortige Meldung. Ich habe Ihre Karte gesperrt und eine neue "
     "bestellt.",
     "Ich habe Ihre Karte gesperrt und bestelle sofort eine neue."),
    ("fr", "J'ai bloqué votre carte et commandé une nouvelle carte.",
     "Merci de nous avoir prévenus tout de suite. J'ai bloqué votre carte et commandé une "
     "nouvelle carte.",
     "J'ai bloqué votre carte et je commande tout de suite une nouvelle carte."),
    ("pt", "Bloqueei o seu cartão e pedi um novo.",
     "Obrigado por nos avisar imediatamente. Bloqueei o seu cartão e pedi um novo.",
     "Bloqueei o seu cartão e vou pedir um novo imediatamente."),
])
def test_thanks_for_what_the_customer_did_sets_no_deadline(lang, draft, thanks, promised):
    assert verdict(draft, thanks, lang) == []
    assert "new_commitment:deadline" in verdict(draft, promised, lang)


# Thanking the customer for what they reported names the thing, it states nothing about it:
# "thank you for reporting the 80 € charge" keeps the draft's "we will review the 80 € charge"
# a promise to look; "thank you for reporting it, the 80 € charge is reversed" does not.
@pytest.mark.parametrize("lang,draft,thanks,firmer", [
    ("en", "We will review the 80 € charge with the merchant.",
     "Thank you for reporting the 80 € charge from the merchant. We will review it with them.",
     "Thank you for reporting it, the 80 € charge with the merchant is reversed."),
    ("es", "Revisaremos el cargo de 80 € con el comercio.",
     "Gracias por avisarnos del cargo de 80 € del comercio. Lo revisaremos con ellos.",
     "Gracias por avisarnos. Anularemos el cargo de 80 € con el comercio."),
    ("fr", "Nous allons examiner le débit de 80 € avec le commerçant.",
     "Merci de nous avoir signalé le débit de 80 € du commerçant. Nous allons l'examiner avec "
     "lui.",
     "Merci de nous avoir prévenus. Nous annulons le débit de 80 € avec le commerçant."),
])
def test_thanks_for_what_was_reported_states_nothing(lang, draft, thanks, firmer):
    assert verdict(draft, thanks, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A hope is a hedge in every language, as "we hope to" is in English: "nous espérons publier
# le correctif lundi" told as "le correctif sera publié lundi" is firmer; the hope kept in other
# words ("espérons-le", "hoffentlich", "esperamos que") is as soft.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("fr", "Nous espérons publier le correctif lundi.",
     "Le correctif, nous espérons le publier lundi.",
     "Le correctif sera publié lundi."),
    ("es", "Esperamos poder publicar el parche el lunes.",
     "Esperamos que el parche se publique el lunes.",
     "Publicaremos el parche el lunes."),
    ("pt", "Esperamos poder publicar a correção na segunda-feira.",
     "Esperamos que a correção seja publicada na segunda-feira.",
     "Vamos publicar a correção na segunda-feira."),
    ("de", "Wir hoffen, den Patch am Montag zu veröffentlichen.",
     "Den Patch veröffentlichen wir hoffentlich am Montag.",
     "Wir veröffentlichen den Patch am Montag."),
])
def test_a_hope_is_a_hedge(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# Telling the customer when something happens is a promise too: "we'll let you know", "je vous
# préviens", "você recebe um SMS", "wir melden uns", "te avisamos". A rewrite that adds one
# where the draft makes none is caught; one the draft already makes, said again in other
# words, is the draft's own.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "The part is on back order. We will let you know as soon as it arrives at our "
           "workshop.",
     "The part is on back order; as soon as it reaches our workshop, we'll tell you.",
     "The part is on back order at our workshop, and I'll keep you posted on its progress."),
    ("es", "La pieza está agotada. Te avisaremos en cuanto llegue a nuestro taller.",
     "La pieza está agotada; en cuanto llegue a nuestro taller, te avisamos.",
     "La pieza está agotada en nuestro taller, y te mantendremos informado de cada novedad."),
    ("pt", "A peça está esgotada. Avisaremos você assim que ela chegar à nossa oficina.",
     "A peça está esgotada; assim que chegar à nossa oficina, você recebe um aviso nosso.",
     "A peça está esgotada na nossa oficina, e você recebe um SMS a cada novidade."),
    ("de", "Das Bauteil ist nicht vorrätig. Wir melden uns, sobald es in unserer Werkstatt "
           "eintrifft.",
     "Das Bauteil ist nicht vorrätig; sobald es in unserer Werkstatt eintrifft, geben wir "
     "Ihnen Bescheid.",
     "Das Bauteil ist in unserer Werkstatt nicht vorrätig, und wir halten Sie auf dem "
     "Laufenden."),
    ("fr", "La pièce est en rupture de stock. Nous vous préviendrons dès qu'elle arrivera à "
           "notre atelier.",
     "La pièce est en rupture de stock ; dès son arrivée à notre atelier, je vous préviens.",
     "La pièce est en rupture de stock à notre atelier, et je vous tiens informé de chaque "
     "étape."),
])
def test_telling_the_customer_when_something_happens_is_a_promise(lang, draft, same, new):
    bare = draft.split(". ")[0] + "."
    assert verdict(draft, same, lang) == []
    assert "new_commitment:notification" in verdict(bare, new, lang)


# A guarantee vouches for the promise of its own clause or the one it introduces: beside the
# draft's own "we'll let you know", a "this won't happen again" added in a later clause
# vouches for nothing the draft promised, and is a new guarantee.
@pytest.mark.parametrize("lang,draft,new", [
    ("en", "I have asked billing for an exception. I will let you know their decision by Friday.",
     "I have asked billing for an exception. I'll let you know their decision by Friday, and "
     "I've switched off auto-renewal so this won't happen again."),
    ("fr", "J'ai demandé une exception au service facturation. Je vous informerai de sa décision "
           "vendredi.",
     "J'ai demandé une exception au service facturation. Je vous informerai de sa décision "
     "vendredi, et j'ai désactivé le renouvellement : cela ne se reproduira plus."),
    ("de", "Ich habe die Buchhaltung um eine Ausnahme gebeten. Ich melde mich mit ihrer "
           "Entscheidung am Freitag.",
     "Ich habe die Buchhaltung um eine Ausnahme gebeten. Ich melde mich mit ihrer Entscheidung "
     "am Freitag, und ich habe die Verlängerung abgeschaltet, das wird nicht wieder vorkommen."),
])
def test_a_guarantee_vouches_only_for_the_promise_it_stands_by(lang, draft, new):
    assert verdict(draft, draft, lang) == []
    assert "new_commitment:guarantee" in verdict(draft, new, lang)


# What the customer (or someone on their side) has to do is theirs, not a promise of ours,
# whatever its words: "your admin needs to upload the new one" promises no replacement. The
# same words with us acting are a promise.
@pytest.mark.parametrize("lang,draft,theirs,ours", [
    ("en", "The certificate expired on Monday. Your admin must install the updated certificate.",
     "The certificate expired on Monday, so your admin needs to upload the new one.",
     "The certificate expired on Monday, so we will send you a new one."),
    ("es", "El certificado caducó el lunes. Su administrador debe instalar el certificado "
           "actualizado.",
     "El certificado caducó el lunes, así que usted tiene que instalar uno nuevo.",
     "El certificado caducó el lunes, así que le enviaremos uno nuevo."),
    ("pt", "O certificado expirou na segunda-feira. O administrador deve instalar o certificado "
           "atualizado.",
     "O certificado expirou na segunda-feira, então você precisa instalar um novo.",
     "O certificado expirou na segunda-feira, então vamos enviar um novo para você."),
    ("de", "Das Zertifikat ist am Montag abgelaufen. Ihr Admin muss das aktualisierte Zertifikat "
           "installieren.",
     "Das Zertifikat ist am Montag abgelaufen, Sie müssen ein neues Exemplar installieren.",
     "Das Zertifikat ist am Montag abgelaufen, wir schicken Ihnen ein neues Exemplar."),
    ("fr", "Le certificat a expiré lundi. Votre administrateur doit installer le certificat à "
           "jour.",
     "Le certificat a expiré lundi, et vous devez installer le certificat de remplacement.",
     "Le certificat a expiré lundi, et nous vous envoyons un certificat de remplacement."),
])
def test_what_the_customer_has_to_do_is_no_promise(lang, draft, theirs, ours):
    assert verdict(draft, theirs, lang) == []
    assert "new_commitment:replacement" in verdict(draft, ours, lang)


# A time between two things that happened ("one day before the renewal", "in the 7 days since
# you wrote") sets no deadline; a time by which something will happen does.
@pytest.mark.parametrize("lang,draft,between,deadline", [
    ("en", "The renewal went through on Friday, after your cancellation request.",
     "Your cancellation request came in 2 days before the renewal went through on Friday.",
     "The renewal went through on Friday; we will reverse it in 2 days."),
    ("es", "La renovación se cobró el viernes, después de su solicitud de baja.",
     "Su solicitud de baja llegó 2 días antes de que se cobrara la renovación el viernes, y "
     "en los 2 días desde entonces no ha recibido respuesta.",
     "La renovación se cobró el viernes; la anularemos en 2 días."),
    ("de", "Die Verlängerung wurde am Freitag gebucht, nach Ihrer Kündigung.",
     "Ihre Kündigung kam an, und in den 2 Tagen seit der Buchung am Freitag haben Sie nichts "
     "gehört.",
     "Die Verlängerung wurde am Freitag gebucht; wir stornieren sie in 2 Tagen."),
    ("fr", "Le renouvellement a été débité vendredi, après votre demande de résiliation.",
     "Votre demande de résiliation est arrivée, et dans les 2 jours depuis le débit de "
     "vendredi, personne ne vous a répondu.",
     "Le renouvellement a été débité vendredi ; nous l'annulerons dans 2 jours."),
    ("pt", "A renovação foi cobrada na sexta-feira, depois do seu pedido de cancelamento.",
     "O seu pedido de cancelamento chegou, e nos 2 dias desde a cobrança de sexta-feira "
     "ninguém respondeu.",
     "A renovação foi cobrada na sexta-feira; vamos estorná-la em 2 dias."),
])
def test_a_time_between_two_events_is_no_deadline(lang, draft, between, deadline):
    assert "new_commitment:deadline" not in verdict(draft, between, lang)
    assert "new_commitment:deadline" in verdict(draft, deadline, lang)


# An escalation is something we do; said of the situation ("this is urgent", "weil es
# dringend ist") the same word describes it and escalates nothing.
@pytest.mark.parametrize("lang,draft,state,ours", [
    ("en", "Your admin must upload the certificate before Monday.",
     "This is urgent: your admin must upload the certificate before Monday.",
     "I have marked this as urgent. Your admin must upload the certificate before Monday."),
    ("es", "Su administrador debe subir el certificado antes del lunes.",
     "Es urgente: su administrador debe subir el certificado antes del lunes.",
     "He marcado su caso como urgente. Su administrador debe subir el certificado antes del "
     "lunes."),
    ("de", "Ihr Admin muss das Zertifikat vor Montag hochladen.",
     "Weil es dringend ist, muss Ihr Admin das Zertifikat vor Montag hochladen.",
     "Ich habe Ihren Fall dringend weitergegeben. Ihr Admin muss das Zertifikat vor Montag "
     "hochladen."),
    ("fr", "Votre administrateur doit charger le certificat avant lundi.",
     "C'est urgent : votre administrateur doit charger le certificat avant lundi.",
     "J'ai traité votre dossier en priorité. Votre administrateur doit charger le certificat "
     "avant lundi."),
    ("pt", "O seu administrador deve enviar o certificado antes de segunda-feira.",
     "É urgente: o seu administrador deve enviar o certificado antes de segunda-feira.",
     "Marquei o seu caso como urgente. O seu administrador deve enviar o certificado antes de "
     "segunda-feira."),
])
def test_an_escalation_word_said_of_the_situation_escalates_nothing(lang, draft, state, ours):
    assert verdict(draft, state, lang) == []
    assert "new_commitment:escalation" in verdict(draft, ours, lang)


# Something we will do is a commitment even in words no category knows: "I'll put your case to
# the governors myself" beside a draft that says nothing of it is new. The draft's own action
# said again ("nous ouvrirons alors une réclamation"), or the reply saying how it will tell
# ("I'll explain what happened", "vou ser clara"), is not.
@pytest.mark.parametrize("lang,draft,same,telling,new", [
    ("en", "The deposit cannot be returned. If the tracking has not moved by Friday, reply and "
           "we will open a claim with the courier.",
     "The deposit cannot be returned. No movement on the tracking by Friday? Reply, and we'll "
     "open a claim with the courier then.",
     "I'll explain what happened. The deposit cannot be returned. If the tracking has not "
     "moved by Friday, reply and we will open a claim with the courier.",
     "The deposit cannot be returned. If the tracking has not moved by Friday, reply and we "
     "will open a claim with the courier, and I'll put your case to the governors myself."),
    ("es", "El depósito no se puede devolver. Si el seguimiento no avanza antes del viernes, "
           "responda y abriremos una reclamación con la mensajería.",
     "El depósito no se puede devolver. ¿El seguimiento no avanza antes del viernes? Responda "
     "y abriremos entonces una reclamación con la mensajería.",
     "Le voy a explicar lo ocurrido. El depósito no se puede devolver. Si el seguimiento no "
     "avanza antes del viernes, responda y abriremos una reclamación con la mensajería.",
     "El depósito no se puede devolver. Si el seguimiento no avanza antes del viernes, "
     "responda y abriremos una reclamación con la mensajería; además, revisaré personalmente "
     "su expediente con la dirección."),
    ("de", "Die Kaution kann nicht erstattet werden. Wenn sich die Sendung bis Freitag nicht "
           "bewegt, antworten Sie, und wir werden einen Nachforschungsantrag beim Kurier "
           "stellen.",
     "Die Kaution kann nicht erstattet werden. Bewegt sich die Sendung bis Freitag nicht? "
     "Antworten Sie, und wir werden dann einen Nachforschungsantrag beim Kurier stellen.",
     "Ich werde Ihnen erklären, was passiert ist. Die Kaution kann nicht erstattet werden. "
     "Wenn sich die Sendung bis Freitag nicht bewegt, antworten Sie, und wir werden einen "
     "Nachforschungsantrag beim Kurier stellen.",
     "Die Kaution kann nicht erstattet werden. Wenn sich die Sendung bis Freitag nicht "
     "bewegt, antworten Sie, und wir werden einen Nachforschungsantrag beim Kurier stellen; "
     "außerdem werde ich Ihren Fall persönlich der Geschäftsführung vorlegen."),
    ("fr", "La caution ne peut pas être rendue. Si le suivi n'a pas bougé d'ici vendredi, "
           "répondez-nous et nous ouvrirons une réclamation auprès du transporteur.",
     "La caution ne peut pas être rendue. Rien ne bouge d'ici vendredi ? Répondez-nous. Nous "
     "ouvrirons alors une réclamation auprès du transporteur.",
     "Je vais être transparente sur ce qui s'est passé. La caution ne peut pas être rendue. "
     "Si le suivi n'a pas bougé d'ici vendredi, répondez-nous et nous ouvrirons une "
     "réclamation auprès du transporteur.",
     "La caution ne peut pas être rendue. Si le suivi n'a pas bougé d'ici vendredi, "
     "répondez-nous et nous ouvrirons une réclamation auprès du transporteur ; je vérifierai "
     "personnellement votre dossier avec la direction."),
    ("pt", "A caução não pode ser devolvida. Se o rastreio não avançar até sexta-feira, "
           "responda e abriremos uma reclamação com a transportadora.",
     "A caução não pode ser devolvida. O rastreio não avançou até sexta-feira? Responda, e "
     "então abriremos uma reclamação com a transportadora.",
     "Vou ser clara sobre o que aconteceu. A caução não pode ser devolvida. Se o rastreio não "
     "avançar até sexta-feira, responda e abriremos uma reclamação com a transportadora.",
     "A caução não pode ser devolvida. Se o rastreio não avançar até sexta-feira, responda e "
     "abriremos uma reclamação com a transportadora; além disso, levarei pessoalmente o seu "
     "processo à diretoria."),
])
def test_something_we_will_do_is_a_commitment_in_any_words(lang, draft, same, telling, new):
    assert "new_commitment:action" not in verdict(draft, same, lang)
    assert "new_commitment:action" not in verdict(draft, telling, lang)
    # A file taken to the board is read as what it is, an escalation, where the words say so.
    assert {"new_commitment:action", "new_commitment:escalation"} & set(verdict(draft, new, lang))


# A "no" inside a condition says what the promise waits for, it refuses nothing: "if the new
# date doesn't suit you, you can have a refund" offers the refund, kept or moved; the same
# condition on a refund the draft never offers is a new one.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "Your tickets stay valid for the new date. If the new date doesn't suit you, you can "
     "request a refund until Friday.",
     "Your tickets are still valid for the new date. You can ask for a refund until Friday if "
     "the new date doesn't work for you.",
     "Your tickets stay valid for the new date. If the new date doesn't suit you, we'll give "
     "you a refund."),
    ("fr", "Vos billets restent valables. Si la nouvelle date ne vous convient pas, vous pouvez "
     "demander le remboursement des billets jusqu'à vendredi.",
     "Vos billets restent valables. Vous pouvez demander le remboursement des billets jusqu'à "
     "vendredi si la nouvelle date ne vous convient pas.",
     "Vos billets restent valables. Si la nouvelle date ne vous convient pas, nous vous "
     "accordons le remboursement des billets."),
    ("de", "Ihre Karten bleiben gültig. Wenn Ihnen der neue Termin nicht passt, können Sie bis "
     "Freitag eine Erstattung beantragen.",
     "Ihre Karten bleiben gültig. Sie können bis Freitag eine Erstattung beantragen, wenn Ihnen "
     "der neue Termin nicht passt.",
     "Ihre Karten bleiben gültig. Wenn Ihnen der neue Termin nicht passt, bekommen Sie eine "
     "Erstattung."),
])
def test_a_no_inside_a_condition_refuses_nothing(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    bare = draft.split(". ")[0] + "."
    assert "new_commitment:refund" in verdict(bare, new, lang)


# A noun spelled like a promise verb promises nothing: "o aviso" is the warning (not "I notify
# him"), "las escaleras" the stairs, "el abono" the season ticket, "sag mir Bescheid" asks the
# customer to tell us. The verb itself, beside a draft that says nothing of it, is a new one.
@pytest.mark.parametrize("lang,draft,noun,verb,category", [
    ("pt", "A saída foi cancelada por causa do vento forte.",
     "A saída foi cancelada: com o aviso de vento forte em vigor, não há como sair.",
     "A saída foi cancelada por causa do vento forte, e eu o avisarei da nova data.",
     "notification"),
    ("es", "Tras la operación, la recuperación suele llevar dos semanas.",
     "Tras la operación, subir escaleras puede costar; la recuperación suele llevar dos "
     "semanas.",
     "Tras la operación, la recuperación suele llevar dos semanas; escalaré su caso al "
     "cirujano jefe.",
     "escalation"),
    ("es", "El cargo duplicado ya está anulado.",
     "El cargo duplicado del abono en tu tarjeta de transporte ya está anulado.",
     "El cargo duplicado ya está anulado y te abonaremos la cuota de junio.",
     "credit"),
    ("de", "Wir drucken die Teile in PLA, wenn du dich bis Freitag nicht meldest.",
     "Sag mir bis Freitag Bescheid, sonst drucken wir die Teile in PLA.",
     "Wir drucken die Teile in PLA; ich gebe dir Bescheid, sobald sie fertig sind.",
     "notification"),
])
def test_a_noun_spelled_like_a_promise_promises_nothing(lang, draft, noun, verb, category):
    assert f"new_commitment:{category}" not in verdict(draft, noun, lang)
    assert f"new_commitment:{category}" in verdict(draft, verb, lang)


# Promises in words the categories had not known: a fee waived ("erlasse ich Ihnen", "sem
# cobrança", "je vous offre"), a guarantee said with a "no" ("so this can't happen again",
# "nicht noch einmal passiert"), money returned ("devolvemos os seus 30 €", "se la devolvemos"),
# a thing replaced ("ersetzen wir Ihnen"), a loan car. Said where the draft makes the promise
# they are the same one; where it does not, a new one.
@pytest.mark.parametrize("lang,draft,same,bare,new,category", [
    ("de", "Die Umbuchungsgebühr von 45 € erlassen wir Ihnen.",
     "Die Gebühr von 45 € für die Umbuchung erlasse ich Ihnen.",
     "Die Umbuchung ist bis Freitag möglich.",
     "Die Umbuchung ist bis Freitag möglich, und die Gebühr erlasse ich Ihnen.", "credit"),
    ("pt", "A religação é feita sem cobrança de taxa.",
     "Fazemos a religação sem cobrança de taxa.",
     "A religação será feita hoje.",
     "A religação será feita hoje, sem cobrança de taxa.", "credit"),
    ("fr", "Pour le retard, nous vous offrons deux places pour le concert.",
     "Je vous offre deux places pour le concert, pour le retard.",
     "Le concert aura lieu samedi.",
     "Le concert aura lieu samedi, et je vous offre deux places.", "credit"),
    ("en", "We have removed the charge and fixed the setting so this can't happen again.",
     "I've removed the charge and fixed the setting, so this can't happen again.",
     "We have removed the charge.",
     "We have removed the charge and noted your account so this can't happen again.",
     "guarantee"),
    ("de", "Wir haben die Gebühr storniert.",
     "Ich habe die Gebühr storniert.",
     "Wir haben die Gebühr storniert.",
     "Ich habe die Gebühr storniert, damit Ihnen das nicht noch einmal passiert.",
     "guarantee"),
    ("es", "Hemos anulado el cargo.",
     "Ya he anulado el cargo.",
     "Hemos anulado el cargo.",
     "Hemos anulado el cargo y no volverás a ver ningún cargo nuestro.", "guarantee"),
    ("pt", "Se a caixa não chegar até sexta, devolvemos os seus R$ 34,90.",
     "Devolvemos os seus R$ 34,90 se a caixa não chegar até sexta.",
     "A caixa deve chegar até sexta.",
     "A caixa deve chegar até sexta; se não chegar, devolvemos os seus R$ 34,90.", "refund"),
    ("es", "Si ninguna fecha le viene bien, podemos devolvérsela íntegra.",
     "Si ninguna fecha le viene bien, se la devolvemos íntegra.",
     "Su señal sigue siendo válida para la nueva fecha.",
     "Su señal sigue siendo válida; si lo prefiere, se la devolvemos íntegra.", "refund"),
    ("de", "Den verlorenen Urlaubstag ersetzen wir Ihnen leider nicht, das Gerät aber schon.",
     "Das Gerät ersetzen wir Ihnen.",
     "Der Techniker kommt am Dienstag.",
     "Der Techniker kommt am Dienstag, und den verlorenen Urlaubstag ersetzen wir Ihnen.",
     "replacement"),
    ("fr", "Pendant la réparation, un véhicule de prêt vous est réservé.",
     "Un véhicule de prêt vous attend pendant la réparation.",
     "La réparation prend deux jours.",
     "La réparation prend deux jours, et un véhicule de prêt vous est réservé.",
     "replacement"),
])
def test_a_promise_in_words_the_categories_had_not_known(lang, draft, same, bare, new,
                                                        category):
    assert f"new_commitment:{category}" not in verdict(draft, same, lang)
    assert f"new_commitment:{category}" in verdict(bare, new, lang)


# "Wie dringend", "quão urgente": a degree word before an escalation word says how things are.
@pytest.mark.parametrize("lang,draft,state,ours", [
    ("de", "Der Techniker kommt am Dienstag.",
     "Ich verstehe, wie dringend das ist. Der Techniker kommt am Dienstag.",
     "Ich habe Ihren Fall dringend weitergegeben. Der Techniker kommt am Dienstag."),
    ("pt", "O técnico vai na terça-feira.",
     "Entendo o quão urgente isto é. O técnico vai na terça-feira.",
     "Marquei o seu caso como urgente. O técnico vai na terça-feira."),
])
def test_how_urgent_it_is_escalates_nothing(lang, draft, state, ours):
    assert verdict(draft, state, lang) == []
    assert "new_commitment:escalation" in verdict(draft, ours, lang)


# "In a maximum of 7 days" sets a time as "within 7 days" does.
@pytest.mark.parametrize("lang,draft,new", [
    ("es", "El cargo ya está anulado.",
     "El cargo ya está anulado y verás el dinero en un máximo de 7 días hábiles."),
    ("pt", "A cobrança já foi anulada.",
     "A cobrança já foi anulada e o valor volta em no máximo 7 dias úteis."),
    ("en", "The charge has been cancelled.",
     "The charge has been cancelled and the money will be back within a maximum of 7 days."),
])
def test_a_maximum_time_is_a_deadline(lang, draft, new):
    assert "new_commitment:deadline" in verdict(draft, new, lang)


# A hedge inside a reason clause hedges the reason, not the promise beside it: "since the text
# may not have reached you, we'll waive the fee" waives it firmly, so said of a fee the draft
# only may waive it is firmer.
@pytest.mark.parametrize("lang,firm,kept,maybe", [
    ("en", "Since the text may not have reached you, we'll waive the fee.",
     "We'll waive the fee, since the text may not have reached you.",
     "We may waive the fee, since the text may not have reached you."),
    ("de", "Da die SMS Sie möglicherweise nicht erreicht hat, erlassen wir Ihnen die Gebühr.",
     "Wir erlassen Ihnen die Gebühr, da die SMS Sie möglicherweise nicht erreicht hat.",
     "Möglicherweise erlassen wir Ihnen die Gebühr, da die SMS Sie vielleicht nicht erreicht "
     "hat."),
])
def test_a_hedge_in_a_reason_leaves_the_promise_firm(lang, firm, kept, maybe):
    assert verdict(firm, kept, lang) == []
    assert "new_commitment:credit" in verdict(maybe, firm, lang)


# "I wish I could send the money back" says what we cannot do: beside the draft's "no" it is no
# refund. A refund in the next clause ("I wish I could do more, but we'll refund you") still is.
@pytest.mark.parametrize("lang,draft,wish,new", [
    ("en", "We can't refund pledges ourselves; the creator holds the funds.",
     "I wish I could send the money back, but we can't refund pledges ourselves; the creator "
     "holds the funds.",
     "I wish I could do more, and we will refund you the pledge."),
    ("es", "No podemos reembolsar las aportaciones; el dinero lo tiene el creador.",
     "Ojalá pudiera devolverle el dinero, pero no podemos reembolsar las aportaciones; el "
     "dinero lo tiene el creador.",
     "Ojalá pudiera hacer más, y le devolveremos el dinero."),
    ("fr", "Nous ne pouvons pas rembourser les contributions ; le créateur détient les fonds.",
     "J'aimerais pouvoir vous rendre votre argent, mais nous ne pouvons pas rembourser les "
     "contributions ; le créateur détient les fonds.",
     "J'aimerais pouvoir faire plus, et nous allons vous rembourser la contribution."),
])
def test_a_wish_we_could_is_no_promise(lang, draft, wish, new):
    assert verdict(draft, wish, lang) == []
    assert "new_commitment:refund" in verdict(draft, new, lang)


# "The first free slot" is an available one, no gift; "a free visit" still is a credit.
def test_a_free_slot_is_an_available_one():
    draft = "The earliest appointment is Tuesday between 8 and 12."
    assert verdict(draft, "The first free slot is Tuesday, 8 to 12.", "en") == []
    assert "new_commitment:credit" in verdict(
        draft, "The earliest appointment is Tuesday between 8 and 12, and the visit is free.",
        "en")


# A person who is free is available ("he's free", "I'm free", "the slot she has free"): no
# gift. A thing that is free ("the visit is free", "they're free", "you have free delivery")
# still is a credit, beside the person's free time too.
@pytest.mark.parametrize("available", [
    "The first slot he has free is Friday at 9 am.",
    "The earliest he's free is Friday at 9 am.",
    "I'm free on Friday at 9 am, so I'll come back then.",
    "She will be free on Friday at 9 am to come back.",
])
def test_a_person_who_is_free_is_available(available):
    assert verdict("Our technician can come back on Friday at 9 am.", available, "en") == []


@pytest.mark.parametrize("gift", [
    "He's free on Friday at 9 am, and the visit is free.",
    "The first slot he has free is Friday at 9 am, and it's free.",
    "He can come back on Friday at 9 am; you have free delivery on the parts.",
    "He can come back on Friday at 9 am, and they're free.",
    "I'm free on Friday at 9 am and will come back free of charge.",
])
def test_a_free_thing_beside_a_free_person_is_still_a_credit(gift):
    assert "new_commitment:credit" in verdict(
        "Our technician can come back on Friday at 9 am.", gift, "en")


# The customer's wish in the subjunctive ("entiendo que quieras zanjarlo cuanto antes") is
# theirs, as "quieres" is: no deadline of ours. Said as ours, it is one.
def test_a_wish_in_the_subjunctive_is_theirs():
    draft = "Te devolvemos la fianza cuando recibamos el martillo."
    assert "new_commitment:deadline" not in verdict(
        draft, "Entiendo que quieras zanjarlo cuanto antes. Te devolvemos la fianza cuando "
        "recibamos el martillo.", "es")
    assert "new_commitment:deadline" in verdict(
        draft, "Lo zanjaremos cuanto antes. Te devolvemos la fianza cuando recibamos el "
        "martillo.", "es")


# The customer's wish governs its whole clause: far before the promise words ("you were hoping
# to have the charge reversed quickly"), or, German putting the verb last, after them ("dass
# Sie Ihr Geld zurück möchten"). A subject of ours between ("…, so I'll refund you", "you need
# it I can replace it") or the wish in a clause of its own ("wie Sie es möchten") leaves our
# promise ours.
@pytest.mark.parametrize("lang,draft,wish,ours", [
    ("en", "We cannot refund the ticket.",
     "I know you were hoping to have this charge reversed quickly, but we cannot refund the "
     "ticket.",
     "I know you want it back quickly, so I'll refund the ticket."),
    ("en", "Your plan is active. The link to your plan is below.",
     "Your plan is active, and the link below is there whenever you need it.",
     "Your plan is active, and the link below is there whenever you need it I can replace "
     "your card."),
    ("de", "Eine Erstattung ist leider nicht möglich.",
     "Ich kann gut verstehen, dass du dein Geld sofort zurückhaben willst. Eine Erstattung ist "
     "leider nicht möglich.",
     "Wir geben Ihnen Ihr Geld zurück, wie Sie es möchten."),
    ("de", "Eine Erstattung ist leider nicht möglich.",
     "Ich verstehe, dass Sie Ihr Geld zurück möchten. Eine Erstattung ist leider nicht möglich.",
     "Da Sie Ihr Geld zurück möchten, erstatten wir Ihnen den Betrag."),
    ("pt", "Não podemos fazer o reembolso.",
     "Entendo que você queira o seu dinheiro de volta o quanto antes, mas não podemos fazer o "
     "reembolso.",
     "Como você quer o dinheiro de volta o quanto antes, vamos fazer o reembolso."),
])
def test_a_wish_governs_its_whole_clause(lang, draft, wish, ours):
    assert verdict(draft, wish, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, ours, lang))


# Saying how the reply will tell things ("let me set out what happens if it rains", "vou
# direto às condições") is no act of ours; an act the draft never names still is one.
@pytest.mark.parametrize("lang,draft,telling,new", [
    ("en", "If it rains on the day, we will move the ceremony into the Orangery.",
     "Let me set out what happens if the weather turns. If it rains on the day, we will move "
     "the ceremony into the Orangery.",
     "Let me book a string quartet for the reception. If it rains on the day, we will move the "
     "ceremony into the Orangery."),
    ("pt", "A data pode ser alterada uma vez, sem custo, se o pedido chegar até dezembro.",
     "Vou direto às condições: a data pode ser alterada uma vez, sem custo, se o pedido chegar "
     "até dezembro.",
     "Vou reservar o salão principal para a recepção: a data pode ser alterada uma vez, sem "
     "custo, se o pedido chegar até dezembro."),
])
def test_saying_how_the_reply_tells_is_no_act(lang, draft, telling, new):
    assert verdict(draft, telling, lang) == []
    assert "new_commitment:action" in verdict(draft, new, lang)


# A condition that is only the customer's wish ("if you need the paper copy, …") may go where
# the rewrite still offers the thing ("we can post you the paper copy"); a condition on what
# must happen first ("if the photos show damage") may not.
@pytest.mark.parametrize("lang,wish,offered,condition,dropped", [
    ("en", "If you need the paper copy, we'll post it to you free of charge.",
     "We can post you the paper copy free of charge.",
     "If the photos show damage, we'll post you a new kettle free of charge.",
     "We can post you a new kettle free of charge."),
    ("es", "Si necesita la copia en papel, se la enviamos sin coste.",
     "La copia en papel podemos enviársela sin coste.",
     "Si las fotos muestran el daño, le enviamos una cafetera nueva sin coste.",
     "Podemos enviarle una cafetera nueva sin coste."),
])
def test_a_wish_as_condition_may_go_where_the_rewrite_still_offers(lang, wish, offered,
                                                                  condition, dropped):
    assert verdict(wish, offered, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(condition, dropped, lang))


# A hedge is its verb in any person: "el técnico intentará", "they'll try", "solemos",
# "costumamos", "essaiera", "versucht der Monteur" hedge as "we'll try" and "suele" do; the
# same sentence said without them is a firmer promise.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Si la avería sigue, el técnico intentará pasar el jueves por la tarde.",
     "Si la avería sigue, el técnico tratará de pasar el jueves por la tarde.",
     "Si la avería sigue, el técnico pasará el jueves por la tarde."),
    ("es", "Los pedidos urgentes solemos enviarlos en 24 horas desde el almacén.",
     "Normalmente enviamos los pedidos urgentes en 24 horas desde el almacén.",
     "Los pedidos urgentes los enviamos en 24 horas desde el almacén."),
    ("pt", "Os pedidos urgentes costumamos enviar em 24 horas do armazém.",
     "Normalmente enviamos os pedidos urgentes em 24 horas do armazém.",
     "Os pedidos urgentes enviamos em 24 horas do armazém."),
    ("fr", "Si la panne persiste, le technicien essaiera de passer jeudi après-midi.",
     "Si la panne persiste, le technicien tentera de passer jeudi après-midi.",
     "Si la panne persiste, le technicien passera jeudi après-midi."),
    ("de", "Falls der Fehler bleibt, versucht der Techniker, am Donnerstag vorbeizukommen.",
     "Falls der Fehler bleibt, versucht der Techniker, am Donnerstag vorbeizukommen, "
     "wenn es klappt.",
     "Falls der Fehler bleibt, kommt der Techniker am Donnerstag vorbei."),
    ("en", "If the fault persists, they'll try to send the technician on Thursday afternoon.",
     "If the fault persists, they will try to send the technician on Thursday afternoon.",
     "If the fault persists, they'll send the technician on Thursday afternoon."),
    ("en", "Your replacement card should reappear in the wallet by Friday evening.",
     "Your replacement card should show up in the wallet by Friday evening.",
     "Your replacement card will be back in the wallet by Friday evening."),
])
def test_a_hedge_is_its_verb_in_any_person(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# An act we take on ourselves in the present ("me encargo de", "je m'occupe", "ich kümmere
# mich", "eu mesma", "I'm taking care of") is a promise: one the draft names is restated, one
# it never names is new, even in a single word.
_COAT = {
    "es": "Hemos recibido el abrigo y revisaremos la costura esta semana.",
    "fr": "Nous avons reçu le manteau et nous examinerons la couture cette semaine.",
    "de": "Wir haben den Mantel erhalten und prüfen die Naht diese Woche.",
    "pt": "Recebemos o casaco e vamos examinar a costura esta semana.",
    "en": "We have received the coat and will examine the seam this week.",
}


@pytest.mark.parametrize("lang,kept,new", [
    ("es", "El abrigo ya está aquí y yo misma me encargo de revisar la costura esta semana.",
     "Hemos recibido el abrigo y revisaremos la costura esta semana; además me encargo de "
     "tramitar el cambio de talla."),
    ("fr", "Le manteau est bien arrivé et je m'occupe personnellement d'examiner la couture "
     "cette semaine.",
     "Nous avons reçu le manteau et nous examinerons la couture cette semaine. Je m'occupe "
     "aussi de la retouche des manches."),
    ("de", "Der Mantel ist angekommen, und ich persönlich prüfe die Naht diese Woche.",
     "Wir haben den Mantel erhalten und prüfen die Naht diese Woche. Ich kümmere mich "
     "außerdem um die Ärmelkürzung."),
    ("pt", "O casaco chegou e eu mesma vou examinar a costura esta semana.",
     "Recebemos o casaco e vamos examinar a costura esta semana. Eu mesma encaminho o ajuste "
     "das mangas."),
    ("en", "The coat arrived and I'm personally examining the seam this week.",
     "We have received the coat and will examine the seam this week. I'm also taking care of "
     "the sleeve alteration."),
])
def test_an_act_taken_on_in_the_present_is_a_promise(lang, kept, new):
    assert verdict(_COAT[lang], kept, lang) == []
    assert "new_commitment:action" in verdict(_COAT[lang], new, lang)


# A day in a clause telling what the customer went through ("you were stuck at the airport
# tonight", "Sie haben heute dreimal angerufen") dates their story: no deadline, no new date.
# The same day on something we will do ("I'll call you back today", "hoy mismo te lo
# enviamos"), or on our own act said as done, is still a deadline and a new date.
@pytest.mark.parametrize("lang,customer,draft,story,promised", [
    ("en", "I'm stuck at the airport with two kids and nobody is helping.",
     "Your flight was cancelled because of the storm. We have rebooked you on the first "
     "flight out.",
     "I'm sorry you were stuck at the airport tonight with two kids. Your flight was "
     "cancelled because of the storm. We have rebooked you on the first flight out.",
     "Your flight was cancelled because of the storm. We have rebooked you on the first "
     "flight out, and we'll have the hotel voucher to you by tonight."),
    ("en", "I have called you three times about this boiler.",
     "The technician found a faulty valve. We will call you back once the part is in stock.",
     "You've called us three times today, and I'm sorry. The technician found a faulty "
     "valve. We will call you back once the part is in stock.",
     "The technician found a faulty valve. I'll call you back today once the part is in "
     "stock."),
    ("es", "Llevo toda la tarde esperando al técnico y no ha venido nadie.",
     "El técnico revisará la caldera en cuanto llegue la pieza. Le avisaremos por teléfono.",
     "Lamento que haya esperado toda la tarde de hoy sin que nadie apareciera. El técnico "
     "revisará la caldera en cuanto llegue la pieza y le avisaremos por teléfono.",
     "El técnico revisará la caldera en cuanto llegue la pieza. Hoy mismo le avisamos por "
     "teléfono."),
    ("de", "Ich habe schon dreimal angerufen!",
     "Der Techniker prüft die Heizung, sobald das Ersatzteil da ist. Wir melden uns "
     "telefonisch.",
     "Sie haben heute dreimal angerufen, das tut mir leid. Der Techniker prüft die Heizung, "
     "sobald das Ersatzteil da ist, und wir melden uns telefonisch.",
     "Der Techniker prüft die Heizung, sobald das Ersatzteil da ist. Das ist bis heute Abend "
     "erledigt, und wir melden uns telefonisch."),
    ("fr", "J'ai attendu le livreur toute la journée.",
     "Votre colis a été retardé par la grève. Nous vous enverrons le numéro de suivi dès "
     "qu'il repart.",
     "Je suis désolé que vous ayez attendu le livreur toute la journée aujourd'hui. Votre "
     "colis a été retardé par la grève ; nous vous enverrons le numéro de suivi dès qu'il "
     "repart.",
     "Votre colis a été retardé par la grève. Nous vous enverrons le numéro de suivi ce "
     "soir, dès qu'il repart."),
    ("pt", "Fiquei o dia todo à espera do estafeta.",
     "A encomenda atrasou por causa da greve. Enviaremos o código de rastreio assim que sair "
     "do armazém.",
     "Lamento que tenha ficado hoje o dia todo à espera do estafeta. A encomenda atrasou por "
     "causa da greve; enviaremos o código de rastreio assim que sair do armazém.",
     "A encomenda atrasou por causa da greve. Ainda hoje envio o código de rastreio, assim "
     "que sair do armazém."),
])
def test_a_day_in_the_customers_story_sets_no_deadline(lang, customer, draft, story,
                                                         promised):
    assert as_written(draft, story, customer, lang) == []
    assert "new_fact" in as_written(draft, promised, customer, lang)


# Our own act said as done keeps its day a date to check: "we refunded it today" is no story.
@pytest.mark.parametrize("lang,draft,done", [
    ("en", "We will refund the duplicate charge.", "We refunded the duplicate charge today."),
    ("de", "Wir erstatten Ihnen den doppelten Betrag.",
     "Wir haben Ihnen den doppelten Betrag heute erstattet."),
    ("es", "Le devolveremos el cargo duplicado.", "Ya le devolvimos hoy el cargo duplicado."),
])
def test_our_own_act_said_as_done_keeps_its_day(lang, draft, done):
    found = as_written(draft, done, "You charged me twice.", lang)
    assert "new_fact" in found and "new_commitment:deadline" in found


# The future of "can" ("podrá", "poderá") says a thing is possible: the present "can"
# ("puede", "pode") says it again, the plain future ("cambiará") promises it; said of "you"
# ("usted podrá consultarlo") it permits, and the customer may simply be told to do it.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Si el pantalón no le queda bien, la tienda podrá cambiar la talla en la devolución.",
     "Si el pantalón no le queda bien, la tienda puede cambiar la talla en la devolución.",
     "Si el pantalón no le queda bien, la tienda cambiará la talla en la devolución."),
    ("es", "El técnico podrá sustituir la pieza el jueves si llega a tiempo.",
     "Si la pieza llega a tiempo, el técnico puede sustituirla el jueves.",
     "El técnico sustituirá la pieza el jueves si llega a tiempo."),
    ("pt", "Se a calça não servir, a loja poderá trocar o tamanho na devolução.",
     "Se a calça não servir, a loja pode trocar o tamanho na devolução.",
     "Se a calça não servir, a loja trocará o tamanho na devolução."),
])
def test_the_future_of_can_is_kept_by_the_present(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


@pytest.mark.parametrize("lang,draft,told", [
    ("es", "Usted podrá consultar el estado del pedido en su cuenta a partir del lunes.",
     "A partir del lunes, consulte el estado del pedido en su cuenta."),
    ("pt", "Você poderá acompanhar o estado do pedido na sua conta a partir de segunda.",
     "A partir de segunda, acompanhe o estado do pedido na sua conta."),
])
def test_what_you_will_be_able_to_do_is_permitted(lang, draft, told):
    assert verdict(draft, told, lang) == []


# A slot booked for the customer ("le he reservado", "je vous ai réservé", "I've booked you
# in") is an appointment made; a free slot offered is not one, and a booking the draft already
# made may be said again in another person.
@pytest.mark.parametrize("lang,draft,booked,rebooked", [
    ("es", "Tenemos hueco el viernes a las 10:00 con el Dr. Ruiz.",
     "Le he reservado el viernes a las 10:00 con el Dr. Ruiz.",
     ("Le hemos reservado una mesa para dos el viernes a las 21:00.",
      "Ya te he reservado una mesa para dos el viernes a las 21:00.")),
    ("pt", "Temos vaga na sexta às 10h com o Dr. Ruiz.",
     "Reservei para você a sexta às 10h com o Dr. Ruiz.",
     ("Reservamos um quarto duplo para as 3 noites.",
      "Já lhe reservamos um quarto duplo para as 3 noites.")),
    ("fr", "Nous avons un créneau vendredi à 10 h avec le Dr Ruiz.",
     "Je vous ai réservé vendredi à 10 h avec le Dr Ruiz.",
     ("Nous avons réservé une chambre double pour les 3 nuits.",
      "Je vous ai réservé une chambre double pour les 3 nuits.")),
    ("de", "Wir haben am Freitag um 10 Uhr noch einen Termin bei Frau Ruiz frei.",
     "Ich habe Ihnen am Freitag um 10 Uhr einen Termin bei Frau Ruiz reserviert.",
     ("Wir haben für Sie ein Doppelzimmer für die 3 Nächte reserviert.",
      "Ich habe Ihnen ein Doppelzimmer für die 3 Nächte reserviert.")),
    ("en", "We have a slot on Friday at 10am with Dr Ruiz.",
     "I've booked you in on Friday at 10am with Dr Ruiz.",
     ("We have reserved a double room for the 3 nights.",
      "I've reserved you a double room for the 3 nights.")),
])
def test_a_slot_booked_for_the_customer_is_an_appointment(lang, draft, booked, rebooked):
    assert "new_commitment:appointment" in verdict(draft, booked, lang)
    assert verdict(*rebooked, lang) == []


# A "when" or "after" in the sentence before sets the next promise on it ("When the parcel
# reaches us, we inspect it. We'll refund…"), but not one that ends a time span: "one day after
# your request" tells the time between two events that happened.
@pytest.mark.parametrize("lang,draft,restated,set_up,dropped", [
    ("en", "The renewal went through on 4 March, one day after your cancellation request. We'll "
           "refund the annual charge.",
     "Your cancellation request came in one day before the renewal on 4 March. We'll refund the "
     "annual charge.",
     "When the parcel reaches our warehouse, we inspect it. We'll refund the full price within "
     "3 days.",
     "We inspect the parcel at our warehouse. We'll refund the full price within 3 days."),
    ("de", "Die Verlängerung wurde am 4. März gebucht, einen Tag nach Ihrer Kündigung. Wir "
           "erstatten Ihnen die Jahresgebühr.",
     "Ihre Kündigung kam einen Tag vor der Verlängerung am 4. März. Wir erstatten Ihnen die "
     "Jahresgebühr.",
     "Nachdem das Paket bei uns eingetroffen ist, prüfen wir es. Wir erstatten Ihnen den vollen "
     "Preis.",
     "Wir prüfen das Paket. Wir erstatten Ihnen den vollen Preis."),
    ("es", "La renovación se cobró el 4 de marzo, un día después de su solicitud de baja. Le "
           "reembolsaremos la cuota anual.",
     "Su solicitud de baja llegó un día antes de que se cobrara la renovación el 4 de marzo. Le "
     "reembolsaremos la cuota anual.",
     "Cuando el paquete llegue a nuestro almacén, lo revisamos. Le reembolsaremos el importe en "
     "3 días.",
     "Revisamos el paquete en nuestro almacén. Le reembolsaremos el importe en 3 días."),
    ("fr", "Le renouvellement a été débité le 4 mars, un jour après votre demande de résiliation. "
           "Nous vous rembourserons la cotisation annuelle.",
     "Votre demande de résiliation est arrivée un jour avant le débit du renouvellement, le "
     "4 mars. Nous vous rembourserons la cotisation annuelle.",
     "Quand le colis arrive à notre entrepôt, nous le vérifions. Nous vous rembourserons le prix "
     "complet.",
     "Nous vérifions le colis à notre entrepôt. Nous vous rembourserons le prix complet."),
])
def test_a_time_span_before_the_promise_sets_no_condition(lang, draft, restated, set_up,
                                                          dropped):
    assert verdict(draft, restated, lang) == []
    assert "new_commitment:refund" in verdict(set_up, dropped, lang)


@pytest.mark.parametrize("lang,draft,vouched", [
    ("fr", "Nous traiterons votre dossier en priorité cette semaine.",
     "Nous traiterons votre dossier en priorité cette semaine. Je m'en occupe personnellement."),
    ("es", "Tramitaremos su solicitud esta semana.",
     "Tramitaremos su solicitud esta semana; yo misma me encargo personalmente."),
])
def test_taking_on_the_drafts_own_act_names_no_new_one(lang, draft, vouched):
    assert verdict(draft, vouched, lang) == []


# "Lo más probable", "é provável que", "em torno de" hedge as "probablemente" and "cerca de"
# do: said with another of them the thing stays likely, said plainly it is promised.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "Lo más probable es que el repartidor pase el jueves por la mañana.",
     "Es probable que el repartidor pase el jueves por la mañana.",
     "El repartidor pasará el jueves por la mañana."),
    ("pt", "A obra leva em torno de 6 dias, dependendo da chuva.",
     "A obra leva por volta de 6 dias, dependendo da chuva.",
     "A obra leva 6 dias, dependendo da chuva."),
    ("fr", "Il est probable que le livreur passe jeudi matin.",
     "Le plus probable est que le livreur passe jeudi matin.",
     "Le livreur passera jeudi matin."),
])
def test_a_likelihood_said_in_a_phrase_is_a_hedge(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# A hedge said in other words of the same strength: "meist" for "in der Regel", "d'habitude"
# or "en règle générale" for "généralement", "por volta de", "em torno de" or "anda pelos" for
# "cerca de", "deverá" for "em princípio", "estimo" for "o prazo estimado", "ronda" for
# "normalmente", "veremos" for "revisaremos". The same sentence with the hedge gone, or made a
# limit or a guarantee, is still a firmer promise.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("de", "Die Lieferung dauert in der Regel drei Werktage.",
     "Die Lieferung dauert meist drei Werktage.",
     "Die Lieferung dauert garantiert drei Werktage."),
    ("fr", "Le remboursement arrive généralement sous 5 jours ouvrés.",
     "Le remboursement arrive d'habitude sous 5 jours ouvrés.",
     "Le remboursement arrive sous 5 jours ouvrés."),
    ("fr", "Le remboursement arrive généralement sous 5 jours ouvrés.",
     "En règle générale, le remboursement arrive sous 5 jours ouvrés.",
     "Le remboursement arrive sous 5 jours ouvrés, pas un de plus."),
    ("pt", "A entrega leva cerca de 5 dias úteis.",
     "A entrega leva por volta de 5 dias úteis.",
     "A entrega leva no máximo 5 dias úteis."),
    ("pt", "A entrega leva cerca de 5 dias úteis.",
     "A entrega anda pelos 5 dias úteis.",
     "A entrega leva 5 dias úteis, garantido."),
    ("pt", "O conserto fica pronto em princípio em 4 dias úteis.",
     "O conserto deverá ficar pronto em 4 dias úteis.",
     "O conserto vai ficar pronto em 4 dias úteis."),
    ("pt", "O prazo estimado para o conserto é de duas semanas.",
     "Estimo duas semanas para o conserto.",
     "O conserto fica pronto em duas semanas."),
    ("es", "El envío tarda normalmente 3 días hábiles.",
     "El envío ronda los 3 días hábiles.",
     "El envío tarda 3 días hábiles, se lo aseguro."),
    ("es", "Si no quedas conforme, revisaremos tu caso con el responsable.",
     "Si no quedas conforme, veremos tu caso con el responsable.",
     "Si no quedas conforme, te devolveremos el dinero."),
])
def test_a_hedge_said_in_other_words_of_the_same_strength(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# Two hedges in one clause hedge one thing ("a previsão é … por volta de", "le délai estimé
# est d'environ"): a rewrite that hedges it once, in each clause the draft hedged, is as soft;
# one that drops the hedge from a clause, or states the date, is firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("pt", "Normalmente isso leva 3 dias úteis, então a previsão é entregar por volta de 12 de "
           "maio.",
     "Isso costuma levar 3 dias úteis, o que deixa a entrega por volta de 12 de maio.",
     "Isso costuma levar 3 dias úteis, então entregamos no dia 12 de maio."),
    ("fr", "Le délai estimé est d'environ trois semaines.",
     "Comptez environ trois semaines.",
     "Le délai est de trois semaines."),
    ("en", "The estimated date is around May 12.",
     "We expect it around May 12.",
     "The delivery date is May 12."),
])
def test_hedges_on_one_thing_in_one_clause_count_once(lang, draft, kept, firmer):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# A hedge word that says something else there is no hedge (not_hedges): "prévue par la loi",
# "prevista por la ley", "prevista na lei" say what the law provides for, German "etwa durch"
# gives an example. "Prévue le 12 mai", "prevista para", "etwa drei Tage" still hedge.
@pytest.mark.parametrize("lang,draft,restated,hedged,firmer", [
    ("fr", "La pénalité de 40 € est prévue par la loi pour tout retard ; nous ne pouvons donc "
           "pas l'annuler.",
     "La loi prévoit la pénalité de 40 € pour tout retard, et nous ne pouvons pas l'annuler.",
     "La livraison est prévue le 12 mai, sous réserve de stock.",
     "La livraison aura lieu le 12 mai, sous réserve de stock."),
    ("es", "La penalización de 40 € está prevista por la ley para cualquier retraso, así que no "
           "podemos anularla.",
     "La ley establece la penalización de 40 € para cualquier retraso, así que no podemos "
     "anularla.",
     "La entrega está prevista para el 12 de mayo.",
     "La entrega será el 12 de mayo sin falta."),
    ("pt", "A multa de 40 € está prevista na lei para qualquer atraso, por isso não podemos "
           "anulá-la.",
     "A lei estabelece a multa de 40 € para qualquer atraso, por isso não podemos anulá-la.",
     "A entrega está prevista para 12 de maio.",
     "A entrega será no dia 12 de maio, garantido."),
    ("de", "Ist die Ursache ein Schaden von außen, etwa durch Wurzeln, berechnen wir die "
           "Reparatur nach Aufwand.",
     "Ist die Folie von außen beschädigt, zum Beispiel durch Wurzeln, rechnen wir die Reparatur "
     "nach Aufwand ab.",
     "Die Reparatur dauert etwa drei Tage.",
     "Die Reparatur dauert drei Tage."),
])
def test_a_hedge_word_that_says_something_else_is_no_hedge(lang, draft, restated, hedged,
                                                            firmer):
    assert verdict(draft, restated, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(hedged, firmer, lang))


# Cancelling a fee is waiving it, a credit as "waive" is: "nous annulerons la pénalité",
# "anularemos el recargo", "anularemos a multa" for a promise only to look again; saying the
# fee cannot be cancelled promises nothing.
@pytest.mark.parametrize("lang,draft,refused,waived", [
    ("fr", "Si vous nous envoyez une preuve, nous étudierons à nouveau votre demande. La "
           "pénalité est due ; nous ne pouvons pas l'annuler.",
     "La pénalité reste due, et nous ne pouvons pas l'annuler. Si vous nous envoyez une preuve, "
     "nous étudierons à nouveau votre demande.",
     "Envoyez-nous une preuve et nous annulerons la pénalité."),
    ("es", "Si nos envía un justificante, estudiaremos de nuevo su solicitud. El recargo se "
           "mantiene; no podemos anularlo.",
     "No podemos anular el recargo, se mantiene. Si nos envía un justificante, estudiaremos de "
     "nuevo su solicitud.",
     "Envíenos un justificante y anularemos el recargo."),
    ("pt", "Se nos enviar um comprovativo, analisaremos de novo o seu pedido. A multa "
           "mantém-se; não a podemos anular.",
     "Não podemos cancelar a multa, ela mantém-se. Se nos enviar um comprovativo, analisaremos "
     "de novo o seu pedido.",
     "Envie-nos um comprovativo e anularemos a multa."),
])
def test_cancelling_a_fee_is_a_credit(lang, draft, refused, waived):
    assert verdict(draft, refused, lang) == []
    assert "new_commitment:credit" in verdict(draft, waived, lang)


# A free thing's or a credit's condition says who qualifies, and a rewrite may say it without
# an "if" ("with the invoice", "bei Rücksendung", "avec un justificatif"): it is kept when the
# rewrite's sentence still names its facts and nearly all it asks. Without them, without its
# date, or told as a fact in the sentence before, it is dropped.
@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "If you send us the invoice from the garage within 14 days, the towing is free of "
           "charge.",
     "With the garage's invoice sent within 14 days, the towing is free of charge.",
     "Send us the invoice from the garage, and the towing is free of charge."),
    ("de", "Wenn Sie das Gerät innerhalb von 14 Tagen im Originalkarton zurückschicken, ist der "
           "Versand kostenlos.",
     "Bei Rücksendung des Geräts im Originalkarton innerhalb von 14 Tagen ist der Versand "
     "kostenlos.",
     "Der Versand ist kostenlos."),
    ("fr", "Si vous nous envoyez un justificatif médical couvrant toute la période d'absence, "
           "le report est gratuit.",
     "Avec un justificatif médical couvrant toute la période d'absence, le report est gratuit.",
     "Le report est gratuit, même sans justificatif."),
    ("es", "Si la avería no se debe a un golpe ni a un mal uso, la reparación es gratuita.",
     "Una avería que no se deba a un golpe ni a un mal uso tiene reparación gratuita.",
     "La reparación es gratuita."),
    ("pt", "Se a encomenda chegar depois de 12 de maio, o frete é por nossa conta.",
     "Com a encomenda a chegar depois de 12 de maio, o frete fica por nossa conta.",
     "O frete fica por nossa conta."),
    ("fr", "Quand le colis arrive à notre entrepôt, nous le vérifions. L'échange est gratuit.",
     "Nous vérifions le colis quand il arrive à notre entrepôt. Si c'est le cas, l'échange est "
     "gratuit.",
     "Nous vérifions le colis à notre entrepôt. L'échange est gratuit."),
])
def test_a_free_things_condition_said_by_what_it_asks_is_kept(lang, draft, kept, dropped):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, lang))


# "Free up" (make available) is a verb, not "free of charge"; "free" after it still is one.
def test_free_up_is_not_a_free_thing():
    draft = "I'll ring you if a cancellation leaves an earlier day open."
    assert "new_commitment:credit" not in verdict(
        draft, "Should a cancellation free up an earlier day, I'll ring you.", "en")
    assert "new_commitment:credit" in verdict(
        draft, "Should a cancellation free up an earlier day, I'll ring you, and the visit "
               "will be free.", "en")


# More words for "it costs you nothing": "there's no cancellation fee", "le podemos abonar",
# "la pagamos nosotros", "les frais … sont annulés". The draft's said in others passes; the
# same words where the draft gives nothing away are a new promise.
@pytest.mark.parametrize("lang,draft,same,bare,new", [
    ("en", "If you change your mind, there's no cancellation fee.",
     "If you change your mind, we won't charge you a cancellation fee.",
     "You can cancel the booking up to Friday.",
     "You can cancel the booking up to Friday, and there's no cancellation fee."),
    ("es", "Por el retraso, le podemos abonar 20 € en su próxima factura.",
     "Por el retraso, puedo abonarle 20 € en su próxima factura.",
     "Por el retraso, le pedimos disculpas.",
     "Por el retraso, le pedimos disculpas y le podemos abonar su próxima cuota."),
    ("es", "La reparación del calentador la pagamos nosotros.",
     "La reparación del calentador corre de nuestra cuenta.",
     "La reparación del calentador la hace nuestro taller.",
     "La reparación del calentador la hace nuestro taller y la pagamos nosotros."),
    ("fr", "Les frais de livraison de cette commande sont annulés.",
     "Pour cette commande, la livraison vous est offerte.",
     "Les frais de livraison de cette commande restent inchangés.",
     "Les frais de livraison de cette commande sont annulés."),
])
def test_more_words_for_it_costs_you_nothing(lang, draft, same, bare, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(bare, new, lang)


# A title's stop ends no sentence ("Dr. Okafor", "M. Martin", "la Sra. Gómez"): the free thing
# and what it is about stay one sentence, so the rewrite that names them together restates it,
# and a free thing about something else is still new.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "A free fitting is included: Dr. Okafor can adjust the insoles at the clinic.",
     "Dr. Okafor can adjust the insoles at the clinic at no charge.",
     "Dr. Okafor can adjust the insoles at the clinic. Delivery to your home costs you "
     "nothing."),
    ("fr", "Le réglage est gratuit : M. Martin peut ajuster les semelles au cabinet.",
     "M. Martin peut ajuster les semelles au cabinet sans frais.",
     "M. Martin peut ajuster les semelles au cabinet. La livraison à domicile ne vous coûtera "
     "rien."),
    ("es", "El ajuste es gratuito: la Sra. Gómez puede adaptar las plantillas en la clínica.",
     "La Sra. Gómez puede adaptar las plantillas en la clínica sin coste.",
     "La Sra. Gómez puede adaptar las plantillas en la clínica. El envío a domicilio no le "
     "costará nada."),
])
def test_a_title_ends_no_sentence(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:credit" in verdict(draft, new, lang)


# A condition that opens with its verb ("Liegt der Schaden an unserer Montage, …") asks all its
# words: a rewrite that keeps the damage and drops whose work caused it drops the condition.
def test_a_verb_first_condition_kept_in_part_is_dropped():
    draft = "Liegt der Schaden an unserer Montage der Leitung, reparieren wir ihn kostenlos."
    assert "new_commitment:condition" in verdict(
        draft, "Den Schaden an der Leitung reparieren wir kostenlos.", "de")


# Something given as a present is a free thing, a credit: "we'll throw in", "wir schenken Ihnen",
# "en cadeau", "te regalamos", "de brinde". A gift the customer bought, told back, is no promise.
@pytest.mark.parametrize("lang,draft,gift,told", [
    ("en", "Your order ships on Monday.",
     "Your order ships on Monday, and we'll throw in a spare strap.",
     "I'm sorry the bag you bought as a gift ships only on Monday."),
    ("de", "Ihre Bestellung wird am Montag verschickt.",
     "Ihre Bestellung wird am Montag verschickt, einen Ersatzgurt legen wir als kleines "
     "Dankeschön bei.",
     "Die Tasche, die Sie verschenken wollten, wird leider erst am Montag verschickt."),
    ("fr", "Votre commande part lundi.",
     "Votre commande part lundi, avec une sangle de rechange en cadeau.",
     "Je suis désolée que votre commande, un présent pour votre fille, ne parte que lundi."),
    ("es", "Tu pedido sale el lunes.",
     "Tu pedido sale el lunes y te dejamos una correa de repuesto de regalo.",
     "Siento que el bolso que compraste de regalo no salga hasta el lunes."),
    ("pt", "O seu pedido sai na segunda-feira.",
     "O seu pedido sai na segunda-feira e enviamos uma alça extra de brinde.",
     "Lamento que a bolsa que a senhora comprou de presente só saia na segunda-feira."),
])
def test_a_gift_of_ours_is_a_free_thing(lang, draft, gift, told):
    assert "new_commitment:credit" in verdict(draft, gift, lang)
    assert not any(v.startswith("new_commitment") for v in verdict(draft, told, lang))


# Sending something by email (or text) is a notification whatever its object and however it
# is said: "we'll email photos" is the draft's "I'll email you photos", "le enviaremos el
# informe a su correo" is "recibirá el informe por correo". The same act where the draft sends
# nothing is new; a message the customer sent, told back, is none of ours.
@pytest.mark.parametrize("lang,draft,restated,plain,added", [
    ("en", "If nothing is missing, we'll send the report to your email on Monday.",
     "If nothing is missing, you'll get the report by email on Monday.",
     "Binding takes two weeks.",
     "Binding takes two weeks, and I'll email photos every few days."),
    ("de", "Wenn nichts fehlt, schicken wir den Bericht am Montag an Ihre E-Mail-Adresse.",
     "Wenn nichts fehlt, erhalten Sie den Bericht am Montag per E-Mail von uns.",
     "Das Binden dauert zwei Wochen.",
     "Das Binden dauert zwei Wochen; wir schicken Ihnen zwischendurch Fotos per E-Mail."),
    ("fr", "S'il ne manque rien, nous vous enverrons le rapport à votre adresse e-mail lundi.",
     "S'il ne manque rien, vous recevrez le rapport par e-mail lundi.",
     "La reliure prend deux semaines.",
     "La reliure prend deux semaines, et je vous enverrai des photos par e-mail en cours de "
     "route."),
    ("es", "Si no hace falta nada más, le enviaremos el informe a su correo el lunes.",
     "Si no hace falta nada más, el lunes le mandamos el informe por correo.",
     "La encuadernación tarda dos semanas.",
     "La encuadernación tarda dos semanas y le enviaremos fotos por correo durante el proceso."),
    ("pt", "Se não faltar nada, enviaremos o laudo para o seu e-mail na segunda-feira.",
     "Se não faltar nada, na segunda-feira a senhora recebe o laudo por e-mail.",
     "A encadernação leva duas semanas.",
     "A encadernação leva duas semanas e enviaremos fotos por e-mail durante o processo."),
])
def test_sending_by_email_is_a_notification(lang, draft, restated, plain, added):
    assert verdict(draft, restated, lang) == []
    assert "new_commitment:notification" in verdict(plain, added, lang)


def test_a_message_the_customer_sent_is_none_of_ours():
    assert verdict("Thank you for the photos.", "Thank you for the photos you sent by email.",
                   "en") == []
    assert verdict("Gracias por las fotos.", "Gracias por las fotos que nos mandó por correo.",
                   "es") == []
@pytest.mark.parametrize("lang,draft,same,lent", [
    ("es", "Mientras tanto, le recomendamos no conducir con las gafas nuevas.",
     "Le recomendamos no conducir con las gafas nuevas mientras tanto.",
     "Le recomendamos no conducir con las gafas nuevas; le prestaremos unas monofocales de "
     "repuesto para conducir mientras tanto."),
    ("fr", "En attendant, nous vous conseillons de ne pas conduire avec les nouvelles lunettes.",
     "Nous vous conseillons de ne pas conduire avec les nouvelles lunettes en attendant.",
     "Nous vous conseillons de ne pas conduire avec les nouvelles lunettes ; nous vous "
     "prêterons une paire de dépannage pour conduire en attendant."),
    ("pt", "Enquanto isso, recomendamos não dirigir com os óculos novos.",
     "Recomendamos não dirigir com os óculos novos enquanto isso.",
     "Recomendamos não dirigir com os óculos novos; emprestaremos uns óculos reserva "
     "monofocais para dirigir enquanto isso."),
    ("en", "Please avoid driving with the new glasses in the meantime.",
     "In the meantime, please avoid driving with the new glasses.",
     "Please avoid driving with the new glasses; we'll lend you a spare loaner pair in order "
     "to drive in the meantime."),
])
def test_an_act_is_what_it_does_not_what_it_is_for(lang, draft, same, lent):
    """What we will do is read on its object too, before what it is for: lending glasses "to
    drive in the meantime" is new beside a draft that only advises against driving."""
    assert verdict(draft, same, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, lent, lang))


@pytest.mark.parametrize("lang,draft,same,lent", [
    ("de", "Ihre Kamera ist in der Werkstatt und kommt in etwa zehn Tagen zurück.",
     "Bis dahin danken wir Ihnen für Ihre Geduld: Ihre Kamera ist in der Werkstatt und kommt "
     "in etwa zehn Tagen zurück.",
     "Ihre Kamera ist in der Werkstatt und kommt in etwa zehn Tagen zurück; bis dahin leihen "
     "wir Ihnen ein Vorführmodell aus."),
    ("de", "Ihre Kamera ist in der Werkstatt und kommt in etwa zehn Tagen zurück.",
     "Ihre Kamera ist in der Werkstatt und kommt in etwa zehn Tagen zurück.",
     "Ihre Kamera ist in der Werkstatt und kommt in etwa zehn Tagen zurück. Falls es länger "
     "dauert, schicke ich Ihnen ein Vorführmodell."),
    ("fr", "Votre appareil est à l'atelier et revient dans une dizaine de jours.",
     "En attendant, nous vous remercions de votre patience : votre appareil est à l'atelier "
     "et revient dans une dizaine de jours.",
     "Votre appareil est à l'atelier et revient dans une dizaine de jours. D'ici là, on vous "
     "prête un boîtier de démonstration."),
    ("es", "Su cámara está en el taller y vuelve en unos diez días.",
     "Mientras tanto, le agradecemos la paciencia: su cámara está en el taller y vuelve en "
     "unos diez días.",
     "Su cámara está en el taller y vuelve en unos diez días; mientras tanto le dejamos un "
     "modelo de exposición."),
    ("pt", "A sua câmara está na oficina e volta dentro de uns dez dias.",
     "Enquanto isso, agradecemos-lhe a paciência: a sua câmara está na oficina e volta "
     "dentro de uns dez dias.",
     "A sua câmara está na oficina e volta dentro de uns dez dias; enquanto isso, "
     "emprestamos-lhe um modelo de demonstração."),
    ("en", "Your camera is at the workshop and comes back in about ten days.",
     "In the meantime, we thank you for your patience: your camera is at the workshop and "
     "comes back in about ten days.",
     "Your camera is at the workshop and comes back in about ten days; in the meantime we're "
     "lending you a demonstration body."),
])
def test_an_act_in_the_present_is_a_promise_when_it_is_timed_ahead(lang, draft, same, lent):
    """The present standing for the future — under a condition or in a time ahead ("bis
    dahin leihen wir Ihnen", "d'ici là, on vous prête", "mientras tanto le dejamos", "we're
    lending you") — is something we will do; thanking in the same time ahead is not."""
    assert verdict(draft, same, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, lent, lang))


def test_an_act_in_the_present_that_the_draft_makes_is_no_new_one():
    draft = "Sobald die Rücksendung eingeht, erstatten wir Ihnen den Kaufpreis."
    assert verdict(draft, "Wenn Ihre Rücksendung bei uns ankommt, erstatten wir Ihnen den "
                   "Kaufpreis.", "de") == []
    draft = "Dès réception du retour, nous vous rembourserons le prix d'achat."
    assert verdict(draft, "Dès que le retour nous parvient, nous vous remboursons le prix "
                   "d'achat.", "fr") == []


# A thing made free in words that name no money ("on the house", "aufs Haus", "on vous
# offre", "por cuenta de la casa", "oferta da casa") is the same credit as "free of charge":
# a restatement of the draft's, a new promise where the draft makes none.
@pytest.mark.parametrize("lang,free,bare,same,new", [
    ("en", "The technician replaces the faulty valve on Tuesday, free of charge.",
     "The technician replaces the faulty valve on Tuesday.",
     "On Tuesday the technician replaces the faulty valve, and that visit is on the house.",
     "The technician replaces the faulty valve on Tuesday, and that visit is on the house."),
    ("de", "Der Techniker tauscht das defekte Ventil am Dienstag kostenlos aus.",
     "Der Techniker tauscht das defekte Ventil am Dienstag aus.",
     "Am Dienstag tauscht der Techniker das defekte Ventil aus, und das geht aufs Haus.",
     "Der Techniker tauscht das defekte Ventil am Dienstag aus, der Einsatz geht aufs Haus."),
    ("fr", "Le technicien remplace la vanne défectueuse mardi, gratuitement.",
     "Le technicien remplace la vanne défectueuse mardi.",
     "Mardi, le technicien remplace la vanne défectueuse, et c'est nous qui vous l'offrons.",
     "Le technicien remplace la vanne défectueuse mardi, et on vous offre l'intervention."),
    ("es", "El técnico cambia la válvula defectuosa el martes, sin coste.",
     "El técnico cambia la válvula defectuosa el martes.",
     "El martes el técnico cambia la válvula defectuosa, y la visita va por cuenta de la casa.",
     "El técnico cambia la válvula defectuosa el martes, y la visita va por cuenta de la casa."),
    ("pt", "O técnico substitui a válvula avariada na terça-feira, sem custo.",
     "O técnico substitui a válvula avariada na terça-feira.",
     "Na terça-feira o técnico substitui a válvula avariada, e a visita é por conta da casa.",
     "O técnico substitui a válvula avariada na terça-feira, e a visita é oferta nossa."),
])
def test_a_thing_made_free_without_a_money_word_is_a_credit(lang, free, bare, same, new):
    assert verdict(free, same, lang) == []
    assert "new_commitment:credit" in verdict(bare, new, lang)


# The customer served before others, said with them as the subject of a passive ("you'll be
# seen first", "será atendido primero", "Sie kommen zuerst dran"), is a priority promise.
@pytest.mark.parametrize("lang,priority,bare,same,new", [
    ("en", "Your repair has priority in the workshop queue.",
     "Your repair is in the workshop queue.",
     "In the workshop queue you'll be seen first with your repair.",
     "Your repair is in the workshop queue, and you'll be seen first."),
    ("de", "Ihre Reparatur hat in der Werkstatt Vorrang.",
     "Ihre Reparatur ist in der Werkstatt.",
     "In der Werkstatt kommen Sie mit Ihrer Reparatur zuerst dran.",
     "Ihre Reparatur ist in der Werkstatt, und Sie kommen zuerst dran."),
    ("es", "Su reparación tiene prioridad en la cola del taller.",
     "Su reparación está en la cola del taller.",
     "En la cola del taller, usted será atendido primero con su reparación.",
     "Su reparación está en la cola del taller y usted será atendido primero."),
    ("pt", "A sua reparação tem prioridade na fila da oficina.",
     "A sua reparação está na fila da oficina.",
     "Na fila da oficina, será atendido primeiro com a sua reparação.",
     "A sua reparação está na fila da oficina e será atendido primeiro."),
])
def test_being_served_first_is_a_priority_promise(lang, priority, bare, same, new):
    assert verdict(priority, same, lang) == []
    assert "new_commitment:escalation" in verdict(bare, new, lang)


def test_being_served_first_in_french_is_caught():
    assert "new_commitment:escalation" in verdict(
        "Votre réparation est dans la file de l'atelier.",
        "Votre réparation est dans la file de l'atelier, et vous serez servi en premier.", "fr")


def test_being_handled_first_in_a_sequence_is_no_priority():
    """"First" that orders two steps ("the return is handled first, then the refund") promises
    no place in a queue: only the customer served first does."""
    draft = "We check the returned kettle first and then refund it."
    assert verdict(draft, "The returned kettle is checked first, and then we refund it.",
                   "en") == []


# The customer's own amount coming back to them is a refund, whoever asked for it: "the
# 60 € is on its way back", "os 60 € voltam para a sua conta".
@pytest.mark.parametrize("lang,customer,draft,quoted,promised", [
    ("en", "You charged me 60 € twice.", "We are checking the double charge of 60 €.",
     "We are checking the 60 € double charge you told us about.",
     "We are checking the double charge; the 60 € is on its way back."),
    ("pt", "Cobraram-me 60 € duas vezes.", "Estamos a verificar a cobrança em duplicado.",
     "Estamos a verificar a cobrança de 60 € em duplicado.",
     "Estamos a verificar a cobrança em duplicado e os 60 € voltam para a sua conta."),
])
def test_their_amount_coming_back_is_a_refund(lang, customer, draft, quoted, promised):
    assert violations(draft, quoted, customer, lang) == []
    assert any(v.code == "new_commitment" for v in violations(draft, promised, customer, lang))


def test_our_call_at_their_hour_in_the_present_is_a_promise():
    """"Ligamos-lhe às 18 h" calls at the hour the customer asked for: a promise in the present,
    as "vamos ligar-lhe amanhã" said again as "ligamos-lhe amanhã" is the draft's own."""
    customer = "Podem ligar-me às 18 h?"
    assert violations("Vamos ligar-lhe amanhã.", "Ligamos-lhe amanhã.", customer, "pt") == []
    assert any(v.code == "new_commitment" for v in violations(
        "Estamos a verificar o seu pedido.",
        "Estamos a verificar o seu pedido e ligamos-lhe às 18 h.", customer, "pt"))


def test_receiving_ones_money_back_is_the_refund_it_comes_back_as():
    """"You receive your entry fee back" and "your entry fee comes back to you" are one refund,
    under the same condition; where the draft gives nothing back it is a new one."""
    draft = "If you withdraw by Friday, you receive your 32 € entry fee back."
    assert verdict(draft, "If you withdraw by Friday, your 32 € entry fee comes back to you.",
                   "en") == []
    assert "new_commitment:refund" in verdict(
        "If you withdraw by Friday, your place is released.",
        "If you withdraw by Friday, your place is released and your 32 € entry fee comes back "
        "to you.", "en")


def test_money_going_back_to_the_card_is_one_refund_with_or_without_a_possessive():
    draft = "Reembolsamos 30 € pelo lanche. O valor volta para o cartão em até 2 faturas."
    assert verdict(draft, "Já reembolsámos 30 € pelo lanche, que volta para o seu cartão em "
                   "até 2 faturas.", "pt") == []
    assert "new_commitment:refund" in verdict(
        "A taxa de entrega não é reembolsável.",
        "A taxa de entrega não é reembolsável, mas os 30 € do lanche voltam para o seu cartão.",
        "pt")

# A message that carries what the draft already sends names only its channel: the draft's
# "we'll send you a prepaid label" is the rewrite's "I'll email you a prepaid label". A thing
# the draft never sends, emailed, is still a new message.
@pytest.mark.parametrize("lang,draft,by_email,ready,sent", [
    ("en", "We'll send you a prepaid return label.", "I'll email you a prepaid return label.",
     "The report will be ready next week.", "I'll email you the report next week."),
    ("de", "Sie erhalten von uns ein frankiertes Rücksendeetikett.",
     "Ich schicke Ihnen ein frankiertes Rücksendeetikett per E-Mail.",
     "Der Bericht ist nächste Woche fertig.",
     "Ich schicke Ihnen den Bericht nächste Woche per E-Mail."),
    ("fr", "Nous vous enverrons une étiquette de retour prépayée.",
     "Je vous envoie par e-mail une étiquette de retour prépayée.",
     "Le rapport sera prêt la semaine prochaine.",
     "Je vous enverrai le rapport par e-mail la semaine prochaine."),
    ("es", "Le enviaremos una etiqueta de devolución prepagada.",
     "Le mando por correo una etiqueta de devolución prepagada.",
     "El informe estará listo la semana que viene.",
     "Le enviaré el informe por correo la semana que viene."),
    ("pt", "Vamos enviar uma etiqueta de devolução pré-paga.",
     "Vou mandar por e-mail uma etiqueta de devolução pré-paga.",
     "O laudo fica pronto na semana que vem.",
     "Vou enviar o laudo por e-mail na semana que vem."),
])
def test_emailing_what_the_draft_sends_is_its_own_sending(lang, draft, by_email, ready, sent):
    assert verdict(draft, by_email, lang) == []
    assert "new_commitment:notification" in verdict(ready, sent, lang)


def test_emailing_updates_the_draft_never_sends_is_new():
    assert "new_commitment:notification" in verdict(
        "Your refund request is being processed.",
        "Your refund request is being processed, and I'll email you updates on your refund "
        "request.", "en")


# What costs the customer nothing is one act however it is named: a discount, a credit, "free",
# "costs you nothing", "sai de graça". It is the draft's when it is about what the draft's is
# about, even where that is one word ("Servicebesuch"); about something more, it is a new one.
@pytest.mark.parametrize("lang,draft,same,more", [
    ("en", "The service call is free.", "The service call costs you nothing.",
     "The service call is free, and your next order is on us."),
    ("de", "Der Servicebesuch ist kostenlos.", "Der Servicebesuch kostet Sie nichts.",
     "Der Servicebesuch ist kostenlos, und wir erstatten Ihnen die Versandkosten."),
    ("fr", "L'intervention est gratuite.", "L'intervention ne vous coûtera rien.",
     "L'intervention est gratuite et nous vous remboursons les frais de port."),
    ("pt", "A visita técnica é gratuita.", "A visita técnica sai de graça.",
     "A visita técnica é gratuita e vamos reembolsar o frete."),
    ("es", "Hola Marta, la visita técnica es gratuita y el técnico irá el martes.",
     "Hola Marta, la visita técnica no le cuesta nada y el técnico irá el martes.",
     "Hola Marta, la visita técnica es gratuita y le reembolsaremos el envío; el técnico irá "
     "el martes."),
])
def test_a_free_thing_said_another_way_is_the_same_act(lang, draft, same, more):
    assert as_written(draft, same, lang=lang) == []
    assert any(v.startswith("new_commitment") for v in as_written(draft, more, lang=lang))


# Money back is the draft's refund when it is about what the draft refunds, the words naming
# the thing inside the promise ("get the shipping fee back") or beside it ("reimbursed").
@pytest.mark.parametrize("lang,draft,same,other", [
    ("en", "We'll refund the shipping fee.", "You'll get the shipping fee back.",
     "You'll get the lamp's price back."),
    ("en", "We'll refund the shipping fee.", "The shipping fee will be reimbursed.",
     "The lamp will be reimbursed."),
    ("de", "Wir erstatten Ihnen die Versandkosten.",
     "Die Versandkosten werden Ihnen zurückerstattet.", "Die Lampe wird Ihnen zurückerstattet."),
])
def test_money_back_is_the_drafts_refund_when_it_is_about_the_same_thing(lang, draft, same,
                                                                         other):
    assert as_written(draft, same, lang=lang) == []
    assert "new_commitment:refund" in as_written(draft, other, lang=lang)


def test_a_credit_is_still_no_refund():
    draft = "We can offer you a store credit for the shipping fee."
    assert "new_commitment:refund" in as_written(draft, "We'll refund the shipping fee.")


# What a draft says the warranty, the contract or the price pays for is free to the customer:
# a rewrite may say it costs nothing. Not covered, covered only if, or maybe covered, it is not.
@pytest.mark.parametrize("lang,draft,free,not_covered,only_if", [
    ("en", "The part is covered by the warranty.", "The part won't cost you anything.",
     "The part isn't covered by the warranty, I'm afraid.",
     "If the fault is in the bearing, the part is covered by the warranty."),
    ("de", "Die Reparatur ist von der Garantie abgedeckt.", "Die Reparatur kostet Sie nichts.",
     "Die Reparatur ist nicht von der Garantie abgedeckt.",
     "Wenn der Fehler am Lager liegt, ist die Reparatur von der Garantie abgedeckt."),
    ("fr", "La pièce est couverte par la garantie.", "La pièce ne vous coûtera rien.",
     "La pièce n'est pas couverte par la garantie.",
     "Si le défaut vient du roulement, la pièce est couverte par la garantie."),
    ("pt", "A peça está coberta pela garantia.", "A peça sai de graça.",
     "A peça não está coberta pela garantia.",
     "Se o defeito for no rolamento, a peça está coberta pela garantia."),
    ("pt", "A retirada do entulho está incluída.", "O entulho sai por nossa conta.",
     "A retirada do entulho não está incluída.",
     "Se pagar o sinal até sexta, a retirada do entulho está incluída."),
])
def test_what_the_warranty_pays_for_is_free(lang, draft, free, not_covered, only_if):
    assert as_written(draft, free, lang=lang) == []
    assert "new_commitment:credit" in as_written(not_covered, free, lang=lang)
    assert "new_commitment:credit" in as_written(only_if, free, lang=lang)


# A free thing's condition may be said on its own, in the sentence beside it, as a condition or
# a requirement ("You just need to…", "Dafür müssen Sie…", "Basta…"); told there as a fact,
# it is no condition and the free thing has lost it.
@pytest.mark.parametrize("lang,draft,beside,told", [
    ("en", "If you send us the receipt within 30 days, the repair is free.",
     "The repair is free. You just need to send us the receipt within 30 days.",
     "The repair is free. We got the receipt you sent within 30 days."),
    ("de", "Wenn Sie uns den Beleg innerhalb von 30 Tagen schicken, ist die Reparatur kostenlos.",
     "Die Reparatur ist kostenlos. Dafür müssen Sie uns den Beleg innerhalb von 30 Tagen "
     "schicken.",
     "Die Reparatur ist kostenlos. Den Beleg haben Sie uns innerhalb von 30 Tagen geschickt."),
    ("fr", "Si vous nous envoyez le justificatif sous 30 jours, la réparation est gratuite.",
     "La réparation est gratuite. Il faut simplement nous envoyer le justificatif sous 30 jours.",
     "La réparation est gratuite. Vous nous avez envoyé le justificatif sous 30 jours."),
    ("pt", "Se nos enviar o recibo em 30 dias, o reparo é gratuito.",
     "O reparo é gratuito. Basta nos enviar o recibo em 30 dias.",
     "O reparo é gratuito. Recebemos o recibo que enviou em 30 dias."),
])
def test_a_free_things_condition_may_stand_beside_it(lang, draft, beside, told):
    assert as_written(draft, beside, lang=lang) == []
    assert any(v.startswith("new_commitment") for v in as_written(draft, told, lang=lang))


# Portuguese joins "de" to the article: "dentro dos ⟦n⟧ dias" sets a time as "dentro de" does,
# so a customer's own period turned into our deadline is caught, and the draft's kept is not.
def test_portuguese_within_the_days_is_a_deadline():
    customer = "A prefeitura me deu 10 dias para refazer a calçada."
    draft = "Começamos na segunda-feira. O serviço leva cerca de 6 dias."
    assert "new_commitment:deadline" in as_written(
        draft, "Começamos na segunda-feira e fica tudo pronto dentro dos 10 dias.", customer, "pt")
    assert as_written("Começamos na segunda-feira e terminamos dentro de 6 dias.",
                      "Começamos na segunda-feira e terminamos dentro dos 6 dias.",
                      customer, "pt") == []


# Every kind of act, not only one on money, is the draft's when it is about what the draft's
# is about, whatever words name each ("Wasserkocher" in one word); about another thing, it
# is a new one.
def test_an_act_restated_about_the_same_thing_is_the_drafts():
    draft = "Wir ersetzen den Wasserkocher."
    assert as_written(draft, "Sie bekommen einen neuen Wasserkocher.", lang="de") == []
    assert "new_commitment:replacement" in as_written(draft, "Sie bekommen einen neuen Toaster.",
                                                      lang="de")


def _told(draft: str, rewrite: str, lang: str = "en") -> list[str]:
    return [v.message for v in violations(draft, rewrite, lang=lang)]


# A restated act keeps the draft's condition only where the rewrite still asks it, in the
# promise's sentence or one beside it; restated without it, the condition is what it drops,
# and it is told so (not as a new act).
@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("en", "We can move the delivery to the 14th if the courier confirms it in writing by the "
     "10th. I will let you know as soon as I hear from them.",
     "If the courier confirms it in writing by the 10th, we can move the delivery to the 14th, "
     "and I'll tell you as soon as I hear from them.",
     "We can move the delivery to the 14th by the 10th, and I'll tell you as soon as I hear "
     "from them."),
    ("es", "Si la avería no se debe a un mal uso, la reparación del frigorífico es gratuita.",
     "La reparación del frigorífico corre de nuestra cuenta, siempre que la avería no se deba "
     "a un mal uso.",
     "La reparación del frigorífico corre de nuestra cuenta."),
])
def test_a_restated_act_without_the_drafts_condition_drops_it(lang, draft, kept, dropped):
    assert as_written(draft, kept, lang=lang) == []
    assert any("drops the condition" in m for m in _told(draft, dropped, lang))


# A draft's condition belongs to the promise of its own sentence ("once you send the receipt,
# we'll refund the ticket"): the free thing of the next sentence is not set on it, so a
# rewrite may say it apart. A condition whose sentence promises nothing ("if the check finds
# a fault, please tell us") still sets the next sentence's promise, and a promise whose own
# condition goes is still caught.
@pytest.mark.parametrize("lang,draft,apart,dropped", [
    ("en", "Once you send us the receipt, we'll refund the ticket within 5 days. Parking at our "
     "depot is free for the first 3 days.",
     "Parking at our depot costs nothing for the first 3 days. Thank you for bearing with us. "
     "Once you send us the receipt, we'll refund the ticket within 5 days.",
     "Parking at our depot is free for the first 3 days, and we'll refund the ticket within 5 "
     "days."),
    ("es", "En cuanto nos envíe el recibo, le reembolsaremos la entrada en 5 días. El "
     "aparcamiento en nuestro almacén es gratuito los primeros 3 días.",
     "El aparcamiento en nuestro almacén es gratis los primeros 3 días. Gracias por su "
     "paciencia. En cuanto nos envíe el recibo, le reembolsaremos la entrada en 5 días.",
     "El aparcamiento en nuestro almacén es gratuito los primeros 3 días y le reembolsaremos "
     "la entrada en 5 días."),
    ("fr", "Dès que vous nous envoyez le reçu, nous vous rembourserons le billet sous 5 jours. "
     "Le stationnement dans notre dépôt est gratuit les 3 premiers jours.",
     "Le stationnement dans notre dépôt est gratuit pendant les 3 premiers jours. Merci de "
     "votre patience. Dès que vous nous envoyez le reçu, nous vous rembourserons le billet "
     "sous 5 jours.",
     "Le stationnement dans notre dépôt est gratuit les 3 premiers jours et nous vous "
     "rembourserons le billet sous 5 jours."),
    ("pt", "Assim que nos enviar o recibo, vamos reembolsar o bilhete em 5 dias. O "
     "estacionamento no nosso armazém é gratuito nos primeiros 3 dias.",
     "O estacionamento no nosso armazém é grátis nos primeiros 3 dias. Obrigado pela "
     "paciência. Assim que nos enviar o recibo, vamos reembolsar o bilhete em 5 dias.",
     "O estacionamento no nosso armazém é gratuito nos primeiros 3 dias e vamos reembolsar o "
     "bilhete em 5 dias."),
])
def test_a_condition_is_its_own_sentences_promises(lang, draft, apart, dropped):
    assert verdict(draft, apart, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, lang))


@pytest.mark.parametrize("lang,draft,bare", [
    ("en", "If the inspection confirms a fault, please tell us. The repair is then free of "
     "charge.", "Thank you for your message. The repair is free of charge."),
    ("de", "Falls die Prüfung einen Defekt bestätigt, geben Sie uns bitte Bescheid. Die "
     "Reparatur ist dann kostenlos.",
     "Danke für Ihre Nachricht. Die Reparatur ist kostenlos."),
    ("fr", "Si le contrôle confirme une panne, merci de nous prévenir. La réparation est alors "
     "gratuite.", "Merci pour votre message. La réparation est gratuite."),
])
def test_a_condition_that_promises_nothing_sets_the_next_sentence(lang, draft, bare):
    assert any(v.startswith("new_commitment") for v in verdict(draft, bare, lang))


# Telling is no act ("I'll explain why", "je vais prendre le temps de vous expliquer"): the
# telling word is among the first words of what we say we will do. Further on, it is what
# another act is for ("I'll ring the venue myself to explain the situation"): that act is new.
@pytest.mark.parametrize("lang,draft,telling,new", [
    ("en", "We can't move the date of the course.",
     "I'd like to take a moment to explain why we can't move the date of the course.",
     "We can't move the date of the course. I'll also ring the venue myself to explain the "
     "situation."),
    ("es", "No podemos cambiar la fecha del curso.",
     "Le explicaré por qué no podemos cambiar la fecha del curso.",
     "No podemos cambiar la fecha del curso. Además llamaré yo mismo al local del evento para "
     "explicarles la situación."),
    ("fr", "Nous ne pouvons pas déplacer la date du cours.",
     "Je vais prendre le temps de vous expliquer pourquoi nous ne pouvons pas déplacer la date "
     "du cours.",
     "Nous ne pouvons pas déplacer la date du cours. J'appellerai moi-même le gérant de la "
     "salle pour lui expliquer la situation."),
    ("de", "Wir können den Kurstermin nicht verschieben.",
     "Ich möchte Ihnen gern einmal in Ruhe erklären, warum wir den Kurstermin nicht "
     "verschieben können.",
     "Wir können den Kurstermin nicht verschieben. Ich werde außerdem selbst beim Veranstalter "
     "anrufen und ihm die Lage genau erklären."),
])
def test_an_act_done_to_tell_is_still_an_act(lang, draft, telling, new):
    assert verdict(draft, telling, lang) == []
    assert "new_commitment:action" in verdict(draft, new, lang)


# A German verb's particle ends its sentence ("schicken wir Ihnen kostenlos nach", "liefern
# wir nach"): that "nach" asks nothing, so the free thing is not set on a condition — in a
# draft (a rewrite may say it plainly) as in a rewrite (which then no longer hides a dropped
# "Nach Eingang der Fotos" behind its own particle).
@pytest.mark.parametrize("draft,plain", [
    ("Danke für die Fotos. Die fehlenden Schrauben schicken wir Ihnen kostenlos nach.",
     "Danke für die Fotos. Sie bekommen die fehlenden Schrauben kostenlos von uns."),
    ("Danke für die Fotos. Die fehlende Blende liefern wir Ihnen kostenlos nach.",
     "Danke für die Fotos. Die fehlende Blende bekommen Sie von uns kostenlos."),
])
def test_a_particle_ending_its_sentence_asks_nothing(draft, plain):
    assert verdict(draft, plain, "de") == []


@pytest.mark.parametrize("draft", [
    "Nach Eingang der Fotos schicken wir Ihnen die Schrauben kostenlos nach.",
    "Sobald die Zahlung eingeht, schicken wir Ihnen die Schrauben kostenlos nach.",
    "Die Schrauben schicken wir Ihnen kostenlos nach, wenn die Fotos den Schaden zeigen.",
])
def test_a_real_condition_before_the_particle_is_still_kept(draft):
    dropped = "Wir schicken Ihnen die Schrauben kostenlos nach."
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, "de"))


# Only a verb's particle is read so: "after" / "après" ending a sentence points back at the
# sentence before ("Send us the photos first. We'll refund you after.") and is its condition.
@pytest.mark.parametrize("lang,draft,dropped", [
    ("en", "Please send us photos of the damaged lamp first. We'll refund the lamp after.",
     "Thanks for letting us know about the lamp. We'll refund the lamp."),
    ("fr", "Envoyez-nous d'abord des photos de la lampe abîmée. Nous vous rembourserons après.",
     "Merci de nous avoir prévenus pour la lampe. Nous vous rembourserons."),
])
def test_an_after_ending_its_sentence_is_still_a_condition(lang, draft, dropped):
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, lang))


# Money back a draft says in the passive or from the customer's side is still our refund (or
# discount): a rewrite may say we give it. Refused, or put on a condition the rewrite drops,
# or absent from the draft, it is not.
@pytest.mark.parametrize("lang,draft,active,refused,dropped,kind", [
    ("en", "If you cancel by Friday, you'll get the deposit back.",
     "If you cancel by Friday, we'll refund the deposit.",
     "You won't get the deposit back if you cancel after Friday.",
     "We'll refund the deposit.", "refund"),
    ("en", "If you return the drum by Friday, the deposit is refunded to you.",
     "If you return the drum by Friday, we'll refund your deposit.",
     "The deposit is not refunded if you return the drum after Friday.",
     "We'll refund your deposit.", "refund"),
    ("es", "Si usted cancela la reserva antes del viernes, el depósito se le devuelve completo.",
     "Si usted cancela la reserva antes del viernes, le devolvemos el depósito completo.",
     "Si usted cancela la reserva después del viernes, el depósito no se le devuelve.",
     "Le devolvemos el depósito completo.", "refund"),
    ("fr", "Si vous rapportez le matériel avant vendredi, la caution vous est rendue.",
     "Si vous rapportez le matériel avant vendredi, nous vous rendrons la caution.",
     "Si vous rapportez le matériel après vendredi, la caution ne vous est pas rendue.",
     "Nous vous rembourserons la caution.", "refund"),
    ("de", "Wenn Sie bis Freitag stornieren, bekommen Sie die Anzahlung vollständig zurück.",
     "Wenn Sie bis Freitag stornieren, erstatten wir Ihnen die Anzahlung vollständig.",
     "Wenn Sie nach Freitag stornieren, bekommen Sie die Anzahlung nicht zurück.",
     "Wir erstatten Ihnen die Anzahlung vollständig.", "refund"),
    ("de", "Wenn Sie das Gerät bis Freitag zurückgeben, wird Ihnen die Kaution erstattet.",
     "Wenn Sie das Gerät bis Freitag zurückgeben, erstatten wir Ihnen die Kaution.",
     "Wenn Sie das Gerät nach Freitag zurückgeben, wird die Kaution nicht erstattet.",
     "Wir erstatten Ihnen die Kaution.", "refund"),
    ("pt", "Se cancelar a reserva até sexta-feira, o sinal é-lhe devolvido.",
     "Se cancelar a reserva até sexta-feira, devolvemos-lhe o sinal.",
     "Se cancelar a reserva depois de sexta-feira, o sinal não é devolvido.",
     "Devolvemos-lhe o sinal.", "refund"),
])
def test_money_back_said_from_their_side_is_ours(lang, draft, active, refused, dropped, kind):
    assert not [v for v in as_written(draft, active, lang=lang) if v.startswith("new_commitment")]
    assert as_written(refused, active, lang=lang)  # a refusal is no promise to restate
    assert f"new_commitment:{kind}" in as_written(draft, dropped, lang=lang)
    # Without it in the draft, saying it is new.
    assert f"new_commitment:{kind}" in as_written(draft.split(",")[0] + ".", active, lang=lang)


def test_coming_to_do_it_is_an_act_of_ours():
    draft = "Tu peux le déposer au dépôt du lundi au vendredi."
    rewrite = ("Tu peux le déposer au dépôt du lundi au vendredi, ou je viens le récupérer "
               "chez toi si c'est plus simple.")
    assert "new_commitment:action" in as_written(draft, rewrite, lang="fr")
    just_done = ("Si tu veux le savoir, je viens de vérifier : le dépôt est ouvert du lundi "
                 "au vendredi.")
    assert "new_commitment:action" not in as_written(draft, just_done, lang="fr")


# Money back said without "we" — in the passive or from the customer's side — is our promise
# all the same: where the draft makes it, a rewrite may say it that way; where it does not,
# "the deposit will be refunded to you" is a new refund as "we'll refund the deposit" is.
@pytest.mark.parametrize("lang,draft,same,bare,new", [
    ("en", "The courier collects the faulty heater on Monday, and we will refund the deposit "
     "once it reaches our workshop.",
     "The courier collects the faulty heater on Monday; once it reaches our workshop, the "
     "deposit will be refunded to you.",
     "The courier collects the faulty heater on Monday.",
     "The courier collects the faulty heater on Monday. The deposit will be refunded to you."),
    ("es", "El mensajero recoge la estufa averiada el lunes y le devolveremos la fianza cuando "
     "llegue a nuestro taller.",
     "El mensajero recoge la estufa averiada el lunes; cuando llegue a nuestro taller, se le "
     "devolverá la fianza.",
     "El mensajero recoge la estufa averiada el lunes.",
     "El mensajero recoge la estufa averiada el lunes. Se le devolverá la fianza completa."),
    ("de", "Der Kurier holt den defekten Heizlüfter am Montag ab, und wir erstatten Ihnen die "
     "Kaution, sobald er in unserer Werkstatt ist.",
     "Der Kurier holt den defekten Heizlüfter am Montag ab; sobald er in unserer Werkstatt "
     "ist, bekommen Sie die Kaution zurück.",
     "Der Kurier holt den defekten Heizlüfter am Montag ab.",
     "Der Kurier holt den defekten Heizlüfter am Montag ab. Die Kaution bekommen Sie "
     "vollständig zurück."),
    ("fr", "Le coursier reprend le radiateur défectueux lundi, et nous vous rembourserons la "
     "caution dès qu'il arrivera à notre atelier.",
     "Le coursier reprend le radiateur défectueux lundi ; dès qu'il arrivera à notre atelier, "
     "la caution vous sera remboursée.",
     "Le coursier reprend le radiateur défectueux lundi.",
     "Le coursier reprend le radiateur défectueux lundi. La caution vous sera remboursée en "
     "totalité."),
    ("pt", "O estafeta recolhe o aquecedor avariado na segunda-feira, e vamos reembolsar a "
     "caução assim que chegar à nossa oficina.",
     "O estafeta recolhe o aquecedor avariado na segunda-feira; assim que chegar à nossa "
     "oficina, a caução será reembolsada.",
     "O estafeta recolhe o aquecedor avariado na segunda-feira.",
     "O estafeta recolhe o aquecedor avariado na segunda-feira. A caução será devolvida por "
     "inteiro."),
])
def test_money_back_said_without_us_is_our_refund(lang, draft, same, bare, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:refund" in verdict(bare, new, lang)


def test_getting_back_into_a_place_is_no_money_back():
    draft = "We have reset the password of your account."
    assert verdict(draft, "We have reset your account's password, so you can get back in.",
                   "en") == []
    assert "new_commitment:refund" in verdict(
        draft, "We have reset your account's password, and you'll get the fee back.", "en")


# Said without "we", getting a thing back is no refund: only a clause that names money — a
# money noun or an amount — gives money back. "The bike will be returned to you" added to a
# draft that only repairs it makes no refund (whatever else it adds); "the deposit will be
# returned to you" does.
@pytest.mark.parametrize("lang,draft,thing,money", [
    ("en", "Our workshop has repaired the brakes.",
     "Our workshop has repaired the brakes, and the bike will be returned to you.",
     "Our workshop has repaired the brakes, and the deposit will be returned to you."),
    ("es", "Nuestro taller ha reparado los frenos.",
     "Nuestro taller ha reparado los frenos y se le devuelve la bicicleta.",
     "Nuestro taller ha reparado los frenos y se le devuelve la fianza."),
    ("de", "Unsere Werkstatt hat die Bremsen repariert.",
     "Unsere Werkstatt hat die Bremsen repariert, und Sie bekommen Ihr Rad zurück.",
     "Unsere Werkstatt hat die Bremsen repariert, und Sie bekommen Ihre Kaution zurück."),
    ("fr", "Notre atelier a réparé les freins.",
     "Notre atelier a réparé les freins, et vous récupérez votre vélo.",
     "Notre atelier a réparé les freins, et vous récupérez votre caution."),
    ("pt", "A nossa oficina reparou os travões.",
     "A nossa oficina reparou os travões e a bicicleta é-lhe devolvida.",
     "A nossa oficina reparou os travões e a caução é-lhe devolvida."),
])
def test_a_thing_given_back_without_us_is_no_refund(lang, draft, thing, money):
    assert "new_commitment:refund" not in verdict(draft, thing, lang)
    assert "new_commitment:refund" in verdict(draft, money, lang)


# Getting a thing back is the customer's side of our giving it back, said with any verb and
# any subject ("let's get your bike back on the road", "you can get the bike back"): a refund
# only where its clause names money, as every other way of saying money back without "we"
# reads (English had read "get your … back" as a refund whatever came back). Read the same in a
# draft, where "we'll get your money back to you" is the refund a rewrite may restate.
@pytest.mark.parametrize("thing,money", [
    ("Our workshop has repaired the brakes, so let's get your bike back on the road.",
     "Our workshop has repaired the brakes, so let's get your deposit back to you."),
    ("Our workshop has repaired the brakes, so you can get the bike back tomorrow.",
     "Our workshop has repaired the brakes, so you can get the money back tomorrow."),
    ("Our workshop has repaired the brakes, and you will receive the frame back as well.",
     "Our workshop has repaired the brakes, and you will receive the payment back as well."),
])
def test_getting_a_thing_back_is_no_refund(thing, money):
    draft = "Our workshop has repaired the brakes."
    assert "new_commitment:refund" not in verdict(draft, thing, "en")
    assert "new_commitment:refund" in verdict(draft, money, "en")


def test_a_drafts_money_got_back_is_its_refund():
    draft = "Once the parcel reaches our warehouse, we'll get your money back to you."
    assert verdict(draft, "Once the parcel reaches our warehouse, we'll refund your money.",
                   "en") == []
    assert "new_commitment:refund" in verdict(draft, "We'll refund your money.", "en")


# A substitution the draft describes is its replacement, said without "replace": one thing "in
# place of" another ("instead of", "anstelle", "à la place de", "en lugar de", "em vez de"),
# or, in Portuguese, what was "trocado" (exchanged: "as peças trocadas"). A rewrite that says
# it with "replace" restates it; a replacement of something else beside it is still new. ("The
# new glasses" is no substitution: it names what the customer has.)
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en",
     "For the vegetarian guest, the kitchen serves a mushroom risotto instead of the lamb, at "
     "the same price.",
     "For the vegetarian guest, a mushroom risotto will replace the lamb, at the same price.",
     "For the vegetarian guest, the kitchen serves a mushroom risotto instead of the lamb, at "
     "the same price, and we'll replace your cracked wine glasses."),
    ("de",
     "Für den vegetarischen Gast serviert die Küche ein Pilzrisotto anstelle des Lammbratens, "
     "zum gleichen Preis.",
     "Für den vegetarischen Gast ersetzen wir den Lammbraten durch ein Pilzrisotto, zum gleichen "
     "Preis.",
     "Für den vegetarischen Gast serviert die Küche ein Pilzrisotto anstelle des Lammbratens, "
     "zum gleichen Preis, und Ihre zerbrochenen Weingläser ersetzen wir."),
    ("fr",
     "Pour l'invitée végétarienne, la cuisine sert un risotto aux champignons à la place de "
     "l'agneau, au même prix.",
     "Pour l'invitée végétarienne, un risotto aux champignons remplacera l'agneau, au même prix.",
     "Pour l'invitée végétarienne, la cuisine sert un risotto aux champignons à la place de "
     "l'agneau, au même prix, et nous allons remplacer vos verres à vin fêlés."),
    ("es",
     "Para la invitada vegetariana, la cocina sirve un risotto de setas en lugar del cordero, al "
     "mismo precio.",
     "Para la invitada vegetariana, un risotto de setas sustituirá al cordero, al mismo precio.",
     "Para la invitada vegetariana, la cocina sirve un risotto de setas en lugar del cordero, al "
     "mismo precio, y le reemplazaremos las copas de vino rotas."),
    ("pt",
     "Para a convidada vegetariana, a cozinha serve um risoto de cogumelos em vez do cordeiro, "
     "pelo mesmo preço.",
     "Para a convidada vegetariana, um risoto de cogumelos vai substituir o cordeiro, pelo mesmo "
     "preço.",
     "Para a convidada vegetariana, a cozinha serve um risoto de cogumelos em vez do cordeiro, "
     "pelo mesmo preço, e vamos substituir as suas taças de vinho rachadas."),    ("pt",
     "O técnico fez a revisão da máquina de lavar, e as peças trocadas têm três meses de "
     "garantia.",
     "O técnico fez a revisão da máquina de lavar, e as peças substituídas têm três meses de "
     "garantia.",
     "O técnico fez a revisão da máquina de lavar, e as peças trocadas têm três meses de "
     "garantia. Também vamos substituir a sua mangueira de entrada."),
])
def test_a_substitution_the_draft_describes_is_its_replacement(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:replacement" in verdict(draft, new, lang)


# A new thing we issue, generate or create in place of one that stopped working is our
# replacement in a draft as in a rewrite: "I have issued a new code" is the act "I've issued a
# new one" restates (the rewrite's "new one" was read as a replacement, the draft's words were
# not). Where the draft only lets the customer make one, or beside the draft's, a new one we
# send is still new. English only: Spanish "uno nuevo" restates it too, but a draft read so
# shares "nuevo" and "enviado" with any new thing a rewrite adds ("le enviaremos una tarjeta
# nueva" went unflagged beside "le he generado un código nuevo y se lo he enviado").
def test_a_new_thing_we_issue_is_our_replacement():
    reset = "Your access code was reset during last night's update"
    draft = f"{reset}. I have issued a new code and texted it to your mobile."
    restated = f"{reset}, so I've issued a new one and texted it to your mobile."
    assert verdict(draft, restated, "en") == []
    # the customer's own new code is none of ours: "I've issued a new one" is still new there
    theirs = f"{reset}. You can set a new code in the app."
    assert "new_commitment:replacement" in verdict(theirs, restated, "en")
    beside = draft[:-1] + ", and we'll send you a new entry card as well."
    assert "new_commitment:replacement" in verdict(draft, beside, "en")


# A thanks carried on after "and" to a second thing the customer did ("thank you for renewing,
# and for reporting it straight away") still thanks: the time in it is when they acted. A
# clause of ours after the thanks ("…, and we'll look at it straight away") sets a deadline.
@pytest.mark.parametrize("lang,draft,same,new", [
    ("en", "Thank you for renewing. The second charge was a duplicate and has been refunded.",
     "Thank you for renewing, and for reporting the double charge straight away. The second "
     "charge was a duplicate and has been refunded.",
     "Thank you for renewing, and we'll look at the double charge straight away. The second "
     "charge was a duplicate and has been refunded."),
    ("de", "Danke für die Verlängerung. Die zweite Abbuchung war doppelt und ist erstattet.",
     "Danke für die Verlängerung und auch für die umgehend geschickte Meldung. Die zweite "
     "Abbuchung war doppelt und ist erstattet.",
     "Danke für die Verlängerung, und wir prüfen die Abbuchung sofort. Die zweite Abbuchung "
     "war doppelt und ist erstattet."),
    ("es", "Gracias por renovar. El segundo cobro fue un duplicado y ya está devuelto.",
     "Gracias por renovar y por avisarnos enseguida del doble cobro. El segundo cobro fue un "
     "duplicado y ya está devuelto.",
     "Gracias por renovar, y revisamos el doble cobro enseguida. El segundo cobro fue un "
     "duplicado y ya está devuelto."),
    ("fr", "Merci pour votre renouvellement. Le second prélèvement était un doublon et il est "
     "remboursé.",
     "Merci pour votre renouvellement et pour avoir signalé tout de suite le double "
     "prélèvement. Le second prélèvement était un doublon et il est remboursé.",
     "Merci pour votre renouvellement, et nous vérifions le double prélèvement tout de suite. "
     "Le second prélèvement était un doublon et il est remboursé."),
    ("pt", "Obrigado pela renovação. A segunda cobrança foi duplicada e já foi estornada.",
     "Obrigado pela renovação e por avisar de imediato sobre a cobrança em dobro. A segunda "
     "cobrança foi duplicada e já foi estornada.",
     "Obrigado pela renovação, e verificamos a cobrança em dobro de imediato. A segunda "
     "cobrança foi duplicada e já foi estornada."),
])
def test_a_thanks_carried_on_after_and_still_thanks(lang, draft, same, new):
    assert verdict(draft, same, lang) == []
    assert "new_commitment:deadline" in verdict(draft, new, lang)


def _read_in(draft: str, rewrites: tuple[str, ...], lang: str, category: str) -> list[bool]:
    """Per rewrite, whether it is found to add a `category` commitment to `draft`."""
    return [f"new_commitment:{category}" in verdict(draft, r, lang) for r in rewrites]


# "That's on us" ("das geht auf uns") owns a fault in the words of a credit: it gives
# something only where its sentence or the one before names money ("The delivery fee? That's
# on us."). After an apology for a missed visit it says whose the mistake is; a rewrite that
# says so adds no credit, and one that makes the fee ours still does.
@pytest.mark.parametrize("lang,draft,fault,money", [
    ("en", "I'm sorry the technician missed Tuesday's visit; he is booked for Friday at 9.",
     "I'm sorry the technician missed Tuesday's visit, and that's on us. He is booked for "
     "Friday at 9.",
     "I'm sorry the technician missed Tuesday's visit. The call-out fee? That's on us. He is "
     "booked for Friday at 9."),
    ("en", "Our courier left the parcel at the wrong address; a new one leaves today.",
     "Our courier left the parcel at the wrong address, which is entirely on us; a new one "
     "leaves today.",
     "Our courier left the parcel at the wrong address, and the charge for the new one is "
     "waived, that's on us; a new one leaves today."),
    ("de", "Der Techniker ist am Dienstag nicht gekommen, das tut mir leid; er kommt am "
     "Freitag um 9 Uhr.",
     "Der Techniker ist am Dienstag nicht gekommen, und das geht klar auf uns. Er kommt am "
     "Freitag um 9 Uhr.",
     "Der Techniker ist am Dienstag nicht gekommen. Die Anfahrtskosten? Das geht auf uns. Er "
     "kommt am Freitag um 9 Uhr."),
])
def test_a_fault_owned_is_no_credit(lang, draft, fault, money):
    assert _read_in(draft, (fault, money), lang, "credit") == [False, True]


# Giving back said with no word of money ("nous vous rendrons", "le devolveremos",
# "devolver-lhe", "wir geben Ihnen … zurück") is a refund only where its clause names money:
# "we'll return your bike" gives a thing back. Read so in a draft as in a rewrite, and the
# money given back ("les 40 € d'acompte", "el depósito", "a caução", "die Kaution") stays one.
@pytest.mark.parametrize("lang,draft,thing,money", [
    ("fr", "Votre vélo est réparé.",
     "Votre vélo est réparé, et nous vous rendrons le vélo samedi à l'atelier.",
     "Votre vélo est réparé, et nous vous rendrons les 40 € d'acompte samedi."),
    ("fr", "Votre vélo est réparé.",
     "Votre vélo est réparé : nous vous le rendons samedi, avec la selle d'origine.",
     "Votre vélo est réparé : nous vous rendons le dépôt de garantie samedi."),
    ("es", "Su bicicleta ya está reparada.",
     "Su bicicleta ya está reparada y le devolveremos la bicicleta el sábado en el taller.",
     "Su bicicleta ya está reparada y le devolveremos el depósito el sábado."),
    ("es", "Su bicicleta ya está reparada.",
     "Su bicicleta ya está reparada: se la devolvemos el sábado con el sillín original.",
     "Su bicicleta ya está reparada: los gastos de envío se los devolvemos el sábado."),
    ("es", "Su bicicleta ya está reparada.",
     "Su bicicleta ya está reparada. Si no queda conforme, le devolvemos la bicicleta vieja.",
     "Su bicicleta ya está reparada. Si no queda conforme, le devolvemos lo que pagó."),
    ("pt", "A sua bicicleta já está reparada.",
     "A sua bicicleta já está reparada e vamos devolver-lhe a bicicleta no sábado, na oficina.",
     "A sua bicicleta já está reparada e vamos devolver-lhe a caução no sábado."),
    ("de", "Ihr Fahrrad ist repariert.",
     "Ihr Fahrrad ist repariert, und wir geben Ihnen das Rad am Samstag in der Werkstatt "
     "zurück.",
     "Ihr Fahrrad ist repariert, und wir geben Ihnen die Kaution am Samstag zurück."),
])
def test_a_thing_we_give_back_is_no_refund(lang, draft, thing, money):
    assert _read_in(draft, (thing, money), lang, "refund") == [False, True]


@pytest.mark.parametrize("lang,draft,kept,dropped", [
    ("fr", "Si vous annulez avant vendredi, nous vous rendrons les 40 € d'acompte.",
     "Si vous annulez avant vendredi, nous vous rembourserons les 40 € d'acompte.",
     "Nous vous rembourserons les 40 € d'acompte."),
    ("es", "Si cancela antes del viernes, le devolveremos el depósito de 40 €.",
     "Si cancela antes del viernes, le reembolsaremos el depósito de 40 €.",
     "Le reembolsaremos el depósito de 40 €."),
])
def test_money_we_give_back_in_a_draft_is_its_refund(lang, draft, kept, dropped):
    assert _read_in(draft, (kept, dropped), lang, "refund") == [False, True]


# A condition of three words may lose its verb as a longer one may ("wenn Sie eine Kaution
# von 20 Euro hinterlegen" → "gegen eine hinterlegte Kaution von 20 Euro"): three quarters of
# three words is all of them. So may a short one said again under a cue of the rewrite's own
# ("si un arrêté préfectoral tombe" → "en cas d'arrêté préfectoral", the French cue elided
# before its noun). Dropped, or its amount named without the deposit, it is caught.
@pytest.mark.parametrize("lang,draft,kept,dropped,amount", [
    ("de", "Bis dahin leihen wir Ihnen kostenlos einen Stuhl, wenn Sie eine Kaution von 20 Euro "
           "hinterlegen.",
     "Bis dahin bekommen Sie gegen eine hinterlegte Kaution von 20 Euro einen Leihstuhl gratis.",
     "Bis dahin bekommen Sie einen Leihstuhl gratis.",
     "Bis dahin bekommen Sie einen Leihstuhl im Wert von 20 Euro gratis."),
    ("es", "Mientras tanto le prestamos una silla sin coste, si deja una fianza de 20 euros.",
     "Mientras tanto le prestamos una silla sin coste, con una fianza de 20 euros.",
     "Mientras tanto le prestamos una silla sin coste.",
     "Mientras tanto le prestamos sin coste una silla que vale 20 euros."),
    ("en", "Meanwhile we lend you a chair free of charge if you leave a deposit of 20 euros.",
     "Meanwhile you can borrow a chair at no cost, with a deposit of 20 euros.",
     "Meanwhile you can borrow a chair at no cost.",
     "Meanwhile you can borrow a 20 euros chair at no cost."),
    ("fr", "En attendant, nous vous prêtons une chaise sans frais si vous laissez une caution de "
           "20 euros.",
     "En attendant, nous vous prêtons une chaise sans frais, contre une caution de 20 euros.",
     "En attendant, nous vous prêtons une chaise sans frais.",
     "En attendant, nous vous prêtons sans frais une chaise de 20 euros."),
    ("pt", "Enquanto isso, emprestamos uma cadeira sem custo, se deixar uma caução de 20 euros.",
     "Enquanto isso, pode levar uma cadeira emprestada de graça, com uma caução de 20 euros.",
     "Enquanto isso, pode levar uma cadeira emprestada de graça.",
     "Enquanto isso, pode levar de graça uma cadeira de 20 euros."),
    ("en", "If the pump turns out to be faulty, we replace it free of charge.",
     "Should the check confirm the pump is faulty, we'll swap it at no cost to you.",
     "We'll swap the pump at no cost to you.", None),
    ("es", "Si la bomba estuviera averiada, la cambiaríamos sin coste.",
     "Si se confirma que la bomba está averiada, el cambio sería gratuito.",
     "El cambio de la bomba sería gratuito.", None),
    ("fr", "Si un arrêté préfectoral tombe, nous reportons la séance sans frais.",
     "En cas d'arrêté préfectoral, nous décalons la séance sans frais.",
     "Nous décalons la séance sans frais.", None),
    ("de", "Falls die Pumpe einen Defekt hat, ersetzen wir sie kostenlos.",
     "Sollte sich ein Defekt der Pumpe bestätigen, ist der Ersatz für Sie kostenlos.",
     "Der Ersatz der Pumpe ist für Sie kostenlos.", None),
    ("pt", "Se a bomba estiver avariada, trocamos sem custo.",
     "Caso se confirme que a bomba está avariada, a troca sai sem custo.",
     "A troca da bomba sai sem custo.", None),
])
def test_a_three_word_condition_may_lose_its_verb(lang, draft, kept, dropped, amount):
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, dropped, lang))
    # Its amount alone, without the deposit it is, keeps one word of three: still dropped.
    assert amount is None or any(v.startswith("new_commitment")
                                 for v in verdict(draft, amount, lang))


# "Without" before what it would cost makes a thing free, as "free of charge" does: "without
# charge", "sin coste", "sans frais", "sem custo" promise it free whether the draft or the
# rewrite says it so — and beside a draft that gives nothing free, it is a new promise.
# (German "ohne Kosten" is read too: tests/test_guard_free_without_cost.py.)
@pytest.mark.parametrize("lang,draft,same,bare", [
    ("en", "We'll repair the toaster and post it back to you without charge.",
     "We'll repair the toaster and post it back to you free of charge.",
     "We'll repair the toaster and post it back to you."),
    ("es", "Reparamos la tostadora y se la devolvemos sin coste.",
     "Reparamos la tostadora y se la devolvemos gratis.",
     "Reparamos la tostadora y se la devolvemos."),
    ("fr", "Nous réparons le grille-pain et vous le renvoyons sans frais.",
     "Nous réparons le grille-pain et vous le renvoyons gratuitement.",
     "Nous réparons le grille-pain et vous le renvoyons."),
    ("pt", "Reparamos a torradeira e devolvemo-la sem custo.",
     "Reparamos a torradeira e devolvemo-la de graça.",
     "Reparamos a torradeira e devolvemo-la."),
])
def test_without_its_cost_a_thing_is_free(lang, draft, same, bare):
    assert verdict(draft, same, lang) == []
    assert verdict(same, draft, lang) == []
    assert {"new_commitment:credit", "new_commitment:discount"} & set(verdict(bare, draft, lang))


# A replacement said with the verb's "-ing" is the act its noun names ("replacing it is
# covered" is "its replacement is covered"), and a thing lent while the customer's is away is
# a loaner whatever it is ("a loan pump" as "a loaner"; "a loan agreement" lends nothing):
# beside a draft that neither replaces nor lends, each is a new replacement.
@pytest.mark.parametrize("draft,same,bare,new", [
    ("If the lid turns out to be cracked, replacing it is covered by us.",
     "If the lid turns out to be cracked, its replacement is covered by us.",
     "If the lid turns out to be cracked, we'll take a look at it.",
     "If the lid turns out to be cracked, we'll take a look at it and replacing it is our job."),
    ("While the pump is in the workshop, we'll drop off a loaner for you.",
     "While the pump is in the workshop, we'll drop off a loan pump for you.",
     "The pump goes to the workshop on Monday. Your loan agreement is attached.",
     "The pump goes to the workshop on Monday, and we'll drop off a loan pump."),
])
def test_replacing_and_a_loan_thing_are_replacements(draft, same, bare, new):
    assert verdict(draft, same, "en") == []
    assert verdict(bare, bare.replace("Your loan", "The loan"), "en") == []
    assert "new_commitment:replacement" in verdict(bare, new, "en")
