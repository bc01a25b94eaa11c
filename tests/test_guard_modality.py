"""How firm a promise is (guard/modality.py, guard/conditions.py), in the five languages.

Each case is written for the reading it proves (none comes from a corpus set): a faithful
rewrite that keeps each promise as firm as the draft must pass clean, and the unsafe twin
beside it, one promise made firmer, must be caught.
"""

from __future__ import annotations

import pytest

from tests.masked_guard import labels as verdict


# "You" is the language's own (lang/*.json `addressees`): a modal before it asks the customer
# ("könntest du", "espero que tú"), it says nothing may happen; the request said as one passes.
@pytest.mark.parametrize("lang,draft,asked", [
    ("de", "Könntest du uns ein Foto vom Schaden schicken, dann prüfen wir ihn.",
     "Schick uns ein Foto vom Schaden, dann prüfen wir ihn."),
    ("es", "Espero que tú puedas disfrutar del curso la semana que viene.",
     "Que disfrutes del curso la semana que viene."),
    ("de", "Danke für die Nachricht, könnten Sie uns noch die Bestellnummer schicken?",
     "Danke für die Nachricht. Schicken Sie uns bitte noch die Bestellnummer."),
    ("fr", "Pourriez-vous nous envoyer une photo du colis abîmé ? Nous pourrons ensuite lancer "
     "la réclamation.",
     "Envoyez-nous une photo du colis abîmé ; nous pourrons ensuite lancer la réclamation."),
])
def test_a_modal_before_you_asks(lang: str, draft: str, asked: str) -> None:
    assert verdict(draft, asked, lang) == []


