"""Fixtures of the article tests: one builder (no NLP), shared by the modules."""

from __future__ import annotations

import pytest

from communique.article import make_article_builder
from communique.settings import Settings


@pytest.fixture(scope="module")
def build():
    """The article stage with default settings."""
    return make_article_builder(Settings(nlp=False))
