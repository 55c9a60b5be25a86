"""Cast -> QuotedArticle: every direct, indirect and mixed quote with its speaker resolved."""

from communique.quotes.quoted import QuotedArticle, make_quote_finder

__all__ = ["QuotedArticle", "make_quote_finder"]