# A word that is also "your" ("tu pedido", "Ihr Paket") names whose thing it is: the hedge
# before it still hedges, and dropping it is a firmer promise.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("es", "Podría tu pedido llegar el lunes, según la agencia.",
     "Tu pedido llega el lunes, según la agencia."),
    ("de", "Leider könnte Ihr Paket beim Transport beschädigt worden sein.",
     "Leider ist Ihr Paket beim Transport beschädigt worden."),
    # German puts the verb before "du" when something else comes first: a statement.
    ("de", "In 5 Tagen könntest du die Gutschrift auf deinem Konto sehen.",
     "In 5 Tagen siehst du die Gutschrift auf deinem Konto."),
])
def test_a_modal_before_your_still_hedges(lang: str, draft: str, firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# How firm a promise is, as a scale: certain > likely ("usually", "should", "suele",
# "in der Regel") > possible ("may", "could", "we'll try", "podría", "vielleicht"). The same step
# said another way, or a softer one, passes; a promise moved up one step is caught.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "The fix may arrive on Friday.", "The fix could arrive on Friday."),
    ("en", "The parcel should arrive on Friday.", "The parcel may arrive on Friday."),
    ("es", "Es posible que el técnico llegue el martes.",
     "Puede que el técnico llegue el martes."),
    ("de", "Vielleicht kommt das Paket schon am Montag.",
     "Möglicherweise kommt das Paket schon am Montag."),
    ("fr", "Le remboursement pourrait arriver lundi.",
     "Le remboursement arrivera peut-être lundi."),
    ("pt", "Talvez a peça chegue na segunda-feira.",
     "Pode ser que a peça chegue na segunda-feira."),
    ("es", "Puedes recoger el pedido el lunes en la tienda.",
     "El lunes puedes pasar por la tienda a recoger el pedido."),
])
def test_a_promise_on_the_same_step_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The refund may take up to 10 days.", "The refund usually takes up to 10 days."),
    ("en", "The technician may come on Tuesday.", "The technician will likely come on Tuesday."),
    ("es", "El reembolso podría tardar hasta 10 días.",
     "El reembolso suele tardar hasta 10 días."),
    ("de", "Die Erstattung könnte bis zu 10 Tage dauern.",
     "Die Erstattung dauert in der Regel bis zu 10 Tage."),
    ("de", "Wir versuchen, die Heizung bis Freitag zu reparieren.",
     "Die Heizung wird voraussichtlich bis Freitag repariert."),
    ("fr", "Le remboursement pourrait prendre jusqu'à 10 jours.",
     "Le remboursement prend généralement jusqu'à 10 jours."),
    ("pt", "Vamos tentar consertar a caldeira até sexta-feira.",
     "A caldeira deve ficar consertada até sexta-feira."),
])
def test_a_promise_a_step_up_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# An estimate carried by a word or verb of reckoning before an amount ("plan on", "comptez",
# "rechnen Sie mit", "cuente con unos", "conto com", "uns") is on the likely step, as "usually"
# and "about" are: either says the other. Said as a plain fact, it is caught; the same words
# before no amount ("cuente con ello", "conta com 2 camas" has 2 beds) estimate nothing.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "The repair usually takes 5 working days.",
     "Plan on about 5 working days for the repair."),
    ("en", "The repair takes roughly 5 working days.", "Count on 5 working days for the repair."),
    ("fr", "La réparation prend généralement 5 jours ouvrés.",
     "Comptez 5 jours ouvrés pour la réparation."),
    ("fr", "La réparation est estimée à 200 euros.", "Prévoyez 200 euros pour la réparation."),
    ("de", "Die Reparatur dauert in der Regel 5 Werktage.",
     "Rechnen Sie mit 5 Werktagen für die Reparatur."),
    ("de", "Die Reparatur dauert ungefähr 5 Werktage.", "Die Reparatur dauert rund 5 Werktage."),
    ("es", "La reparación suele tardar 5 días hábiles.",
     "Cuente con unos 5 días hábiles para la reparación."),
    ("es", "La reparación tarda aproximadamente 5 días hábiles.",
     "Calcule 5 días hábiles para la reparación."),
    ("pt", "O conserto costuma levar 5 dias úteis.",
     "Conte com uns 5 dias úteis para o conserto."),
    ("pt", "O prazo estimado é de oito a dez semanas.", "Conto com oito a dez semanas de prazo."),
])
def test_an_estimate_said_by_reckoning_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The repair takes about 5 working days.", "The repair is done in 5 working days."),
    ("en", "Plan on 5 working days for the repair.", "The repair takes 5 working days."),
    ("fr", "Comptez 5 jours ouvrés pour la réparation.", "La réparation prend 5 jours ouvrés."),
    ("de", "Rechnen Sie mit 5 Werktagen für die Reparatur.", "Die Reparatur dauert 5 Werktage."),
    ("es", "Cuente con unos 5 días hábiles para la reparación.",
     "La reparación tarda 5 días hábiles."),
    ("es", "La reparación suele tardar 5 días hábiles.",
     "La reparación tardará 5 días hábiles, cuente con ello."),
    ("pt", "Conte com uns 5 dias úteis para o conserto.", "O conserto leva 5 dias úteis."),
    ("pt", "O quarto conta com 2 camas e o conserto costuma levar 5 dias.",
     "O quarto conta com 2 camas e o conserto leva 5 dias."),
])
def test_an_estimate_said_as_a_fact_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A word of looking that names who looks ("assessor", "avaliador", "revisor", "Prüfer") is
# no promise to look: what that person "should" do, said as what they will do, is firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The assessor should confirm the final amount of the claim.",
     "The final amount of the claim should be confirmed by the assessor.",
     "The assessor will confirm the final amount of the claim."),
    ("en", "An inspector should call you within 3 working days to book the visit.",
     "Within 3 working days an inspector should call you to book the visit.",
     "An inspector will call you within 3 working days to book the visit."),
    ("pt", "O avaliador deve confirmar o valor final do sinistro.",
     "O valor final do sinistro deve ser confirmado pelo avaliador.",
     "O avaliador vai confirmar o valor final do sinistro."),
    ("es", "El revisor debería confirmar el importe final de la póliza.",
     "El importe final de la póliza debería confirmarlo el revisor.",
     "El revisor va a confirmar el importe final de la póliza."),
    ("fr", "Le contrôleur devrait confirmer le montant final du sinistre.",
     "Le montant final du sinistre devrait être confirmé par le contrôleur.",
     "Le contrôleur va confirmer le montant final du sinistre."),
])
def test_who_looks_is_no_look(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# What "could" or "may" leaves open, a rewrite may say as one possibility among others ("one
# option is", "une option serait", "eine Möglichkeit wäre", "una opción sería", "uma opção
# seria") or as what would happen ("the rest would follow"): as soft as the draft. Said as
# what we will do, it is still caught, and a draft's own "would" or "option" is no hedge.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "We may be able to send a replacement part.",
     "One option is for us to send a replacement part."),
    ("en", "We could send a replacement part.", "Sending a replacement part is an option."),
    ("en", "We can split the order: 80 envelopes could ship on Monday, the rest on Friday.",
     "We can split the order: 80 envelopes could ship on Monday and the rest would follow "
     "on Friday."),
    ("fr", "Nous pourrions envoyer une pièce de rechange.",
     "Une option serait de vous envoyer une pièce de rechange."),
    ("de", "Wir könnten ein Ersatzteil schicken.",
     "Eine Möglichkeit wäre, ein Ersatzteil zu schicken."),
    ("es", "Podríamos enviar una pieza de repuesto.",
     "Una opción sería enviar una pieza de repuesto."),
    ("pt", "Poderia ser enviada uma peça de reposição.",
     "Uma opção seria enviar uma peça de reposição."),
    ("en", "We would be glad to send a replacement part.", "We will send a replacement part."),
])
def test_a_possibility_said_as_an_option_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "We could send a replacement part.", "We will send a replacement part."),
    ("fr", "Nous pourrions envoyer une pièce de rechange.",
     "Nous enverrons une pièce de rechange."),
    ("de", "Wir könnten ein Ersatzteil schicken.", "Wir schicken ein Ersatzteil."),
    ("es", "Podríamos enviar una pieza de repuesto.", "Enviaremos una pieza de repuesto."),
    ("pt", "Poderia ser enviada uma peça de reposição.",
     "Vamos enviar uma peça de reposição."),
])
def test_a_possibility_said_as_what_we_will_do_is_caught(lang: str, draft: str,
                                                         firmer: str) -> None:
    assert verdict(draft, firmer, lang) != []


