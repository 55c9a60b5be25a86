"""RawDocument -> Article: clean body text and metadata (docs/article.md)."""

from communique.article.builder import ArticleBuilder, make_article_builder

__all__ = ["ArticleBuilder", "make_article_builder"]
