"""ParsedArticle -> Cast: every actor of the article, CAMEO-coded, with all its mentions."""

from communique.actors.bodies import is_stance
from communique.actors.cast import Cast, make_actor_finder

__all__ = ["Cast", "is_stance", "make_actor_finder"]