# A rewrite sentence's hedge keeps the draft sentence it says again, not another hedged one it
# shares a word with: "…we could ship the finished ones on Monday" is the draft's own "could",
# and leaves "we expect to finish by Friday" said as "we'll finish by Friday" firmer.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "We expect to finish the envelopes by Friday and ship them by post. If that is too "
     "late, we could ship the finished envelopes on Monday.",
     "We'll finish the envelopes by Friday and ship them by post. If that is too late, we "
     "could ship the finished envelopes on Monday."),
    ("de", "Normalerweise sind die Umschläge am Freitag fertig und gehen per Post raus. Wenn "
     "das zu spät ist, könnten wir die fertigen Umschläge am Montag schicken.",
     "Die Umschläge sind am Freitag fertig und gehen per Post raus. Wenn das zu spät ist, "
     "könnten wir die fertigen Umschläge am Montag schicken."),
    ("pt", "Normalmente terminamos os envelopes na sexta e enviamos pelo correio. Se for "
     "tarde, poderia enviar os envelopes prontos na segunda.",
     "Terminamos os envelopes na sexta e enviamos pelo correio. Se for tarde, poderia enviar "
     "os envelopes prontos na segunda."),
])
def test_a_hedge_kept_elsewhere_for_another_sentence_is_caught(lang: str, draft: str,
                                                               firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# "Maybe", "perhaps", "potentially" and Portuguese "poderíamos", "poderiam", "poderias" are on
# the possible step like "may" and "poderia": said as what will happen, they are caught; said
# again as soft ("might be able to", "talvez possamos"), they pass.
@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "Maybe we can send a replacement part next week.",
     "We will send a replacement part next week."),
    ("en", "Perhaps the courier can collect it on Friday.",
     "The courier will collect it on Friday."),
    ("pt", "Poderíamos enviar uma peça de reposição.", "Vamos enviar uma peça de reposição."),
    ("pt", "Poderíamos enviar uma peça de reposição se chegar tarde.",
     "Se chegar tarde, enviamos uma peça de reposição."),
    ("pt", "Eles poderiam enviar uma peça de reposição.",
     "Eles vão enviar uma peça de reposição."),
])
def test_a_possibility_word_said_as_a_fact_is_caught(lang: str, draft: str,
                                                     firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang) \
        or "new_commitment:replacement" in verdict(draft, firmer, lang)


@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "Maybe we can send a replacement part next week.",
     "We might be able to send a replacement part next week."),
    ("en", "Perhaps the courier can collect it on Friday.",
     "The courier may be able to collect it on Friday."),
    ("en", "Maybe you could send us a photo of the label?",
     "Could you send us a photo of the label?"),
    ("pt", "Poderíamos enviar uma peça de reposição.",
     "Talvez possamos enviar uma peça de reposição."),
    ("pt", "Poderias enviar-nos uma foto da etiqueta?",
     "Envia-nos uma foto da etiqueta, por favor."),
])
def test_a_possibility_word_said_again_as_soft_passes(lang: str, draft: str,
                                                      kept: str) -> None:
    assert verdict(draft, kept, lang) == []


