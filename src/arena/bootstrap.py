"""The composition root: ``build(settings)`` chooses every adapter from settings (being written)."""
