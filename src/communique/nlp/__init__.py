"""Article -> ParsedArticle: one spaCy pass over the body text, shared by every later stage."""

from communique.nlp.parse import ParsedArticle, Parser, load_model

__all__ = ["ParsedArticle", "Parser", "load_model"]