# A rewrite stating a date while saying it cannot promise it ("ready on 8 April, though I
# can't guarantee that date") is as soft as "should be ready": on the likely step. It does not
# keep a "may", and without it the date is still caught as certain.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "The layout should be ready for collection on 8 April.",
     "The layout will be ready for collection on 8 April, though I can't guarantee that date."),
    ("es", "La maqueta debería estar lista el 8 de abril.",
     "La maqueta estará lista el 8 de abril, aunque no puedo garantizarlo."),
    ("pt", "A maquete deve ficar pronta em 8 de abril.",
     "A maquete fica pronta em 8 de abril, mas não posso garantir."),
    ("de", "Normalerweise ist die Anlage am 8. April abholbereit.",
     "Die Anlage ist am 8. April abholbereit, ohne Gewähr."),
])
def test_a_likely_date_said_with_a_disclaimer_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The layout may be ready for collection on 8 April.",
     "The layout will be ready for collection on 8 April, though I can't guarantee that date."),
    ("es", "La maqueta podría estar lista el 8 de abril.",
     "La maqueta estará lista el 8 de abril, aunque no puedo garantizarlo."),
    ("en", "The layout should be ready for collection on 8 April.",
     "The layout will be ready for collection on 8 April."),
    ("pt", "A maquete deve ficar pronta em 8 de abril.", "A maquete fica pronta em 8 de abril."),
])
def test_a_possible_date_said_with_a_disclaimer_is_caught(lang: str, draft: str,
                                                         firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# "Can" with a thing as its subject before a verb of taking time ("refunds can take 5 days",
# "peuvent prendre", "können bis zu 5 Tage dauern") is a possibility, as soft as "may": it
# keeps a "usually". "We can take it back" offers, and a firm "take" or "will" is still caught.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "Refunds usually take 5 days to appear.", "Refunds can take 5 days to appear."),
    ("en", "Delivery normally takes 3 days.", "It can sometimes take up to 3 days for delivery."),
    ("fr", "Les remboursements prennent généralement 5 jours.",
     "Les remboursements peuvent prendre jusqu'à 5 jours."),
    ("de", "Die Prüfung dauert in der Regel 5 Werktage.",
     "Die Prüfung kann bis zu 5 Werktage dauern."),
    ("es", "Los reembolsos suelen tardar 5 días.", "Los reembolsos pueden tardar 5 días."),
    ("pt", "A análise costuma levar 5 dias.", "A análise pode demorar até 5 dias."),
])
def test_a_thing_that_can_take_time_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "Refunds usually take 5 days to appear.", "Refunds take 5 days to appear."),
    ("en", "We might take the item back next week.", "We can take the item back next week."),
    ("en", "The repair may take 5 days, and we may refund the fee.",
     "The repair can take 5 days, and we will refund the fee."),
    ("de", "Die Erstattung dauert normalerweise 5 Tage.", "Die Erstattung dauert 5 Tage."),
    ("es", "El reembolso podría tardar 5 días y quizás le enviemos un cupón.",
     "El reembolso puede tardar 5 días y le enviaremos un cupón."),
])
def test_a_firm_time_or_an_offer_to_take_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# A promise to talk something over ("we'll talk with you about upgrading", "hablaremos con
# usted de", "nous discuterons avec vous de", "vamos conversar sobre") is a promise to look at
# it, not to do it: said again as a talk or a look it passes, said as the act it is caught.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "If the level is still high, we'll talk with you about upgrading the fan at our cost.",
     "Should the level still be high, we'll look at upgrading the fan at our cost with you."),
    ("en", "If the level is still high, we'll talk with you about upgrading the fan at our cost.",
     "If it's still high, the next conversation is about upgrading the fan at our cost."),
    ("es", "Si el nivel sigue alto, hablaremos con usted de cambiar el ventilador sin coste.",
     "Si el nivel sigue alto, le comentaremos la opción de cambiar el ventilador sin coste."),
    ("de", "Ist der Wert dann noch zu hoch, besprechen wir mit Ihnen den Austausch des Lüfters "
     "auf unsere Kosten.",
     "Ist der Wert dann noch zu hoch, sprechen wir mit Ihnen über einen Austausch des Lüfters "
     "auf unsere Kosten."),
    ("pt", "Se o nível continuar alto, vamos conversar com você sobre a troca do ventilador por "
     "nossa conta.",
     "Se o nível continuar alto, conversamos com você sobre trocar o ventilador por nossa "
     "conta."),
])
def test_a_talk_said_again_as_a_talk_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "If the level is still high, we'll talk with you about upgrading the fan at our cost.",
     "If the level is still high, we'll upgrade the fan at our cost."),
    ("en", "We will discuss a refund of the deposit with the owner.",
     "We will refund the deposit."),
    ("es", "Si el nivel sigue alto, hablaremos con usted de cambiar el ventilador sin coste.",
     "Si el nivel sigue alto, cambiaremos el ventilador sin coste."),
    ("fr", "Si le niveau reste élevé, nous discuterons avec vous du remplacement du ventilateur "
     "à nos frais.",
     "Si le niveau reste élevé, nous remplacerons le ventilateur à nos frais."),
    ("pt", "Se o nível continuar alto, vamos conversar com você sobre a troca do ventilador por "
     "nossa conta.",
     "Se o nível continuar alto, trocamos o ventilador por nossa conta."),
])
def test_a_talk_said_as_the_act_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# A fact the draft's sentence states firmly and again inside a hedge ("las de 12 cm salen el
# lunes y normalmente llegan en 3 a 12 días") names the firm part too: a clause saying only
# that part passes; the hedged part said firmly is still caught.
@pytest.mark.parametrize("lang,draft,rewrite,caught", [
    ("es", "Las de 12 cm salen de vivero el lunes, así que normalmente llegan a Guadalajara en "
     "3 a 12 días.", "Las de 12 cm salen del vivero el lunes. A Guadalajara normalmente tardan "
     "de 3 a 12 días.", False),
    ("es", "Las de 12 cm salen de vivero el lunes, así que normalmente llegan a Guadalajara en "
     "3 a 12 días.", "Las de 12 cm salen del vivero el lunes y llegan a Guadalajara en 3 a 12 "
     "días.", True),
    ("pt", "As tábuas de 40 cm saem na segunda e normalmente chegam em 3 a 40 horas.",
     "As tábuas de 40 cm saem na segunda. Normalmente chegam em 3 a 40 horas.", False),
    ("pt", "As tábuas de 40 cm saem na segunda e normalmente chegam em 3 a 40 horas.",
     "As tábuas de 40 cm saem na segunda e chegam em 3 a 40 horas.", True),
    ("en", "The 40 cm boards leave the mill on Monday, so they usually reach you in 3 to 40 "
     "hours.", "The 40 cm boards leave the mill on Monday and reach you in 3 to 40 hours.", True),
])
def test_a_fact_stated_outside_the_hedge_is_not_what_it_governs(
        lang: str, draft: str, rewrite: str, caught: bool) -> None:
    assert ("new_commitment:modality" in verdict(draft, rewrite, lang)) is caught


