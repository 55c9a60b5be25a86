"""Language: the function-word profile answers for English and hands every other language to
langdetect (paragraphs written here, ~50 words each)."""

from __future__ import annotations

import pytest

from communique.article.language import detect_language, profile_language

ENGLISH = ("The delegates of twelve states resumed talks on Monday over a treaty on mining the Moon, "
           "the chief negotiator said after a long first session. She told reporters that the two "
           "largest delegations had agreed to share their survey data, which was the main obstacle "
           "last year, and that a draft would be ready by the spring if the others accepted it.")

OTHERS = {
    "fr": ("Les délégués de douze États ont repris lundi les négociations sur un traité minier lunaire, "
           "a déclaré la négociatrice en chef après une longue première séance. Elle a dit aux journalistes "
           "que les deux plus grandes délégations avaient accepté de partager leurs données, ce qui était "
           "le principal obstacle l'an dernier, et qu'un projet serait prêt au printemps."),
    "de": ("Die Delegierten aus zwölf Staaten haben am Montag die Gespräche über einen Vertrag zum Bergbau "
           "auf dem Mond wieder aufgenommen, sagte die Verhandlungsführerin nach einer langen ersten Sitzung. "
           "Sie erklärte, die beiden größten Delegationen hätten vereinbart, ihre Daten zu teilen, was im "
           "vergangenen Jahr das größte Hindernis war, und ein Entwurf werde im Frühjahr fertig sein."),
    "es": ("Los delegados de doce estados reanudaron el lunes las conversaciones sobre un tratado de minería "
           "lunar, dijo la negociadora jefa tras una larga primera sesión. Explicó a los periodistas que las "
           "dos delegaciones más grandes habían aceptado compartir sus datos, que fue el principal obstáculo "
           "el año pasado, y que un borrador estaría listo en la primavera."),
    "nl": ("De afgevaardigden van twaalf staten hebben maandag de besprekingen over een verdrag over mijnbouw "
           "op de maan hervat, zei de hoofdonderhandelaar na een lange eerste zitting. Zij vertelde dat de "
           "twee grootste delegaties hadden afgesproken hun gegevens te delen, wat vorig jaar het grootste "
           "obstakel was, en dat een ontwerp in het voorjaar klaar zou zijn."),
}


def test_english_is_told_by_its_function_words():
    assert profile_language(ENGLISH) == "en"
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize("lang", sorted(OTHERS))
def test_other_languages_are_left_to_the_detector(lang):
    assert profile_language(OTHERS[lang]) is None
    assert detect_language(OTHERS[lang]) == lang


def test_short_text_is_not_profiled():
    assert profile_language("The minister said that it was over.") is None
