"""The public surface stays small and deliberate (httpx's test_exported_members)."""

import communique


def test_all_is_sorted_and_exported():
    assert communique.__all__ == sorted(communique.__all__)
    for name in communique.__all__:
        assert hasattr(communique, name), name


def test_process_returns_a_record_with_the_text():
    record = communique.process("Officials met in Geneva on Monday to discuss the ceasefire.")
    data = record.to_dict()
    assert data["text"].startswith("Officials met in Geneva")
    assert data["id"]