# An open question ("whether", "ob", "no sabemos si", "la mairie décidera si", "resta saber se")
# leaves what it opens possible: said again as a question, a "may" or a look it passes; said
# as what will happen it is caught. "Whether you…" asks the customer's choice.
@pytest.mark.parametrize("lang,draft,kept", [
    ("en", "Whether we can send a second fitter depends on next week's rota.",
     "A second fitter might be possible, depending on next week's rota."),
    ("en", "Please tell us whether you would like the blue or the grey cover.",
     "Please let us know if you would prefer the blue or the grey cover."),
    ("de", "Ob wir einen zweiten Monteur schicken können, hängt vom Dienstplan ab.",
     "Ob ein zweiter Monteur kommen kann, entscheidet der Dienstplan."),
    ("de", "Ob die Versicherung den Schaden übernimmt, prüfen wir nach der Besichtigung.",
     "Nach der Besichtigung prüfen wir, ob die Versicherung den Schaden übernimmt."),
    ("es", "No sabemos si la aseguradora cubrirá el cristal roto.",
     "Todavía no sabemos si la aseguradora cubrirá el cristal roto."),
    ("fr", "La copropriété décidera si elle refait la façade cet été.",
     "La copropriété pourrait refaire la façade cet été ; c'est elle qui décide."),
    ("pt", "Ainda não sabemos se a seguradora cobre o vidro partido.",
     "Talvez a seguradora cubra o vidro partido; ainda não sabemos."),
])
def test_an_open_question_kept_open_passes(lang: str, draft: str, kept: str) -> None:
    assert verdict(draft, kept, lang) == []


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "Whether we can send a second fitter depends on next week's rota.",
     "We will send a second fitter next week."),
    ("en", "Whether the insurer covers the broken pane is their decision.",
     "The insurer covers the broken pane."),
    ("de", "Ob wir einen zweiten Monteur schicken können, hängt vom Dienstplan ab.",
     "Wir schicken einen zweiten Monteur."),
    ("de", "Ob die Versicherung den Schaden übernimmt, prüfen wir nach der Besichtigung.",
     "Die Versicherung übernimmt den Schaden nach der Besichtigung."),
    ("es", "No sabemos si la aseguradora cubrirá el cristal roto.",
     "La aseguradora cubrirá el cristal roto."),
    ("es", "Depende de si el ayuntamiento autoriza la obra en agosto.",
     "El ayuntamiento autoriza la obra en agosto."),
    ("fr", "La copropriété décidera si elle refait la façade cet été.",
     "La copropriété refait la façade cet été."),
    ("fr", "Nous ne savons pas si le transporteur remboursera le colis perdu.",
     "Le transporteur remboursera le colis perdu."),
    ("pt", "Ainda não sabemos se a seguradora cobre o vidro partido.",
     "A seguradora cobre o vidro partido."),
    ("pt", "Resta saber se a câmara autoriza a obra em agosto.",
     "A câmara autoriza a obra em agosto."),
])
def test_an_open_question_said_as_what_will_happen_is_caught(lang: str, draft: str,
                                                             firmer: str) -> None:
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# A comparison with what was expected ("longer than expected", "plus fragile que prévu", "mais
# caro do que o previsto") tells what happened; it hedges nothing, so a rewrite saying it in
# other words drops no hedge, while a real one beside it still counts. (Spanish "más de lo
# previsto" is left counted: reading it so let one more unsafe check-set rewrite through.)
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The repair of the frame took longer than expected, and the frame should be ready "
     "on Friday.",
     "Repairing the frame took more time than we thought, and the frame should be ready on "
     "Friday.",
     "Repairing the frame took more time than we thought, and the frame is ready on Friday."),
    ("fr", "La réparation du cadre a été plus longue que prévu, et le cadre devrait être prêt "
     "vendredi.",
     "La réparation du cadre a pris plus de temps que nous le pensions, et le cadre devrait "
     "être prêt vendredi.",
     "La réparation du cadre a pris plus de temps que nous le pensions, et le cadre sera prêt "
     "vendredi."),
    ("pt", "A reparação da moldura demorou mais do que o previsto, e a moldura deve ficar "
     "pronta na sexta.",
     "A reparação da moldura levou mais tempo do que pensávamos, e a moldura deve ficar "
     "pronta na sexta.",
     "A reparação da moldura levou mais tempo do que pensávamos, e a moldura fica pronta na "
     "sexta."),
])
def test_a_comparison_with_what_was_expected_hedges_nothing(lang: str, draft: str, kept: str,
                                                            firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# The likely step said in other words: "most often", "le plus souvent", "la mayoría de las
# veces", "na maioria das vezes", "fast immer" for "usually"; "probable", "we suspect",
# "vermutlich" for "likely"; the certain statement beside each is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The refund usually reaches your card within five working days.",
     "Most often the refund reaches your card within five working days.",
     "The refund reaches your card within five working days."),
    ("fr", "Le remboursement arrive normalement sur votre carte sous cinq jours ouvrés.",
     "Le plus souvent, le remboursement arrive sur votre carte sous cinq jours ouvrés.",
     "Le remboursement arrive sur votre carte sous cinq jours ouvrés."),
    ("es", "El reembolso suele llegar a su tarjeta en cinco días hábiles.",
     "La mayoría de las veces, el reembolso llega a su tarjeta en cinco días hábiles.",
     "El reembolso llega a su tarjeta en cinco días hábiles."),
    ("pt", "O reembolso costuma chegar ao seu cartão em cinco dias úteis.",
     "Na maioria das vezes, o reembolso chega ao seu cartão em cinco dias úteis.",
     "O reembolso chega ao seu cartão em cinco dias úteis."),
    ("de", "Die Erstattung kommt in der Regel innerhalb von fünf Werktagen auf Ihre Karte.",
     "Die Erstattung kommt fast immer innerhalb von fünf Werktagen auf Ihre Karte.",
     "Die Erstattung kommt innerhalb von fünf Werktagen auf Ihre Karte."),
    ("en", "The noise is likely a loose fan belt in the pump.",
     "We suspect the noise is a loose fan belt in the pump.",
     "The noise is a loose fan belt in the pump."),
    ("es", "Lo más probable es que el ruido venga de la correa suelta de la bomba.",
     "La causa más probable del ruido es la correa suelta de la bomba.",
     "El ruido viene de la correa suelta de la bomba."),
    ("pt", "O mais provável é o ruído vir da correia solta da bomba.",
     "A causa mais provável do ruído é a correia solta da bomba.",
     "O ruído vem da correia solta da bomba."),
    ("fr", "Le bruit vient probablement de la courroie desserrée de la pompe.",
     "La cause probable du bruit est la courroie desserrée de la pompe.",
     "Le bruit vient de la courroie desserrée de la pompe."),
    ("de", "Das Geräusch kommt wahrscheinlich vom lockeren Keilriemen der Pumpe.",
     "Das Geräusch kommt vermutlich vom lockeren Keilriemen der Pumpe.",
     "Das Geräusch kommt vom lockeren Keilriemen der Pumpe."),
])
def test_the_likely_step_in_other_words_passes(lang: str, draft: str, kept: str,
                                               firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# "We'll try" said as what we aim for ("aim for", "on vise", "nuestro objetivo es", "o nosso
# objetivo é", "wir peilen … an"): the possible step, kept; the date promised is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "We'll try to finish the fitting before the 9th.",
     "Finishing the fitting before the 9th is what we'll aim for.",
     "We'll finish the fitting before the 9th."),
    ("fr", "Nous allons essayer de terminer le montage avant le 9.",
     "Nous visons à terminer le montage avant le 9.",
     "Nous terminerons le montage avant le 9."),
    ("es", "Intentaremos terminar el montaje antes del día 9.",
     "Nuestro objetivo es terminar el montaje antes del día 9.",
     "Terminaremos el montaje antes del día 9."),
    ("pt", "Vamos tentar terminar a montagem antes do dia 9.",
     "O nosso objetivo é terminar a montagem antes do dia 9.",
     "Vamos terminar a montagem antes do dia 9."),
    ("de", "Wir versuchen, die Montage vor dem 9. abzuschließen.",
     "Wir peilen an, die Montage vor dem 9. abzuschließen.",
     "Wir schließen die Montage vor dem 9. ab."),
])
def test_an_aim_keeps_a_try(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert any(v.startswith("new_commitment") for v in verdict(draft, firmer, lang))


# "Should" on any verb in a rewrite ("should fall under", "deve entrar") keeps a "should" or a
# "usually" of the draft's, not a "may": that made "should" is a step firmer.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The cracked outlet should be covered by our workmanship warranty.",
     "The cracked outlet should fall under our workmanship warranty.",
     "The cracked outlet falls under our workmanship warranty."),
    ("pt", "A saída rachada deve ser coberta pela nossa garantia de instalação.",
     "A saída rachada deve entrar na nossa garantia de instalação.",
     "A saída rachada entra na nossa garantia de instalação."),
])
def test_should_on_any_verb_keeps_a_likely_hedge(lang: str, draft: str, kept: str,
                                                 firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


@pytest.mark.parametrize("lang,draft,firmer", [
    ("en", "The cracked outlet may be covered by our workmanship warranty.",
     "The cracked outlet should fall under our workmanship warranty."),
    ("pt", "A saída rachada talvez seja coberta pela nossa garantia de instalação.",
     "A saída rachada deve entrar na nossa garantia de instalação."),
])
def test_should_for_may_is_caught(lang: str, draft: str, firmer: str) -> None:
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A clause is judged against the draft sentence it says again: "our estimate is to finish…,
# then ship" restates the "we expect" sentence (and keeps its hedge), not the one beside it
# whose "could ship" it shares a word with; the other sentence's "could" made firm is caught.
def test_a_clause_restating_another_hedged_sentence_is_judged_by_that_one() -> None:
    draft = ("We expect to finish your envelopes by Friday and ship them by priority mail. "
             "If that is too late, the finished half could ship on Wednesday.")
    kept = ("Our estimate is to finish your envelopes by Friday, then ship them by priority "
            "mail. If that is too late, the finished half could ship on Wednesday.")
    firmer = ("Our estimate is to finish your envelopes by Friday, then ship them by priority "
              "mail. If that is too late, the finished half ships on Wednesday.")
    assert verdict(draft, kept, "en") == []
    assert "new_commitment:modality" in verdict(draft, firmer, "en")


# A clause naming an option before a colon or a dash introduces what follows as that option
# ("there's a fallback: we hand the track over first"): as soft as the draft's "could". Without
# the option, or after a colon that introduces a plan, the same words are what we will do.
OPTION = {
    "en": ("If the boards are late again, we could hand over the finished track first and add "
           "the scenery afterwards.",
           "If the boards are delayed again, there's a fallback: we hand over the finished "
           "track first and add the scenery afterwards.",
           "If the boards are delayed again, here is the plan: we hand over the finished track "
           "first and add the scenery afterwards."),
    "fr": ("Si les planches arrivent en retard, nous pourrions livrer le circuit d'abord et "
           "ajouter le décor ensuite.",
           "Si les planches arrivent en retard, il existe une solution de repli : nous livrons "
           "le circuit d'abord et ajoutons le décor ensuite.",
           "Si les planches arrivent en retard, voici le plan : nous livrons le circuit "
           "d'abord et ajoutons le décor ensuite."),
    "es": ("Si las tablas llegan tarde, podríamos entregar el circuito primero y añadir el "
           "decorado después.",
           "Si las tablas llegan tarde, hay una alternativa: entregamos el circuito primero y "
           "añadimos el decorado después.",
           "Si las tablas llegan tarde, este es el plan: entregamos el circuito primero y "
           "añadimos el decorado después."),
    "de": ("Falls die Platten wieder zu spät kommen, könnten wir die Strecke zuerst übergeben "
           "und die Landschaft später ergänzen.",
           "Falls die Platten wieder zu spät kommen, gibt es eine Ausweichlösung: Wir übergeben "
           "die Strecke zuerst und ergänzen die Landschaft später.",
           "Falls die Platten wieder zu spät kommen, so ist der Plan: Wir übergeben die "
           "Strecke zuerst und ergänzen die Landschaft später."),
    "pt": ("Se as placas atrasarem, poderíamos entregar a pista primeiro e acrescentar o "
           "cenário depois.",
           "Se as placas atrasarem, há uma alternativa: entregamos a pista primeiro e "
           "acrescentamos o cenário depois.",
           "Se as placas atrasarem, o plano é este: entregamos a pista primeiro e "
           "acrescentamos o cenário depois."),
}


@pytest.mark.parametrize("lang", sorted(OPTION))
def test_what_an_option_introduces_is_as_soft(lang: str) -> None:
    draft, kept, firmer = OPTION[lang]
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)



