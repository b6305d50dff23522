"""Printed matter: pure functions from DTOs and the community's config to PDF bytes (ReportLab, no Qt).

- ``registry``: the catalogue of documents (key, title, roles, blank / filled rendering);
- ``layout``: GB/T 9704-2012 page geometry, CJK line breaking, ruled tables, pagination, footers;
- ``forms_*``: the forms of each room; ``form_data``: what their filled modes print;
- ``signage`` / ``charts`` / ``photos``: real-size signs, tiling, wall charts, staff photos;
- ``signage_config``: ``SignageConfig``, plain values the app config stores.

Importing this package loads nothing heavy; ReportLab is imported by the modules that draw.
"""
