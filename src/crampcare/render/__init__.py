"""Renderers: core results as text, Markdown, HTML, SVG (no terminal or HTTP here)."""