# A word of reckoning before a date or an hour with its article, alone or joined to it
# ("hacia el ⟦1⟧", "aux alentours du ⟦1⟧", "por volta das ⟦1⟧"), estimates it as the bare
# word does ("hacia ⟦1⟧"): said on the likely step it passes, said as the date itself it is
# caught. (English "around the 14th" is read already: the date holds its "the".)
ABOUT_THE_DATE = {
    "es": ("La mesa estará lista hacia el 14 de mayo.",
           "La mesa debería estar lista el 14 de mayo.",
           "La mesa estará lista el 14 de mayo."),
    "fr": ("La table sera prête aux alentours du 14 mai.",
           "La table devrait être prête le 14 mai.",
           "La table sera prête le 14 mai."),
    "pt": ("O técnico chega por volta das 14h.",
           "O técnico deve chegar às 14h.",
           "O técnico chega às 14h."),
}


@pytest.mark.parametrize("lang", sorted(ABOUT_THE_DATE))
def test_a_date_reckoned_with_its_article_is_an_estimate(lang: str) -> None:
    draft, kept, firmer = ABOUT_THE_DATE[lang]
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# "Seguramente" is Spanish for "probably" (the likely step, as "probablemente"), and "é
# possível que" Portuguese for "it may be that" (the possible step, as "pode ser que"): either
# kept in other words passes, either dropped is caught.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("es", "El técnico seguramente llegará el martes por la mañana.",
     "Lo más probable es que el técnico llegue el martes por la mañana.",
     "El técnico llegará el martes por la mañana."),
    ("es", "Probablemente el reembolso se verá en su cuenta esta semana.",
     "Seguramente el reembolso se verá en su cuenta esta semana.",
     "El reembolso se verá en su cuenta esta semana."),
    ("pt", "É possível que a encomenda chegue na sexta-feira.",
     "Pode ser que a encomenda chegue na sexta-feira.",
     "A encomenda chega na sexta-feira."),
    ("pt", "Talvez o técnico consiga passar na quinta-feira.",
     "É possível que o técnico consiga passar na quinta-feira.",
     "O técnico passa na quinta-feira."),
])
def test_probably_and_it_may_be_that(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)


# A sentence hedged twice, on its verb and on its amount ("should arrive around ⟦1⟧"): the
# estimate said again keeps only itself, so the verb's hedge dropped beside it is caught;
# both kept in other words pass.
@pytest.mark.parametrize("lang,draft,kept,firmer", [
    ("en", "The new part should arrive around 10 May.",
     "The new part is expected to arrive around 10 May.",
     "The new part will arrive around 10 May."),
    ("es", "La pieza nueva debería llegar hacia el 10 de mayo.",
     "Lo normal es que la pieza nueva llegue hacia el 10 de mayo.",
     "La pieza nueva va a llegar hacia el 10 de mayo."),
    ("fr", "La nouvelle pièce devrait arriver aux alentours du 10 mai.",
     "La nouvelle pièce arrivera probablement aux alentours du 10 mai.",
     "La nouvelle pièce arrivera aux alentours du 10 mai."),
    ("de", "Die Reparatur dauert voraussichtlich rund 5 Werktage.",
     "Die Reparatur dauert wahrscheinlich rund 5 Werktage.",
     "Die Reparatur dauert rund 5 Werktage."),
    ("pt", "O técnico deve chegar por volta das 14h.",
     "O técnico provavelmente chega por volta das 14h.",
     "O técnico vai chegar por volta das 14h."),
])
def test_an_estimate_keeps_only_itself(lang: str, draft: str, kept: str, firmer: str) -> None:
    assert verdict(draft, kept, lang) == []
    assert "new_commitment:modality" in verdict(draft, firmer, lang)
